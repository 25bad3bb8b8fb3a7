package org.newsline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsline.platform.Language;

/** Passages come from a story's first paragraphs when they match, and from further on when only that does. */
class SnippetsTests {

    private static String filler(int chars) {
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            text.append("The weather stayed mild across the region this week. ");
        }
        return text.toString();
    }

    @Test
    void marksAWordInTheFirstParagraphs() {
        String text = "The pipeline opened on Monday. " + filler(5_000);

        String passage = new Snippets(Set.of("s:pipelin")).passage(text, Language.EN);

        assertThat(passage).contains("<mark>pipeline</mark>");
    }

    @Test
    void looksFurtherWhenTheFirstParagraphsDoNotMatch() {
        String text = filler(Snippets.FIRST_CHARS + 500) + "Then the pipeline opened. " + filler(1_000);

        String passage = new Snippets(Set.of("s:pipelin")).passage(text, Language.EN);

        assertThat(passage).contains("<mark>pipeline</mark>");
    }

    @Test
    void showsTheBeginningWhenNothingWithinReachMatches() {
        String text = filler(Snippets.SCANNED_CHARS + 100) + "The pipeline opened.";

        String passage = new Snippets(Set.of("s:pipelin")).passage(text, Language.EN);

        assertThat(passage)
                .doesNotContain("<mark>")
                .startsWith("The weather stayed mild")
                .endsWith(" …");
    }
}
