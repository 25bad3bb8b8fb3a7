package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words with their offsets: runs of letters and digits, joined by inner hyphens or apostrophes. */
final class Words {

    private Words() {}

    /**
     * One word of a text.
     *
     * @param start offset of the first character
     * @param end offset after the last character
     * @param text the word as written
     */
    record Word(int start, int end, String text) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to
                    && (Character.isLetterOrDigit(text.charAt(i))
                            || (isJoiner(text.charAt(i))
                                    && i + 1 < to
                                    && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            words.add(new Word(start, i, text.substring(start, i)));
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }
}
