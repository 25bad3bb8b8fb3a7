package org.newsline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.backup.Manifest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code export} and {@code import} on the command line against a server named by {@code NEWSLINE_DB_URL}
 * (given as {@code --newsline.db.url}): an import into a new database without any schema creates it first.
 */
@IntegrationTest
class BackupCommandIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void exportThenImportIntoANewDatabaseOnTheCommandLine() throws Exception {
        long subscriber = jdbc.sql(
                        "INSERT INTO wire_subscriber (name, created_at) VALUES ('Command line', now()) RETURNING id")
                .query(Long.class)
                .single();
        String siteUrl;
        try (Connection connection = dataSource.getConnection()) {
            siteUrl = connection.getMetaData().getURL();
        }
        Path folder = temp.resolve("backup");

        assertThat(NewslineCommand.run(new String[] {
                    "export", "--to", folder.toString(), "--newsline.db.url=" + siteUrl, "--newsline.db.user=postgres"
                }))
                .isZero();
        Manifest manifest = Manifest.read(folder);

        String name = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(siteUrl, "CREATE DATABASE " + name);
        String restoredUrl = siteUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        try {
            String[] restore = {
                "import", "--from", folder.toString(), "--newsline.db.url=" + restoredUrl, "--newsline.db.user=postgres"
            };
            assertThat(NewslineCommand.run(restore)).isZero();
            assertThat(single(restoredUrl, "SELECT count(*) FROM article"))
                    .isEqualTo(manifest.table("article").orElseThrow().rows());
            assertThat(single(restoredUrl, "SELECT count(*) FROM wire_subscriber WHERE id = " + subscriber))
                    .isEqualTo(1);

            execute(restoredUrl, "INSERT INTO wire_subscriber (name, created_at) VALUES ('Newer', now())");
            assertThat(NewslineCommand.run(restore))
                    .as("refused: the database holds data")
                    .isEqualTo(2);
            assertThat(single(restoredUrl, "SELECT count(*) FROM wire_subscriber WHERE name = 'Newer'"))
                    .isEqualTo(1);
        } finally {
            execute(siteUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Test
    void helpListsExportAndImport() {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine commandLine = new picocli.CommandLine(new NewslineCommand());
        commandLine.setOut(new java.io.PrintWriter(out));
        commandLine.execute("--help");
        assertThat(out.toString()).contains("export", "import");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long single(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
