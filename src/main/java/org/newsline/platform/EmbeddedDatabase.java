package org.newsline.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server keeping its data in a folder that survives restarts.
 *
 * <p>One server per data folder per JVM: several Spring contexts in one test JVM share it, and the last
 * one to close stops it. A server may be started ahead, on a background thread, with {@link #startEarly}; the
 * first {@link #start} of that folder then waits for it instead of starting another.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, Shared> RUNNING = new ConcurrentHashMap<>();
    private static final Map<Path, CompletableFuture<EmbeddedPostgres>> EARLY = new ConcurrentHashMap<>();

    private final Path dataDirectory;

    private EmbeddedDatabase(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts the server for this folder on a background thread and returns at once. If no {@link #start}
     * claims it (the application failed to start), it is stopped when the JVM exits.
     */
    static void startEarly(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath().normalize();
        EARLY.computeIfAbsent(folder, key -> {
            CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
            Thread starter = new Thread(
                    () -> {
                        try {
                            server.complete(startServer(key));
                        } catch (RuntimeException | Error e) {
                            server.completeExceptionally(e);
                        }
                    },
                    "embedded-postgres-start");
            starter.setDaemon(true);
            starter.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopUnclaimed(key), "embedded-postgres-unclaimed"));
            return server;
        });
    }

    /** Whether a server for this folder was started ahead and not yet claimed by {@link #start}. */
    static boolean startedEarly(Path dataDirectory) {
        return EARLY.containsKey(dataDirectory.toAbsolutePath().normalize());
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath().normalize();
        RUNNING.compute(folder, (key, shared) -> {
            if (shared == null) {
                CompletableFuture<EmbeddedPostgres> early = EARLY.remove(key);
                return new Shared(early == null ? startServer(key) : await(early));
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

    private static EmbeddedPostgres await(CompletableFuture<EmbeddedPostgres> early) {
        try {
            return early.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void stopUnclaimed(Path folder) {
        CompletableFuture<EmbeddedPostgres> early = EARLY.remove(folder);
        if (early != null) {
            try {
                early.join().close();
            } catch (IOException | RuntimeException e) {
                log.warn("Embedded PostgreSQL started ahead did not stop cleanly: {}", e.getMessage());
            }
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
