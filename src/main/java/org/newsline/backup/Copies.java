package org.newsline.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** PostgreSQL {@code COPY} text, made the same on every server, and the checksums taken over it. */
final class Copies {

    private Copies() {}

    /**
     * Fixes every setting that changes how values are written as text, so that the export and the check after
     * a restore produce the same bytes for the same rows.
     */
    static void useStableText(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            statement.execute("SET DateStyle = 'ISO, YMD'");
            statement.execute("SET IntervalStyle = 'postgres'");
            statement.execute("SET extra_float_digits = 3");
            statement.execute("SET bytea_output = 'hex'");
        }
    }

    static CopyManager copyApi(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** The table's rows as {@code COPY} text in a stable order. */
    static String selectSorted(Catalog.Table table) {
        return "COPY (SELECT " + Catalog.columnList(table.columns()) + " FROM " + Catalog.quote(table.name())
                + " ORDER BY " + Catalog.columnList(table.orderBy()) + ") TO STDOUT";
    }

    /** SHA-256 of the table's sorted {@code COPY} text, as the manifest records it. */
    static String contentSha256(Connection connection, Catalog.Table table, Progress progress)
            throws SQLException, IOException {
        MessageDigest digest = sha256();
        try (OutputStream out =
                new RowCounter(new DigestOutputStream(OutputStream.nullOutputStream(), digest), progress)) {
            copyApi(connection).copyOut(selectSorted(table), out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String fileSha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Passes bytes on and reports each finished row (one line of {@code COPY} text) to the progress. */
    static final class RowCounter extends FilterOutputStream {

        private final Progress progress;
        private long pending;

        RowCounter(OutputStream out, Progress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            for (int i = offset; i < offset + length; i++) {
                count(bytes[i]);
            }
        }

        private void count(int b) {
            if (b == '\n' && ++pending == 500) {
                flushProgress();
            }
        }

        private void flushProgress() {
            if (pending > 0) {
                progress.advance(pending);
                pending = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flushProgress();
            super.close();
        }
    }
}
