package org.newsline.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsline.article.ArticleBuilder.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.CatalogWriter;
import org.newsline.media.MediaFile;
import org.newsline.media.MediaStore;
import org.newsline.media.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Backup, wipe, restore: the restored database holds the same rows, images and sequences as the backup. */
@IntegrationTest
class BackupRestoreIntegrationTests {

    /** Stories, revisions, reviews, subscribers and media, whose counts and checksums must survive. */
    private static final List<String> CONTENT =
            List.of("article", "article_revision", "review", "wire_subscriber", "media_file", "media_rendition");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    MediaStore media;

    @Autowired
    MutableClock clock;

    @TempDir
    Path temp;

    long storyId;
    long reviewId;
    long subscriberId;
    MediaFile image;

    @BeforeEach
    void someOfEverything() {
        image = media.upload(TestImages.jpeg(700, 400), "backup.jpg");
        storyId = story(writer)
                .by(ArticleBuilder.author(catalog, "Backup correspondent"))
                .headline("Backup story " + UUID.randomUUID() + " with “quotes”, tabs\tand\nnew lines, \\ backslashes")
                .publishedAt(clock.instant().minusSeconds(60));
        writer.update(
                storyId,
                story(writer)
                        .headline("Backup story " + UUID.randomUUID() + ", second version")
                        .toDraft(),
                version(storyId));
        reviewId = jdbc.sql("""
                        INSERT INTO review (article_id, kind, status, author_name, email, body, address_hash, created_at)
                        VALUES (:article, 'review', 'approved', 'Ləman', 'reader@example.com', 'Yaxşı yazı — спасибо',
                                'hash', now()) RETURNING id""").param("article", storyId).query(Long.class).single();
        subscriberId = jdbc.sql(
                        "INSERT INTO wire_subscriber (name, created_at) VALUES ('Backup Gazette', now()) RETURNING id")
                .query(Long.class)
                .single();
    }

    @Test
    void backupWipeRestoreGivesTheSameCountsChecksumsAndRows() throws Exception {
        Manifest manifest = export();

        try (FreshDatabase wiped = new FreshDatabase(dataSource).migrated();
                Connection restored = wiped.connect()) {
            DatabaseImport.restore(restored, temp.resolve("backup"), false, Progress.NONE);

            for (String table : CONTENT) {
                Manifest.TableEntry entry = manifest.table(table).orElseThrow();
                assertThat(entry.rows()).as(table).isPositive();
                assertThat(count(restored, table)).as(table).isEqualTo(entry.rows());
                Catalog.Table sorted = new Catalog.Table(table, entry.columns(), entry.orderBy());
                assertThat(Copies.contentSha256(restored, sorted, Progress.NONE))
                        .as(table)
                        .isEqualTo(entry.contentSha256());
            }
            assertThat(rowsOf(restored, "article", storyId)).isEqualTo(rowsOf(storyId, "article"));
            assertThat(rowsOf(restored, "article_revision", storyId)).isEqualTo(rowsOf(storyId, "article_revision"));
            assertThat(rowsOf(restored, "review", reviewId)).isEqualTo(rowsOf(reviewId, "review"));
            assertThat(rowsOf(restored, "wire_subscriber", subscriberId))
                    .isEqualTo(rowsOf(subscriberId, "wire_subscriber"));
            assertThat(imageHash(restored)).isEqualTo(image.sha256());
            assertThat(manifest.media())
                    .contains(new Manifest.MediaEntry(image.id().toString(), bytesOf(image), image.sha256()));
        }
    }

    @Test
    void sequencesContinueAfterTheRestoredRowsSoNewInsertsWork() throws Exception {
        export();

        try (FreshDatabase wiped = new FreshDatabase(dataSource).migrated();
                Connection restored = wiped.connect()) {
            DatabaseImport.restore(restored, temp.resolve("backup"), false, Progress.NONE);

            for (Map.Entry<String, String> column : serialColumns(restored).entrySet()) {
                String[] tableAndColumn = column.getKey().split("\\.");
                long max = single(
                        restored, "SELECT coalesce(max(" + tableAndColumn[1] + "), 0) FROM " + tableAndColumn[0]);
                long next = single(restored, "SELECT nextval('" + column.getValue() + "')");
                assertThat(next).as(column.getKey()).isGreaterThan(max);
            }
            long newId = single(
                    restored,
                    "INSERT INTO wire_subscriber (name, created_at) VALUES ('After restore', now())" + " RETURNING id");
            assertThat(newId).isGreaterThan(subscriberId);
        }
    }

    @Test
    void importRefusesADatabaseHoldingDataUnlessForced() throws Exception {
        Manifest manifest = export();

        try (FreshDatabase wiped = new FreshDatabase(dataSource).migrated();
                Connection restored = wiped.connect()) {
            DatabaseImport.restore(restored, temp.resolve("backup"), false, Progress.NONE);
            execute(
                    restored,
                    "INSERT INTO wire_subscriber (name, created_at) VALUES ('Written after the restore', now())");

            assertThatThrownBy(() -> DatabaseImport.restore(restored, temp.resolve("backup"), false, Progress.NONE))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("the database is not empty: wire_subscriber (")
                    .hasMessageContaining("--force");
            assertThat(count(restored, "wire_subscriber"))
                    .isEqualTo(manifest.table("wire_subscriber").orElseThrow().rows() + 1);

            DatabaseImport.restore(restored, temp.resolve("backup"), true, Progress.NONE);
            assertThat(count(restored, "wire_subscriber"))
                    .isEqualTo(manifest.table("wire_subscriber").orElseThrow().rows());
        }
    }

    @Test
    void aDamagedFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Manifest manifest = export();
        Path file = temp.resolve("backup")
                .resolve(manifest.table("review").orElseThrow().file());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(file, bytes);

        try (FreshDatabase wiped = new FreshDatabase(dataSource).migrated();
                Connection restored = wiped.connect()) {
            assertThatThrownBy(() -> DatabaseImport.restore(restored, temp.resolve("backup"), false, Progress.NONE))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining(manifest.table("review").orElseThrow().file() + " is damaged");
            assertThat(count(restored, "article")).isZero();
        }
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefused() throws Exception {
        Manifest manifest = export();
        Path manifestFile = temp.resolve("backup/manifest.json");
        Files.writeString(
                manifestFile,
                Files.readString(manifestFile)
                        .replace(
                                "\"schemaVersion\" : \"" + manifest.schemaVersion() + "\"",
                                "\"schemaVersion\" : \"0001\""));

        try (FreshDatabase wiped = new FreshDatabase(dataSource).migrated();
                Connection restored = wiped.connect()) {
            assertThatThrownBy(() -> DatabaseImport.restore(restored, temp.resolve("backup"), false, Progress.NONE))
                    .isInstanceOf(BackupException.class)
                    .hasMessage("the backup is of schema version 0001 but the database is at version "
                            + manifest.schemaVersion());
        }
    }

    @Test
    void exportRefusesAFolderThatIsNotEmptyAndImportAFolderWithoutManifest() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "keep me");
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> DatabaseExport.export(connection, temp, Clock.systemUTC(), Progress.NONE))
                    .isInstanceOf(BackupException.class)
                    .hasMessage(temp + " is not empty; give a new or empty folder");
            assertThatThrownBy(() -> DatabaseImport.restore(connection, temp, false, Progress.NONE))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("holds no manifest.json");
        }
        assertThat(Files.readString(temp.resolve("notes.txt"))).isEqualTo("keep me");
    }

    private Manifest export() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseExport.export(connection, temp.resolve("backup"), clock, Progress.NONE);
        }
    }

    private int version(long id) {
        return ArticleBuilder.versionOf(jdbc, id);
    }

    private long bytesOf(MediaFile file) {
        return jdbc.sql("SELECT octet_length(data) FROM media_file WHERE id = :id")
                .param("id", file.id())
                .query(Long.class)
                .single();
    }

    private String imageHash(Connection restored) throws SQLException {
        try (PreparedStatement statement =
                restored.prepareStatement("SELECT encode(sha256(data), 'hex') FROM media_file WHERE id = ?")) {
            statement.setObject(1, image.id());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The rows with that id (or article id, for revisions) as JSON text, from the site's own database. */
    private List<String> rowsOf(long id, String table) {
        return jdbc.sql(rowsQuery(table)).param(1, id).query(String.class).list();
    }

    private static List<String> rowsOf(Connection connection, String table, long id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(rowsQuery(table))) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }

    private static String rowsQuery(String table) {
        String key = table.equals("article_revision") ? "article_id" : "id";
        return "SELECT row_to_json(t)::text FROM " + table + " t WHERE " + key + " = ? ORDER BY id";
    }

    private static Map<String, String> serialColumns(Connection connection) throws SQLException {
        Map<String, String> columns = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT c.table_name || '.' || c.column_name, pg_get_serial_sequence(c.table_name, c.column_name)
                          FROM information_schema.columns c
                         WHERE c.table_schema = 'public'
                           AND pg_get_serial_sequence(c.table_name, c.column_name) IS NOT NULL""")) {
            while (rows.next()) {
                columns.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(columns).containsKeys("article.id", "article_revision.id", "review.id", "wire_subscriber.id");
        return columns;
    }

    static long count(Connection connection, String table) throws SQLException {
        return single(connection, "SELECT count(*) FROM " + table);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
