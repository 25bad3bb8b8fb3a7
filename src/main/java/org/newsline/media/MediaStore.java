package org.newsline.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores images in PostgreSQL and reads them back. Every image goes through {@link #upload}: decoded to
 * prove what it is, turned upright, written afresh without metadata, and stored with its renditions.
 */
@Repository
public class MediaStore {

    private static final String FILE_COLUMNS = """
            id, content_type, width, height, sha256,
            ARRAY(SELECT r.width FROM media_rendition r WHERE r.media_id = media_file.id ORDER BY r.width) AS renditions""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MediaProperties properties;
    private final ImageDecoder decoder;

    MediaStore(JdbcClient jdbc, Clock clock, TransactionTemplate transaction, MediaProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = transaction;
        this.properties = properties;
        this.decoder = new ImageDecoder(properties.maxUploadBytes().toBytes(), properties.maxPixels());
    }

    /**
     * Accepts an uploaded JPEG, PNG or WebP image. What the file is gets decided by decoding it, never by
     * its name. The stored image is re-encoded from the pixels, so EXIF (including GPS), XMP, ICC
     * profiles and comments are gone; a JPEG's EXIF orientation is applied first. JPEG stays JPEG, PNG
     * stays PNG, WebP becomes JPEG (PNG if it has transparency). Renditions are made at the configured
     * widths narrower than the image. Nothing is stored when the file is refused.
     *
     * @param bytes the file's content
     * @param originalFilename the uploader's file name, used only in messages; may be {@code null}
     * @return the stored image
     * @throws InvalidImageException when the file is empty, over {@link #maxUploadBytes()}, over the pixel
     *     limit, not a JPEG, PNG or WebP image, or cannot be decoded; the message names the file
     */
    public MediaFile upload(byte[] bytes, String originalFilename) {
        ImageDecoder.Decoded decoded = decoder.decode(bytes, originalFilename);
        ImageFormat format = ImageEncoder.storedFormat(decoded.format(), decoded.image());
        byte[] stored = ImageEncoder.encode(decoded.image(), format, ImageEncoder.ORIGINAL_QUALITY);
        List<Renditions.Rendition> renditions = Renditions.of(decoded.image(), format, properties.renditionWidths());
        MediaFile file = new MediaFile(
                UUID.randomUUID(),
                format.contentType,
                decoded.image().getWidth(),
                decoded.image().getHeight(),
                sha256(stored),
                renditions.stream().map(Renditions.Rendition::width).toList());
        transaction.executeWithoutResult(status -> insert(file, stored, renditions));
        return file;
    }

    /**
     * Stores an image through {@link #upload}; the content type given is not trusted and not used.
     *
     * @throws InvalidImageException when the bytes are not an acceptable image
     */
    public MediaFile store(byte[] bytes, String contentType) {
        return upload(bytes, null);
    }

    /**
     * An uploader's file name as it may be shown or logged: the last part only, without control or
     * invisible formatting characters, at most 80 characters; empty when nothing is left.
     */
    public static String safeFileName(String name) {
        return ImageDecoder.safeFileName(name);
    }

    /** The largest upload accepted, in bytes ({@code newsline.media.max-upload-bytes}). */
    public long maxUploadBytes() {
        return properties.maxUploadBytes().toBytes();
    }

    public Optional<MediaFile> find(UUID id) {
        return jdbc.sql("SELECT " + FILE_COLUMNS + " FROM media_file WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> file(rs))
                .optional();
    }

    Optional<byte[]> bytes(UUID id) {
        return jdbc.sql("SELECT data FROM media_file WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getBytes("data"))
                .optional();
    }

    /** A rendition's type, entity tag and bytes. */
    record StoredRendition(String contentType, String sha256, byte[] bytes) {}

    Optional<StoredRendition> rendition(UUID id, int width) {
        return jdbc.sql(
                        "SELECT content_type, sha256, data FROM media_rendition WHERE media_id = :id AND width = :width")
                .param("id", id)
                .param("width", width)
                .query((rs, row) ->
                        new StoredRendition(rs.getString("content_type"), rs.getString("sha256"), rs.getBytes("data")))
                .optional();
    }

    private void insert(MediaFile file, byte[] stored, List<Renditions.Rendition> renditions) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO media_file (id, content_type, width, height, byte_size, sha256, data, created_at)
                        VALUES (:id, :contentType, :width, :height, :size, :sha256, :data, :createdAt)
                        """)
                .param("id", file.id())
                .param("contentType", file.contentType())
                .param("width", file.width())
                .param("height", file.height())
                .param("size", stored.length)
                .param("sha256", file.sha256())
                .param("data", stored)
                .param("createdAt", now)
                .update();
        for (Renditions.Rendition rendition : renditions) {
            jdbc.sql("""
                            INSERT INTO media_rendition
                                (media_id, width, height, content_type, byte_size, sha256, data, created_at)
                            VALUES (:id, :width, :height, :contentType, :size, :sha256, :data, :createdAt)
                            """)
                    .param("id", file.id())
                    .param("width", rendition.width())
                    .param("height", rendition.height())
                    .param("contentType", file.contentType())
                    .param("size", rendition.bytes().length)
                    .param("sha256", sha256(rendition.bytes()))
                    .param("data", rendition.bytes())
                    .param("createdAt", now)
                    .update();
        }
    }

    private static MediaFile file(ResultSet rs) throws SQLException {
        return new MediaFile(
                rs.getObject("id", UUID.class),
                rs.getString("content_type"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("sha256"),
                widths(rs.getArray("renditions")));
    }

    /** The widths in an SQL integer array, such as {@code ARRAY(SELECT width FROM media_rendition ...)}. */
    private static List<Integer> widths(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
