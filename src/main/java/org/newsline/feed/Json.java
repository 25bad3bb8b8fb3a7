package org.newsline.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Serialises feed and structured-data documents with Jackson, which escapes every string. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static byte[] bytes(Object document) {
        return MAPPER.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * JSON to place inside an HTML {@code <script>} element. {@code <}, {@code >} and {@code &} can occur only
     * inside JSON strings, where their {@code \\u} escapes mean the same; escaped, no text can end the script
     * ({@code </script>}) or open an HTML comment.
     */
    static String forScript(Object document) {
        return MAPPER.writeValueAsString(document)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    /**
     * A JSON object with its keys in the order given. Never {@code Map.of}: its order changes from one JVM to
     * the next, and so would the bytes and ETag of the same feed on two nodes.
     */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** RFC 3339 date-time with the agency's offset, as JSON Feed and schema.org expect. */
    static String date(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).withNano(0));
    }
}
