package org.newsline.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Creates the first admin from {@code NEWSLINE_ADMIN_EMAIL} and {@code NEWSLINE_ADMIN_PASSWORD} on start. */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountProperties properties;
    private final Accounts accounts;

    FirstAdmin(AccountProperties properties, Accounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String email = properties.email();
        if (email == null || email.isBlank() || accounts.exists(email)) {
            return;
        }
        if (properties.password() == null || properties.password().isBlank()) {
            log.warn("NEWSLINE_ADMIN_EMAIL is set but NEWSLINE_ADMIN_PASSWORD is not: no admin was created");
            return;
        }
        accounts.create(null, email, "Administrator", Role.ADMIN, properties.password());
        log.info("Created the first admin account {}", email);
    }
}
