package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.newsroom.QuoteReviewViews.Segment;
import org.newsline.quote.QuoteReviews.Reviewed;

class QuoteHighlightsTests {

    private static Reviewed quote(String text, String words, String state) {
        int start = text.indexOf(words);
        return new Reviewed(
                1, "direct", start, start + words.length(), words, null, null, null, "none", 0, state, null, null);
    }

    @Test
    void eachQuoteIsMarkedWhereItStandsAndAQuoteOverTwoParagraphsInBoth() {
        String text = "She said: “First part.\n\nSecond part.” Then <b>left</b>.\n\nEnd “x y z”.";
        List<List<Segment>> paragraphs = QuoteHighlights.of(
                text,
                List.of(quote(text, "First part.\n\nSecond part.", "confirmed"), quote(text, "x y z", "rejected")));
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(0))
                .containsExactly(new Segment("She said: “", 0, ""), new Segment("First part.", 1, "confirmed"));
        assertThat(paragraphs.get(1))
                .containsExactly(
                        new Segment("Second part.", 1, "confirmed"), new Segment("” Then <b>left</b>.", 0, ""));
        assertThat(paragraphs.get(2))
                .containsExactly(
                        new Segment("End “", 0, ""), new Segment("x y z", 2, "rejected"), new Segment("”.", 0, ""));
    }

    @Test
    void aStoryWithoutQuotesIsItsParagraphs() {
        assertThat(QuoteHighlights.of("One.\n\n\n\nTwo.", List.of()))
                .containsExactly(List.of(new Segment("One.", 0, "")), List.of(new Segment("Two.", 0, "")));
    }
}
