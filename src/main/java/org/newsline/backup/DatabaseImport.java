package org.newsline.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Restores a backup into a database that has the backup's schema version, in one transaction: every file is
 * checked against the manifest before anything is written, and every table's rows, the sequences and the
 * images are checked again after loading, before the commit. Any failure leaves the database as it was.
 */
public final class DatabaseImport {

    private DatabaseImport() {}

    /**
     * Restores {@code folder} into the database.
     *
     * @param replace replace whatever the database holds; without it a database holding data is refused
     * @return the manifest that was restored
     * @throws BackupException when the backup is damaged or of another schema version, or the database is not
     *     empty and {@code replace} is off; the message says which
     */
    public static Manifest restore(Connection connection, Path folder, boolean replace, Progress progress)
            throws SQLException, IOException {
        Manifest manifest = Manifest.read(folder);
        checkFiles(folder, manifest);
        String version = Catalog.schemaVersion(connection);
        if (!manifest.schemaVersion().equals(version)) {
            throw new BackupException("the backup is of schema version " + manifest.schemaVersion()
                    + " but the database is at " + (version == null ? "no Newsline schema" : "version " + version));
        }
        List<Catalog.Table> tables = Catalog.tables(connection);
        checkSameTables(manifest, tables);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Copies.useStableText(connection);
            if (!replace) {
                refuseIfHoldingData(connection, manifest, tables);
            }
            truncate(connection, tables);
            load(connection, folder, manifest, progress);
            restoreSequences(connection, manifest.sequences());
            verify(connection, manifest, progress);
            connection.commit();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void checkFiles(Path folder, Manifest manifest) throws IOException {
        for (Manifest.TableEntry table : manifest.tables()) {
            Path file = folder.resolve(table.file()).normalize();
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
                throw new BackupException("the backup lacks " + table.file() + " (table " + table.name() + ")");
            }
            String actual = Copies.fileSha256(file);
            if (!actual.equals(table.fileSha256())) {
                throw new BackupException(table.file() + " is damaged: its SHA-256 is " + actual
                        + ", the manifest says " + table.fileSha256());
            }
        }
    }

    private static void checkSameTables(Manifest manifest, List<Catalog.Table> tables) {
        Map<String, List<String>> here = tables.stream()
                .filter(t -> !Catalog.SKIPPED.contains(t.name()))
                .collect(Collectors.toMap(Catalog.Table::name, Catalog.Table::columns));
        Map<String, List<String>> there = manifest.tables().stream()
                .collect(Collectors.toMap(Manifest.TableEntry::name, Manifest.TableEntry::columns));
        if (!here.equals(there)) {
            throw new BackupException("the backup's tables and columns differ from this database's, although both are"
                    + " at schema version " + manifest.schemaVersion());
        }
    }

    private static void refuseIfHoldingData(Connection connection, Manifest manifest, List<Catalog.Table> tables)
            throws SQLException, IOException {
        List<String> holding = new ArrayList<>();
        for (Catalog.Table table : tables) {
            if (table.name().equals("flyway_schema_history")) {
                continue;
            }
            long rows = count(connection, table.name());
            if (rows == 0) {
                continue;
            }
            // Rows that the migrations themselves insert (such as the categories) equal the backup's: no loss.
            String backedUp = manifest.table(table.name())
                    .map(Manifest.TableEntry::contentSha256)
                    .orElse(null);
            if (backedUp == null || !backedUp.equals(Copies.contentSha256(connection, table, Progress.NONE))) {
                holding.add(table.name() + " (" + rows + (rows == 1 ? " row)" : " rows)"));
            }
        }
        if (!holding.isEmpty()) {
            throw new BackupException("the database is not empty: " + String.join(", ", holding)
                    + ". import restores into an empty database; add --force to replace everything in it");
        }
    }

    private static void truncate(Connection connection, List<Catalog.Table> tables) throws SQLException {
        String names = tables.stream()
                .map(Catalog.Table::name)
                .filter(name -> !name.equals("flyway_schema_history"))
                .map(Catalog::quote)
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + names);
        }
    }

    private static void load(Connection connection, Path folder, Manifest manifest, Progress progress)
            throws SQLException, IOException {
        progress.begin("Import", manifest.totalRows());
        for (Manifest.TableEntry table : manifest.tables()) {
            String sql =
                    "COPY " + Catalog.quote(table.name()) + " (" + Catalog.columnList(table.columns()) + ") FROM STDIN";
            long rows;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve(table.file())))) {
                rows = Copies.copyApi(connection).copyIn(sql, in);
            }
            if (rows != table.rows()) {
                throw new BackupException(
                        "table " + table.name() + ": loaded " + rows + " rows, the manifest says " + table.rows());
            }
            progress.advance(rows);
        }
        progress.end();
    }

    private static void restoreSequences(Connection connection, Map<String, Long> sequences) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
                String name = Catalog.quote(sequence.getKey());
                if (sequence.getValue() == null) {
                    statement.execute("ALTER SEQUENCE " + name + " RESTART");
                } else {
                    statement.execute("SELECT setval('" + name.replace("'", "''") + "', " + sequence.getValue() + ")");
                }
            }
        }
    }

    private static void verify(Connection connection, Manifest manifest, Progress progress)
            throws SQLException, IOException {
        progress.begin("Verify", manifest.totalRows());
        for (Manifest.TableEntry entry : manifest.tables()) {
            Catalog.Table table = new Catalog.Table(entry.name(), entry.columns(), entry.orderBy());
            String actual = Copies.contentSha256(connection, table, progress);
            if (!actual.equals(entry.contentSha256())) {
                throw new BackupException("table " + entry.name() + " differs from the backup after loading it");
            }
        }
        progress.end();
        List<Manifest.MediaEntry> media = MediaCheck.listAndVerify(connection);
        if (!Objects.equals(media, manifest.media())) {
            throw new BackupException("the restored images differ from the manifest's list");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + Catalog.quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
