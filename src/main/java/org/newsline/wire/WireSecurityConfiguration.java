package org.newsline.wire;

import org.newsline.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may use the wire's pull API ({@code /wire/**}): subscribers with a pull key as a bearer token. No
 * cookies and no sessions, so no CSRF. Its address space is disjoint from the staff chains ({@code /api},
 * {@code /newsroom}), so its place among them does not matter as long as it comes before the public site.
 */
@Configuration(proxyBeanMethods = false)
class WireSecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    @Order(3)
    SecurityFilterChain wire(HttpSecurity http, Subscribers subscribers) throws Exception {
        SecurityHeaders.apply(http)
                .securityMatcher("/wire/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new SubscriberKeyFilter(subscribers), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("SUBSCRIBER"))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint((request, response, e) -> SubscriberKeyFilter.problem(
                                        response, 401, "Unauthorized", "Send your key: Authorization: Bearer KEY"))
                                .accessDeniedHandler((request, response, e) ->
                                        SubscriberKeyFilter.problem(response, 403, "Forbidden", "Not allowed")));
        return http.build();
    }
}
