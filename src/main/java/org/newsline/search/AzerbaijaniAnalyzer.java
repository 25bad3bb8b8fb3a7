package org.newsline.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;

/**
 * Azerbaijani text: Turkic case rules (İ→i, I→ı, as in Turkish), the most common function words dropped, and
 * light suffix stripping. The folded variant also maps ə, ı, ö, ü, ğ, ç, ş to plain Latin letters, for
 * readers who type without them.
 */
final class AzerbaijaniAnalyzer extends Analyzer {

    /** Function words that carry no meaning for search; written for this project. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            java.util.List.of(
                    "və", "ilə", "bu", "bir", "da", "də", "ki", "o", "üçün", "olan", "olub", "isə", "ya", "amma",
                    "lakin", "həm", "kimi", "daha", "çox", "artıq", "onun", "onlar", "biz", "siz", "mən", "sən", "hər",
                    "nə", "belə", "sonra", "qədər", "görə", "edib", "edir", "olunub", "olar", "ən"),
            false));

    private final boolean folded;

    AzerbaijaniAnalyzer(boolean folded) {
        this.folded = folded;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ApostropheFilter(source);
        stream = new TurkishLowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new AzerbaijaniSuffixFilter(stream);
        if (folded) {
            stream = new AzerbaijaniFoldingFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new TurkishLowerCaseFilter(in);
        return folded ? new AzerbaijaniFoldingFilter(stream) : stream;
    }
}
