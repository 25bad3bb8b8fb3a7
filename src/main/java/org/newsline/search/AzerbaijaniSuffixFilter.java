package org.newsline.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light stemmer for lower-cased Azerbaijani: strips up to three case, plural, possessive and copula
 * endings, so that {@code Bakıda}, {@code Bakının}, {@code Bakıya} and {@code Bakı} share one stem. It never
 * leaves fewer than three letters. It over-stems on purpose ({@code Bakı} becomes {@code bak}): what matters
 * is that every form of a word reaches the same stem, at index and at query time alike.
 */
final class AzerbaijaniSuffixFilter extends TokenFilter {

    /** Longest first, so that {@code -dan} wins over {@code -an}'s shorter neighbours. */
    private static final List<String> SUFFIXES = List.of(
            "lar", "lər", "dan", "dən", "tan", "tən", "nın", "nin", "nun", "nün", "dır", "dir", "dur", "dür", "da",
            "də", "ta", "tə", "ya", "yə", "na", "nə", "ın", "in", "un", "ün", "nı", "ni", "nu", "nü", "sı", "si", "su",
            "sü", "ı", "i", "u", "ü", "a", "ə");

    private static final int MIN_STEM = 3;
    private static final int ROUNDS = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    AzerbaijaniSuffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stem = stem(term.toString());
            term.setEmpty().append(stem);
        }
        return true;
    }

    static String stem(String word) {
        String current = word;
        for (int round = 0; round < ROUNDS; round++) {
            String stripped = stripOnce(current);
            if (stripped == null) {
                break;
            }
            current = stripped;
        }
        return current;
    }

    private static String stripOnce(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return null;
    }
}
