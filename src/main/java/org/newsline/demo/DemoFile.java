package org.newsline.demo;

import java.util.List;
import java.util.Map;
import org.newsline.platform.LocalizedText;

/**
 * The demo agency as written in {@code demo/stories.json}.
 *
 * @param authors correspondents
 * @param tags topic labels
 * @param stories stories, each in one to three languages
 */
record DemoFile(List<Author> authors, List<Tag> tags, List<Story> stories) {

    record Author(String slug, LocalizedText name, LocalizedText role, LocalizedText bio) {}

    record Tag(String slug, LocalizedText name) {}

    record Story(
            String key,
            String category,
            List<String> authors,
            List<String> tags,
            String urgency,
            int hoursAgo,
            Photo photo,
            Map<String, Version> versions) {}

    record Photo(String motif, LocalizedText caption, String credit, String sourceKind, String licence) {}

    record Version(String place, String headline, String standfirst, String body) {}
}
