package org.newsline.newsroom;

import java.util.List;
import org.newsline.newsroom.NewsroomViews.Frame;
import org.newsline.quote.QuoteReviews.Reviewed;

/** View records of the quote review screen. Public for the precompiled templates. */
public final class QuoteReviewViews {

    private QuoteReviewViews() {}

    /**
     * A story's extracted quotes, highlighted in its text, with the decisions editors can take.
     *
     * @param frame chrome
     * @param storyId the story
     * @param headline its headline
     * @param status its workflow status
     * @param language its language code, for links to person pages
     * @param read whether the story was read for quotes (it has been published)
     * @param version the version that was read
     * @param paragraphs the text read, each paragraph as plain and highlighted runs
     * @param quotes the quotes, numbered as in the text
     * @param people registry people to choose a speaker from, as "Name (slug)"
     */
    public record QuoteReviewPage(
            Frame frame,
            long storyId,
            String headline,
            String status,
            String language,
            boolean read,
            int version,
            List<List<Segment>> paragraphs,
            List<Item> quotes,
            List<String> people) {}

    /**
     * A run of a paragraph: plain text, or (number above 0) part of a quote.
     *
     * @param text the characters, verbatim
     * @param number the quote's number, or 0
     * @param state the quote's review state, or empty
     */
    public record Segment(String text, int number, String state) {

        public boolean quoted() {
            return number > 0;
        }
    }

    /**
     * One quote in the list under the text.
     *
     * @param number its number in the text
     * @param quote the quote and its decision
     * @param confidence the rule's confidence, as shown ("0.95")
     */
    public record Item(int number, Reviewed quote, String confidence) {}
}
