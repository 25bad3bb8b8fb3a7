package org.newsline.article;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.newsline.platform.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a story's bylines, tags and corrections from the JSON arrays its query builds ({@code json_agg} of
 * {@code json_build_array}, in column order); a story without any has SQL NULL there.
 */
final class StoryDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoryDetails() {}

    static List<Author> bylines(String json) {
        List<Author> authors = new ArrayList<>();
        for (JsonNode row : rows(json)) {
            authors.add(new Author(
                    row.get(0).asLong(),
                    text(row, 1),
                    new LocalizedText(text(row, 2), text(row, 3), text(row, 4)),
                    new LocalizedText(text(row, 5), text(row, 6), text(row, 7)),
                    new LocalizedText(text(row, 8), text(row, 9), text(row, 10))));
        }
        return List.copyOf(authors);
    }

    static List<Tag> tags(String json) {
        List<Tag> tags = new ArrayList<>();
        for (JsonNode row : rows(json)) {
            tags.add(new Tag(
                    row.get(0).asLong(), text(row, 1), new LocalizedText(text(row, 2), text(row, 3), text(row, 4))));
        }
        return List.copyOf(tags);
    }

    static List<Correction> corrections(String json) {
        List<Correction> corrections = new ArrayList<>();
        for (JsonNode row : rows(json)) {
            corrections.add(new Correction(OffsetDateTime.parse(text(row, 0)).toInstant(), text(row, 1)));
        }
        return List.copyOf(corrections);
    }

    private static Iterable<JsonNode> rows(String json) {
        return json == null ? List.of() : JSON.readTree(json);
    }

    private static String text(JsonNode row, int column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asString();
    }
}
