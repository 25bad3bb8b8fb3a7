package org.newsline.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A new, empty database on the test's PostgreSQL server, for restoring into; dropped on close. */
final class FreshDatabase implements AutoCloseable {

    private final DataSource server;
    final String name =
            "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final String url;

    FreshDatabase(DataSource server) throws SQLException {
        this.server = server;
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            url = connection.getMetaData().getURL().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        }
    }

    /** Applies all migrations, as a site started on it would. */
    FreshDatabase migrated() {
        Flyway.configure()
                .dataSource(url, "postgres", null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return this;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", null);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
