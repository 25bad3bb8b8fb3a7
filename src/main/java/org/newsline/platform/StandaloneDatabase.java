package org.newsline.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * The database as a command-line tool such as {@code export} or {@code import} sees it, without the web
 * application: the external server named by {@code NEWSLINE_DB_URL}, or the embedded one under
 * {@code NEWSLINE_HOME/pg} (started here and stopped on {@link #close()}). Stop the site first when it uses
 * the embedded database: its data folder can be open in one process only.
 */
public final class StandaloneDatabase implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/migration";

    private final EmbeddedDatabase embedded;
    private final String url;
    private final Properties credentials = new Properties();

    private StandaloneDatabase(EmbeddedDatabase embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("connectTimeout", "10");
    }

    /**
     * Opens the database that the settings name.
     *
     * @throws IllegalStateException with a one-line message when an external database cannot be reached
     */
    public static StandaloneDatabase open(NewslineProperties properties) {
        NewslineProperties.Db db = properties.db();
        if (db.external()) {
            StandaloneDatabase database = new StandaloneDatabase(null, db.url(), db.user(), db.password());
            try (Connection ignored = database.connect()) {
                return database;
            } catch (SQLException e) {
                throw new IllegalStateException(new DatabaseUnreachableException(db.url(), e).getMessage(), e);
            }
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(properties.home().resolve("pg"));
        return new StandaloneDatabase(embedded, embedded.jdbcUrl(), "postgres", null);
    }

    /** A new connection of its own; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    /**
     * Applies the application's migrations up to and including {@code targetVersion}.
     *
     * @param targetVersion a Flyway version such as {@code 0081}, or {@code latest}
     */
    public void migrate(String targetVersion) {
        flyway(targetVersion).migrate();
    }

    /** The newest migration version this build of Newsline ships, such as {@code 0081}. */
    public String latestVersion() {
        MigrationInfo[] all = flyway("latest").info().all();
        String latest = null;
        for (MigrationInfo migration : all) {
            if (migration.getVersion() != null) {
                latest = migration.getVersion().getVersion();
            }
        }
        if (latest == null) {
            throw new IllegalStateException("no migrations found in " + MIGRATIONS);
        }
        return latest;
    }

    private Flyway flyway(String targetVersion) {
        return Flyway.configure()
                .dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                .locations(MIGRATIONS)
                .target(targetVersion)
                .load();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
