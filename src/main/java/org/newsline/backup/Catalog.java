package org.newsline.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database holds, read from PostgreSQL's catalog so that a table a later migration adds is backed
 * up without changing this code: tables in foreign-key order, their columns and keys, and sequences.
 */
final class Catalog {

    /** Never backed up: Flyway's own history (the schema version is recorded instead) and staff sessions. */
    static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    private Catalog() {}

    /** A table with the columns a backup carries (not generated ones) and the columns rows are sorted by. */
    record Table(String name, List<String> columns, List<String> orderBy) {}

    /** Every table of the {@code public} schema, parents before the tables that refer to them. */
    static List<Table> tables(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet rows = query(connection, """
                SELECT c.relname, a.attname
                  FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                   AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                 ORDER BY c.relname, a.attnum""")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        Map<String, List<String>> keys = new HashMap<>();
        try (ResultSet rows = query(connection, """
                SELECT c.relname, a.attname
                  FROM pg_constraint k
                  JOIN pg_class c ON c.oid = k.conrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, position) ON true
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = key.attnum
                 WHERE n.nspname = 'public' AND k.contype = 'p'
                 ORDER BY c.relname, key.position""")) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (ResultSet rows = query(connection, """
                SELECT child.relname, parent.relname
                  FROM pg_constraint k
                  JOIN pg_class child ON child.oid = k.conrelid
                  JOIN pg_class parent ON parent.oid = k.confrelid
                  JOIN pg_namespace n ON n.oid = child.relnamespace
                 WHERE n.nspname = 'public' AND k.contype = 'f' AND child.oid <> parent.oid""")) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < columns.size()) {
            boolean progressed = false;
            for (String table : columns.keySet()) {
                if (!placed.contains(table) && placed.containsAll(parents.getOrDefault(table, Set.of()))) {
                    placed.add(table);
                    // Without a primary key, all columns give the rows a stable order for the content checksum.
                    ordered.add(new Table(table, columns.get(table), keys.getOrDefault(table, columns.get(table))));
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new BackupException("foreign keys between these tables form a cycle: "
                        + columns.keySet().stream()
                                .filter(t -> !placed.contains(t))
                                .toList());
            }
        }
        return ordered;
    }

    /** The current value of every sequence in the {@code public} schema; {@code null} when never used. */
    static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> values = new TreeMap<>();
        try (ResultSet rows = query(connection, """
                SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'""")) {
            while (rows.next()) {
                String name = rows.getString(1);
                long value = rows.getLong(2);
                values.put(name, rows.wasNull() ? null : value);
            }
        }
        return values;
    }

    /** The highest Flyway version applied to this database, or {@code null} when it has no Newsline schema. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (ResultSet exists = query(connection, "SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return null;
            }
        }
        try (ResultSet rows = query(connection, """
                SELECT version FROM flyway_schema_history
                 WHERE success AND version IS NOT NULL
                 ORDER BY string_to_array(version, '.')::numeric[] DESC LIMIT 1""")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> names) {
        return String.join(", ", names.stream().map(Catalog::quote).toList());
    }

    private static ResultSet query(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
