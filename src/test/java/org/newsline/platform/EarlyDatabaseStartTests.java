package org.newsline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded PostgreSQL may start ahead of the application context; the data source then gets that server. */
class EarlyDatabaseStartTests {

    @Test
    void theServerStartedAheadIsTheOneTheDataSourceGets() throws Exception {
        String home = "target/test-home/early-" + UUID.randomUUID();
        Path folder = Path.of(home, "pg");
        new EarlyDatabaseStart().onApplicationEvent(preparedWith(Map.of("newsline.home", home)));
        assertThat(EmbeddedDatabase.startedEarly(folder)).isTrue();

        // A second server on the same folder could not start: the data directory is locked.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder);
                Connection connection = DriverManager.getConnection(database.jdbcUrl());
                ResultSet rs = connection.createStatement().executeQuery("SELECT current_setting('data_directory')")) {
            assertThat(EmbeddedDatabase.startedEarly(folder)).as("claimed").isFalse();
            rs.next();
            assertThat(Path.of(rs.getString(1)))
                    .isEqualTo(folder.toAbsolutePath().normalize());
        }
    }

    @Test
    void nothingStartsAheadWhenAnExternalDatabaseIsConfigured() {
        String home = "target/test-home/early-" + UUID.randomUUID();
        new EarlyDatabaseStart()
                .onApplicationEvent(preparedWith(
                        Map.of("newsline.home", home, "newsline.db.url", "jdbc:postgresql://db.example/newsline")));
        assertThat(EmbeddedDatabase.startedEarly(Path.of(home, "pg"))).isFalse();
    }

    private static ApplicationEnvironmentPreparedEvent preparedWith(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment);
    }
}
