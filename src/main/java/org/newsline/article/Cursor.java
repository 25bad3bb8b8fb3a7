package org.newsline.article;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A position in a newest-first list: the publish time and id of the last item seen. Items are ordered by
 * {@code (publish_at DESC, id DESC)}, so items sharing a publish time are neither skipped nor repeated.
 *
 * @param publishAt publish time of the last item shown
 * @param id id of the last item shown
 */
public record Cursor(Instant publishAt, long id) {

    /** Reads a cursor written by {@link #token()}, such as {@code 1764400000000000-123} (microseconds, id). */
    public static Cursor parse(String token) {
        int dash = token == null ? -1 : token.indexOf('-');
        if (dash <= 0 || dash == token.length() - 1) {
            throw new InvalidCursorException(token);
        }
        try {
            long micros = Long.parseLong(token.substring(0, dash));
            long id = Long.parseLong(token.substring(dash + 1));
            if (id <= 0 || micros < 0) {
                throw new InvalidCursorException(token);
            }
            return new Cursor(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000), id);
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new InvalidCursorException(token);
        }
    }

    public static Cursor after(ArticleSummary last) {
        return new Cursor(last.publishAt(), last.id());
    }

    public String token() {
        // Microseconds: PostgreSQL's timestamp precision, so the position is exact.
        return Math.addExact(Math.multiplyExact(publishAt.getEpochSecond(), 1_000_000L), publishAt.getNano() / 1_000)
                + "-" + id;
    }

    /** A cursor that is not one this site wrote. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidCursorException(String token) {
            super("Not a valid list position: '" + token + "'");
        }
    }
}
