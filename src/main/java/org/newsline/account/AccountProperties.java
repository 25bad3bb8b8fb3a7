package org.newsline.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff account settings ({@code newsline.admin.*}).
 *
 * @param email the first admin's e-mail ({@code NEWSLINE_ADMIN_EMAIL}), created on start if missing
 * @param password the first admin's password ({@code NEWSLINE_ADMIN_PASSWORD})
 * @param sessionTimeout how long an idle newsroom session lasts
 * @param totpSecret a Base32 TOTP secret ({@code NEWSLINE_ADMIN_TOTP_SECRET}) the first admin is enrolled in
 *     two-factor sign-in with, so scripts can compute its codes; optional
 */
@ConfigurationProperties("newsline.admin")
record AccountProperties(String email, String password, Duration sessionTimeout, String totpSecret) {

    AccountProperties {
        sessionTimeout = sessionTimeout == null ? Duration.ofHours(8) : sessionTimeout;
    }
}
