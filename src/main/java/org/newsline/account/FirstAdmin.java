package org.newsline.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code NEWSLINE_ADMIN_EMAIL} and {@code NEWSLINE_ADMIN_PASSWORD} on start, and
 * enrols them in two-factor sign-in with {@code NEWSLINE_ADMIN_TOTP_SECRET} if given (also when the account
 * exists but is not enrolled yet, so a script can rerun against the same data).
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountProperties properties;
    private final Accounts accounts;
    private final TwoFactor twoFactor;

    FirstAdmin(AccountProperties properties, Accounts accounts, TwoFactor twoFactor) {
        this.properties = properties;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String email = properties.email();
        if (email == null || email.isBlank()) {
            return;
        }
        if (accounts.exists(email)) {
            enrol(email);
            return;
        }
        if (properties.password() == null || properties.password().isBlank()) {
            log.warn("NEWSLINE_ADMIN_EMAIL is set but NEWSLINE_ADMIN_PASSWORD is not: no admin was created");
            return;
        }
        accounts.create(null, email, "Administrator", Role.ADMIN, properties.password());
        log.info("Created the first admin account {}", email);
        enrol(email);
    }

    private void enrol(String email) {
        String secret = properties.totpSecret();
        if (secret == null || secret.isBlank()) {
            return;
        }
        accounts.findByEmail(email).ifPresent(admin -> {
            if (!twoFactor.enabled(admin.id())) {
                twoFactor.enrolWithSecret(admin.id(), secret);
                log.info("Enrolled {} in two-factor sign-in with NEWSLINE_ADMIN_TOTP_SECRET", email);
            }
        });
    }
}
