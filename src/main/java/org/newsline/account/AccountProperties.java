package org.newsline.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff account settings ({@code newsline.admin.*}).
 *
 * @param email the first admin's e-mail ({@code NEWSLINE_ADMIN_EMAIL}), created on start if missing
 * @param password the first admin's password ({@code NEWSLINE_ADMIN_PASSWORD})
 * @param sessionTimeout how long an idle newsroom session lasts
 */
@ConfigurationProperties("newsline.admin")
record AccountProperties(String email, String password, Duration sessionTimeout) {

    AccountProperties {
        sessionTimeout = sessionTimeout == null ? Duration.ofHours(8) : sessionTimeout;
    }
}
