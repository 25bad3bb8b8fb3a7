package org.newsline.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Images are rows of {@code media_file} (originals) and {@code media_rendition} (derived sizes), each with the
 * SHA-256 of its bytes. The server hashes the bytes again, so nothing large crosses the connection.
 */
final class MediaCheck {

    private MediaCheck() {}

    /**
     * Lists every original image with its size and checksum.
     *
     * @throws BackupException naming the images whose bytes no longer match their recorded SHA-256
     */
    static List<Manifest.MediaEntry> listAndVerify(Connection connection) throws SQLException {
        List<String> damaged = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT 'media_file ' || id FROM media_file WHERE encode(sha256(data), 'hex') <> sha256
                        UNION ALL
                        SELECT 'media_rendition ' || media_id || ' ' || width FROM media_rendition
                         WHERE encode(sha256(data), 'hex') <> sha256
                        LIMIT 20""")) {
            while (rows.next()) {
                damaged.add(rows.getString(1));
            }
        }
        if (!damaged.isEmpty()) {
            throw new BackupException("images whose bytes do not match their SHA-256: " + damaged);
        }
        List<Manifest.MediaEntry> media = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id::text, octet_length(data), sha256 FROM media_file ORDER BY id")) {
            while (rows.next()) {
                media.add(new Manifest.MediaEntry(rows.getString(1), rows.getLong(2), rows.getString(3)));
            }
        }
        return media;
    }
}
