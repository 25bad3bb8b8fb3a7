package org.newsline.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server keeping its data in a folder that survives restarts.
 *
 * <p>One server per data folder per JVM: several Spring contexts in one test JVM share it, and the last
 * one to close stops it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, Shared> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDirectory;

    private EmbeddedDatabase(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath().normalize();
        RUNNING.compute(folder, (key, shared) -> {
            if (shared == null) {
                return new Shared(startServer(key));
            }
            shared.users++;
            return shared;
        });
        return new EmbeddedDatabase(folder);
    }

    private static EmbeddedPostgres startServer(Path folder) {
        try {
            Files.createDirectories(folder);
            log.info("Starting embedded PostgreSQL with data in {}", folder);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    String jdbcUrl() {
        return RUNNING.get(dataDirectory).server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        RUNNING.computeIfPresent(dataDirectory, (key, shared) -> {
            if (--shared.users > 0) {
                return shared;
            }
            try {
                log.info("Stopping embedded PostgreSQL");
                shared.server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
            return null;
        });
    }

    private static final class Shared {
        final EmbeddedPostgres server;
        int users = 1;

        Shared(EmbeddedPostgres server) {
            this.server = server;
        }
    }
}
