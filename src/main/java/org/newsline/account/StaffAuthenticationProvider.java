package org.newsline.account;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password with throttling. Unknown e-mail and wrong password fail the same way (and
 * take the same time: the password is hashed either way), so the form reveals nothing about who has an
 * account.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    StaffAuthenticationProvider(
            AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(email -> accounts.findUser(email)
                .orElseThrow(
                        () -> new org.springframework.security.core.userdetails.UsernameNotFoundException("unknown")));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getPrincipal());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (!throttle.allows(email, address)) {
            audit.recordAnonymous(email, "login.throttled", "from " + address);
            throw new LockedException("Too many attempts");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            StaffUser user = (StaffUser) result.getPrincipal();
            accounts.recordLogin(user.id(), clock.instant());
            audit.record(user, "login", "account:" + user.id(), "from " + address);
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(email, address);
            audit.recordAnonymous(email, "login.failed", "from " + address);
            throw new BadCredentialsException("Wrong e-mail or password");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
