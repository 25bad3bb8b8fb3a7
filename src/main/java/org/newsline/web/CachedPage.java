package org.newsline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered response kept by {@link PageCache}, with everything a hit sends prepared once: the headers the
 * render carried (security headers included), the bytes plain and (once a client takes them) gzip-compressed,
 * and the validators.
 *
 * @param status HTTP status
 * @param contentType content type with charset
 * @param headers the other headers of the render, as name and value pairs, replayed on every hit
 * @param body the bytes
 * @param gzip the bytes gzip-compressed (made when first asked for), or {@code null} when not worth it
 * @param etag strong entity tag of the plain bytes
 * @param gzipEtag entity tag of the compressed bytes (a different representation, so a different tag)
 * @param renderedAt when it was rendered
 * @param lastModified {@code renderedAt} as an HTTP date
 * @param tags what the page shows; empty means "do not keep"
 */
record CachedPage(
        int status,
        String contentType,
        List<Header> headers,
        byte[] body,
        Compressed gzip,
        String etag,
        String gzipEtag,
        Instant renderedAt,
        String lastModified,
        Set<String> tags) {

    /** Bodies smaller than this gain too little from compression to pay for the header. */
    static final int MIN_GZIP_BYTES = 1024;

    /** A page that may be kept: validators computed, a gzip copy prepared for text (made when first wanted). */
    static CachedPage of(int status, String contentType, List<Header> headers, byte[] body, Set<String> tags) {
        String hash = sha1(body);
        Compressed gzip = compressible(contentType) && body.length >= MIN_GZIP_BYTES ? new Compressed(body) : null;
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new CachedPage(
                status,
                contentType,
                List.copyOf(headers),
                body,
                gzip,
                "\"" + hash + "\"",
                "\"" + hash + "-gzip\"",
                at,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)),
                Set.copyOf(tags));
    }

    /** Whether this page is kept and served to others at all. */
    boolean keepable() {
        return status == 200 && !tags.isEmpty();
    }

    /**
     * Approximate bytes held, for the cache's memory bound: a gzip copy is counted from the start, at a quarter of
     * the body (pages compress four to six times), whether or not it has been made yet.
     */
    int weight() {
        return 512 + body.length + (gzip == null ? 0 : body.length / 4);
    }

    /**
     * The body gzip-compressed, made the first time a client that takes gzip asks for it: a page only ever asked
     * for once by a client that does not (a search no one repeats, fetched by a script) is never compressed.
     */
    static final class Compressed {
        private final byte[] plain;
        private volatile byte[] bytes;

        Compressed(byte[] plain) {
            this.plain = plain;
        }

        /** The compressed bytes, made on the first call; racing callers may both compress, with equal results. */
        byte[] bytes() {
            byte[] made = bytes;
            if (made == null) {
                made = gzip(plain);
                bytes = made;
            }
            return made;
        }

        /** Whether the compressed copy has been made. */
        boolean made() {
            return bytes != null;
        }
    }

    /**
     * One response header.
     *
     * @param name its name
     * @param value its value
     */
    record Header(String name, String value) {}

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        return contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compress in memory", e);
        }
        return out.toByteArray();
    }

    private static String sha1(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
