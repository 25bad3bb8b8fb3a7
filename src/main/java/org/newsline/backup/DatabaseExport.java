package org.newsline.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a backup: every table as gzip-compressed {@code COPY} text from one consistent snapshot (the site may
 * keep running), then {@code manifest.json} with the schema version, row counts, checksums and sequences.
 * Images live in the database ({@code media_file}); each one's bytes are checked against its recorded SHA-256
 * on the way out and listed in the manifest.
 */
public final class DatabaseExport {

    private DatabaseExport() {}

    /**
     * Exports the database into {@code folder}, which must not exist or be empty.
     *
     * @throws BackupException when the folder is not empty, the database has no Newsline schema or an image
     *     does not match its checksum
     */
    public static Manifest export(Connection connection, Path folder, Clock clock, Progress progress)
            throws SQLException, IOException {
        prepareFolder(folder);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            Copies.useStableText(connection);
            Manifest manifest = writeTables(connection, folder, clock, progress);
            connection.commit();
            manifest.write(folder);
            return manifest;
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Manifest writeTables(Connection connection, Path folder, Clock clock, Progress progress)
            throws SQLException, IOException {
        String schemaVersion = Catalog.schemaVersion(connection);
        if (schemaVersion == null) {
            throw new BackupException(
                    "the database has no Newsline schema (no flyway_schema_history): nothing to export");
        }
        List<Catalog.Table> tables = Catalog.tables(connection).stream()
                .filter(t -> !Catalog.SKIPPED.contains(t.name()))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Catalog.Table table : tables) {
            counts.put(table.name(), count(connection, table.name()));
        }
        List<Manifest.MediaEntry> media = MediaCheck.listAndVerify(connection);
        Files.createDirectories(folder.resolve("tables"));
        progress.begin(
                "Export", counts.values().stream().mapToLong(Long::longValue).sum());
        List<Manifest.TableEntry> entries = new ArrayList<>();
        int position = 0;
        for (Catalog.Table table : tables) {
            String file = String.format("tables/%03d-%s.copy.gz", ++position, table.name());
            entries.add(writeTable(connection, table, folder, file, progress));
        }
        progress.end();
        return new Manifest(
                Manifest.FORMAT,
                Instant.now(clock).toString(),
                schemaVersion,
                serverVersion(connection),
                entries,
                Catalog.sequences(connection),
                media);
    }

    private static Manifest.TableEntry writeTable(
            Connection connection, Catalog.Table table, Path folder, String file, Progress progress)
            throws SQLException, IOException {
        MessageDigest fileDigest = Copies.sha256();
        MessageDigest contentDigest = Copies.sha256();
        long rows;
        try (OutputStream out = new Copies.RowCounter(
                new DigestOutputStream(
                        new GZIPOutputStream(
                                new DigestOutputStream(Files.newOutputStream(folder.resolve(file)), fileDigest)),
                        contentDigest),
                progress)) {
            rows = Copies.copyApi(connection).copyOut(Copies.selectSorted(table), out);
        }
        HexFormat hex = HexFormat.of();
        return new Manifest.TableEntry(
                table.name(),
                file,
                table.columns(),
                table.orderBy(),
                rows,
                hex.formatHex(fileDigest.digest()),
                hex.formatHex(contentDigest.digest()));
    }

    private static void prepareFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new BackupException(folder + " is a file; give a new or empty folder");
            }
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException(folder + " is not empty; give a new or empty folder");
                }
            }
        }
        Files.createDirectories(folder);
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + Catalog.quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String serverVersion(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion();
    }
}
