package org.newsline.quote;

import java.util.List;
import org.newsline.platform.Language;

/**
 * What one reading of a story found. Offsets index {@link #text()}, the exact text that was read.
 *
 * @param language the story's language
 * @param text the plain text read
 * @param quotes quotes in order of position; spans never overlap
 * @param mentions registry entities named in the text, in order
 */
public record Extraction(Language language, String text, List<Quote> quotes, List<Mention> mentions) {

    /**
     * A registry entity named in the text.
     *
     * @param entity the entity
     * @param start offset of the name
     * @param end offset after the name
     * @param text the name as written
     */
    public record Mention(Entity entity, int start, int end, String text) {}
}
