package org.newsline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public site: no login, security headers on every response, CSRF protection for every form. Staff
 * areas ({@code /newsroom}, {@code /api}) have chains of their own, consulted first.
 *
 * <p>Reader pages set no cookie, so a public form (the review form under every story) carries no CSRF token:
 * a post is taken when the browser vouches that a page of this site sent it ({@link SameOrigin}); any
 * other post needs a token it cannot have and is refused with 403.
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        SecurityHeaders.apply(http)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SameOrigin::unsafeCrossSite))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }
}
