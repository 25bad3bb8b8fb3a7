package org.newsline.account;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Newsroom sessions in PostgreSQL. Requests of one session that arrive together (a double click, two tabs,
 * a script) may each add the same attribute, such as a flash message, at once: the store writes attributes
 * with {@code INSERT ... ON CONFLICT DO UPDATE}, Spring Session's own PostgreSQL form, instead of failing
 * the later requests on the attribute's key. During a failover's read-only window a signed-in session keeps
 * reading (see {@link ReadOnlyWindowSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor readOnlyWindowSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new ReadOnlyWindowSessions<>(sessions)
                        : bean;
            }
        };
    }
}
