package org.newsline.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsline.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may enter the staff areas. The newsroom uses form login with database-stored sessions and CSRF
 * protection; the API uses personal bearer tokens, no cookies and no sessions, so CSRF cannot apply.
 * What each role may do to a story is checked again in the newsroom's services.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    /** bcrypt today, behind an {@code {id}} prefix so the algorithm can change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(StaffAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @ConditionalOnWebApplication
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuthenticationManager manager) throws Exception {
        SecurityHeaders.apply(http)
                .securityMatcher("/api/**")
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/search")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                problem(response, 401, "Sign in with an API token: Authorization: Bearer TOKEN"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(response, 403, "Your role does not allow this action")));
        return http.build();
    }

    @Bean
    @ConditionalOnWebApplication
    @Order(2)
    SecurityFilterChain newsroom(HttpSecurity http, AuthenticationManager manager, TwoFactorSignIn twoFactor)
            throws Exception {
        SecurityHeaders.apply(http)
                .securityMatcher("/newsroom/**", "/newsroom")
                .authenticationManager(manager)
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/newsroom/login", TwoFactorSignIn.CODE_PAGE)
                                .permitAll()
                                .requestMatchers(
                                        "/newsroom/staff/**",
                                        "/newsroom/audit",
                                        "/newsroom/subscribers/**",
                                        "/newsroom/reviews/blocklist",
                                        "/newsroom/reviews/blocklist/**")
                                .hasRole("ADMIN")
                                .requestMatchers(
                                        "/newsroom/entities/**",
                                        "/newsroom/entities",
                                        "/newsroom/articles/*/quotes",
                                        "/newsroom/articles/*/quotes/**")
                                .hasRole("EDITOR")
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/newsroom/login")
                        .loginProcessingUrl("/newsroom/login")
                        .successHandler(twoFactor)
                        .failureHandler((request, response, e) -> {
                            if (e instanceof LockedException) {
                                throttled(request, response);
                            } else {
                                response.sendRedirect("/newsroom/login?error");
                            }
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/newsroom/logout")
                        .logoutSuccessUrl("/newsroom/login?logout")
                        .permitAll())
                .addFilterAfter(new TwoFactorEnrolmentFilter(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.cacheControl(cache -> {}));
        return http.build();
    }

    /**
     * Too many sign-in attempts: 429 with {@code Retry-After}, and the sign-in page saying when to try again
     * (shown by the page's own handler, asked for as a GET), so that people and scripts both see the limit.
     */
    static void throttled(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(LoginThrottle.WINDOW.toSeconds()));
        HttpServletRequest asGet = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        request.getRequestDispatcher("/newsroom/login?throttled").forward(asGet, response);
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
                        + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\"" + detail + "\"}");
    }
}
