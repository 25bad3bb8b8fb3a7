package org.newsline.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Two-factor sign-in settings ({@code newsline.account.*}).
 *
 * @param twoFactorRequired whether editors and admins must sign in with a TOTP code (default true); with
 *     it, one who has not enrolled yet is sent to enrolment and can do nothing else in the newsroom
 */
@ConfigurationProperties("newsline.account")
record TwoFactorProperties(Boolean twoFactorRequired) {

    TwoFactorProperties {
        twoFactorRequired = twoFactorRequired == null ? Boolean.TRUE : twoFactorRequired;
    }
}
