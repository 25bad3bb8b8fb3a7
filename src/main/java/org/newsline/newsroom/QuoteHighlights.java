package org.newsline.newsroom;

import java.util.ArrayList;
import java.util.List;
import org.newsline.newsroom.QuoteReviewViews.Segment;
import org.newsline.quote.QuoteReviews.Reviewed;

/**
 * Cuts a story's plain text into paragraphs (separated by blank lines) of plain and quoted runs, so the template
 * can mark each quote where it stands; a quote over several paragraphs is marked in each. Quotes never overlap.
 */
final class QuoteHighlights {

    private QuoteHighlights() {}

    static List<List<Segment>> of(String text, List<Reviewed> quotes) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        java.util.regex.Matcher gaps =
                java.util.regex.Pattern.compile("\\n\\s*\\n").matcher(text);
        int from = 0;
        while (from <= text.length()) {
            boolean gap = gaps.find(from);
            int to = gap ? gaps.start() : text.length();
            if (to > from) {
                paragraphs.add(segments(text, from, to, quotes));
            }
            if (!gap) {
                break;
            }
            from = gaps.end();
        }
        return paragraphs;
    }

    private static List<Segment> segments(String text, int from, int to, List<Reviewed> quotes) {
        List<Segment> segments = new ArrayList<>();
        int at = from;
        for (int i = 0; i < quotes.size(); i++) {
            Reviewed quote = quotes.get(i);
            int start = Math.max(quote.start(), from);
            int end = Math.min(quote.end(), to);
            if (start >= end || start < at) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), 0, ""));
            }
            segments.add(new Segment(text.substring(start, end), i + 1, quote.state()));
            at = end;
        }
        if (at < to) {
            segments.add(new Segment(text.substring(at, to), 0, ""));
        }
        return segments;
    }
}
