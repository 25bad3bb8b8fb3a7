package org.newsline.search;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each word by its {@link NameKeys name key}. At index time only capitalised words are kept (names
 * of people, places, organisations, and some sentence starts); at query time every word is, since readers
 * type names in lower case. Dropped words leave a gap, so that phrases still line up.
 */
final class NameKeyFilter extends FilteringTokenFilter {

    private static final int MIN_KEY = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean capitalisedOnly;
    private final CharArraySet stopWords;

    NameKeyFilter(TokenStream input, boolean capitalisedOnly, CharArraySet stopWords) {
        super(input);
        this.capitalisedOnly = capitalisedOnly;
        this.stopWords = stopWords;
    }

    @Override
    protected boolean accept() {
        if (term.length() == 0 || (capitalisedOnly && !Character.isUpperCase(term.charAt(0)))) {
            return false;
        }
        String word = term.toString();
        if (stopWords.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String key = NameKeys.of(word);
        if (key.length() < MIN_KEY) {
            return false;
        }
        term.setEmpty().append(key);
        return true;
    }
}
