package org.newsline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores images in PostgreSQL and reads them back. */
@Repository
public class MediaStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    MediaStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores an image after checking that its bytes really are a readable image.
     *
     * @throws IllegalArgumentException when the bytes are not an image Java can read
     */
    public MediaFile store(byte[] bytes, String contentType) {
        BufferedImage image = decode(bytes);
        MediaFile file =
                new MediaFile(UUID.randomUUID(), contentType, image.getWidth(), image.getHeight(), sha256(bytes));
        jdbc.sql("""
                        INSERT INTO media_file (id, content_type, width, height, byte_size, sha256, data, created_at)
                        VALUES (:id, :contentType, :width, :height, :size, :sha256, :data, :createdAt)
                        """)
                .param("id", file.id())
                .param("contentType", contentType)
                .param("width", file.width())
                .param("height", file.height())
                .param("size", bytes.length)
                .param("sha256", file.sha256())
                .param("data", bytes)
                .param("createdAt", java.sql.Timestamp.from(clock.instant()))
                .update();
        return file;
    }

    /**
     * Stores an uploaded image; the type is decided by decoding the bytes, never by the file name.
     *
     * @throws IllegalArgumentException naming the file when it is not a JPEG or PNG image
     */
    public MediaFile upload(byte[] bytes, String filename) {
        String type = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "image/png" : "image/jpeg";
        try {
            decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The file '" + filename + "' is not a JPEG, PNG or WebP image.", e);
        }
        return store(bytes, type);
    }

    public Optional<MediaFile> find(UUID id) {
        return jdbc.sql("SELECT id, content_type, width, height, sha256 FROM media_file WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new MediaFile(
                        rs.getObject("id", UUID.class),
                        rs.getString("content_type"),
                        rs.getInt("width"),
                        rs.getInt("height"),
                        rs.getString("sha256")))
                .optional();
    }

    Optional<byte[]> bytes(UUID id) {
        return jdbc.sql("SELECT data FROM media_file WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getBytes("data"))
                .optional();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("Not an image in a supported format (" + bytes.length + " bytes)");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable image: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
