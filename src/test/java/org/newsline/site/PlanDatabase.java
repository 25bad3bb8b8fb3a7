package org.newsline.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A scratch database on the tests' embedded PostgreSQL holding the real schema and 100,000 stories, where
 * the queries the pages send are planned with {@code EXPLAIN}. Its rows never reach the application.
 */
final class PlanDatabase implements AutoCloseable {

    /** Tables that grow with the archive; reading any of them whole is the mistake these plans catch. */
    static final Set<String> BIG_TABLES = Set.of(
            "article",
            "article_byline",
            "article_tagging",
            "article_revision",
            "article_photo",
            "media_file",
            "media_rendition",
            "change_log",
            "review",
            "quote_source",
            "quote",
            "quote_mention");

    private static final String NAME = "hot_query_plans";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    private PlanDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Creates the database next to {@code main}'s, migrates it and fills it from {@code script}. */
    static PlanDatabase create(Connection main, String script) throws SQLException {
        String port;
        try (Statement statement = main.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('port')")) {
            rs.next();
            port = rs.getString(1);
        }
        try (Statement statement = main.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME);
            statement.execute("CREATE DATABASE " + NAME);
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + NAME;
        Flyway.configure()
                .dataSource(url, "postgres", null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Connection connection = DriverManager.getConnection(url, "postgres", null);
        try (Statement statement = connection.createStatement()) {
            statement.execute(read(script));
            statement.execute("ANALYZE");
        }
        return new PlanDatabase(connection);
    }

    /** The plan nodes that read a big table sequentially, as "Seq Scan on table"; empty when none does. */
    List<String> seqScansOfBigTables(String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        collect(plan(sql), found);
        return found;
    }

    /**
     * The most rows one plan node takes from a big table when {@code sql} (a SELECT) runs: rows returned times
     * loops, plus rows an index scan read and then filtered out. An index does not help a query that still
     * reads a whole language's stories to keep a few; this is how such a query shows.
     */
    long mostRowsReadFromBigTables(String sql) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)) {
            rs.next();
            return mostRowsRead(JSON.readTree(rs.getString(1)).get(0).get("Plan"));
        } finally {
            connection.rollback();
            connection.setAutoCommit(auto);
        }
    }

    /** The plan of {@code sql} as it ran, in PostgreSQL's text form. */
    String analyzedPlan(String sql) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
            return plan.toString();
        } finally {
            connection.rollback();
            connection.setAutoCommit(auto);
        }
    }

    private static long mostRowsRead(JsonNode node) {
        long most = 0;
        if (BIG_TABLES.contains(node.path("Relation Name").asString(""))) {
            long loops = Math.max(1, node.path("Actual Loops").asLong(1));
            most = (node.path("Actual Rows").asLong(0)
                            + node.path("Rows Removed by Filter").asLong(0))
                    * loops;
        }
        for (JsonNode child : node.path("Plans")) {
            most = Math.max(most, mostRowsRead(child));
        }
        return most;
    }

    /** The plan of {@code sql} as PostgreSQL's JSON. */
    JsonNode plan(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("EXPLAIN (FORMAT JSON) " + sql)) {
            rs.next();
            return JSON.readTree(rs.getString(1)).get(0).get("Plan");
        }
    }

    private static void collect(JsonNode node, List<String> found) {
        String table = node.path("Relation Name").asString("");
        if (node.path("Node Type").asString("").equals("Seq Scan") && BIG_TABLES.contains(table)) {
            found.add("Seq Scan on " + table);
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, found);
        }
    }

    private static String read(String resource) {
        try (InputStream in = PlanDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
