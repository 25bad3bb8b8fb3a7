package org.newsline.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Picks the database: the external server named by {@code NEWSLINE_DB_URL}, or an embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    EmbeddedDatabase embeddedDatabase(NewslineProperties properties) {
        return EmbeddedDatabase.start(properties.home().resolve("pg"));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(NewslineProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("newsline");
        NewslineProperties.Db limits = properties.db();
        config.setMaximumPoolSize(limits.poolSize());
        // A dead database must not hold request threads: a connection is had within this time or the
        // request fails (503), each statement is cut at the statement timeout on the server, and a
        // connection whose server vanished (packets dropped) gives up at the socket timeout.
        config.setConnectionTimeout(Math.max(250, limits.connectTimeout().toMillis()));
        config.setValidationTimeout(
                Math.max(250, Math.min(2_000, limits.connectTimeout().toMillis() - 1)));
        config.setKeepaliveTime(60_000);
        config.addDataSourceProperty("connectTimeout", seconds(limits.connectTimeout()));
        config.addDataSourceProperty("loginTimeout", seconds(limits.connectTimeout()));
        config.addDataSourceProperty("socketTimeout", seconds(limits.socketTimeout()));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty(
                "options", "-c statement_timeout=" + limits.statementTimeout().toMillis());
        if (properties.db().external()) {
            NewslineProperties.Db db = properties.db();
            checkReachable(db);
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        } else {
            config.setJdbcUrl(embedded.getObject().jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static String seconds(java.time.Duration duration) {
        return Long.toString(Math.max(1, duration.toSeconds()));
    }

    /** Fails fast with one clear message instead of a pool retrying and logging stack traces. */
    private static void checkReachable(NewslineProperties.Db db) {
        Properties props = new Properties();
        if (db.user() != null) {
            props.setProperty("user", db.user());
        }
        if (db.password() != null) {
            props.setProperty("password", db.password());
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "5");
        try (Connection ignored = DriverManager.getConnection(db.url(), props)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(db.url(), e);
        }
    }
}
