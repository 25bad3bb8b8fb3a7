package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text in quotation marks: {@code “ ”}, {@code " "}, {@code « »} (nesting, with {@code „ “} inside) and
 * {@code „ “}. A quote that runs over paragraphs follows the agency convention: the paragraph ends without a
 * closing mark and the next one opens again; the span then covers all of them.
 */
final class QuoteMarks {

    private QuoteMarks() {}

    /**
     * Text between a pair of marks.
     *
     * @param open offset of the opening mark
     * @param close offset of the closing mark
     * @param paragraphs how many paragraphs it spans
     */
    record Marked(int open, int close, int paragraphs) {

        int contentStart() {
            return open + 1;
        }

        int contentEnd() {
            return close;
        }
    }

    /**
     * Paragraphs as [start, end) offsets. Stories' plain text has one paragraph per line (blank lines between
     * them are allowed too).
     */
    static List<int[]> paragraphs(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int gap = text.indexOf('\n', start);
            int end = gap < 0 ? text.length() : gap;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                paragraphs.add(new int[] {s, e});
            }
            start = gap < 0 ? text.length() : gap + 1;
        }
        return paragraphs;
    }

    static List<Marked> find(String text, List<int[]> paragraphs) {
        List<Marked> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            int i = paragraphs.get(p)[0];
            int end = paragraphs.get(p)[1];
            while (i < end) {
                char c = text.charAt(i);
                char closer = closerOf(c);
                if (closer == 0) {
                    i++;
                    continue;
                }
                int close = matching(text, i, end, c, closer);
                int q = p;
                // Over several paragraphs: no closing mark here, and the next paragraph opens with the same mark.
                while (close < 0
                        && q + 1 < paragraphs.size()
                        && text.charAt(paragraphs.get(q + 1)[0]) == c) {
                    q++;
                    close = matching(text, paragraphs.get(q)[0], paragraphs.get(q)[1], c, closer);
                }
                if (close < 0) {
                    i++;
                    continue;
                }
                found.add(new Marked(i, close, q - p + 1));
                if (q > p) {
                    p = q;
                    end = paragraphs.get(p)[1];
                }
                i = close + 1;
            }
        }
        return found;
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '"' -> '"';
            default -> 0;
        };
    }

    /** The closing mark for the opener at {@code open}, within [open, end); -1 if there is none. */
    private static int matching(String text, int open, int end, char opener, char closer) {
        int depth = 0;
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == closer || (opener == '„' && c == '”')) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == opener && opener != '"' && opener != '„') {
                depth++;
            }
        }
        return -1;
    }
}
