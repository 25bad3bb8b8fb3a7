package org.newsline.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.newsline.platform.Language;

/**
 * The analysers of every field: one per language for the text fields, the folded Azerbaijani field, and the
 * names field, which keeps only capitalised words when indexing but every word when querying.
 */
final class Analyzers {

    /** Function words of all three languages, never taken for names. */
    private static final CharArraySet ALL_STOP_WORDS = allStopWords();

    private static final java.util.Locale AZERBAIJANI = java.util.Locale.forLanguageTag("az");

    private Analyzers() {}

    /** English: possessives, stop words, Porter stemming. */
    static Analyzer english() {
        return new EnglishAnalyzer();
    }

    static Analyzer of(Language language) {
        return switch (language) {
            case AZ -> new AzerbaijaniAnalyzer(false);
            case RU -> new RussianTextAnalyzer();
            case EN -> english();
        };
    }

    /** For writing documents. */
    static Analyzer forIndexing() {
        return perField(true);
    }

    /** For reading queries: the same, except that names are looked for in every word typed. */
    static Analyzer forQueries() {
        return perField(false);
    }

    static Analyzer names(boolean capitalisedOnly) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new NameKeyFilter(source, capitalisedOnly, ALL_STOP_WORDS);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Whether the word is a function word in any of the languages. */
    static boolean isStopWord(String word) {
        return ALL_STOP_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))
                || ALL_STOP_WORDS.contains(word.toLowerCase(AZERBAIJANI));
    }

    private static Analyzer perField(boolean indexing) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer analyzer = of(language);
            analyzers.put(Fields.headline(language), analyzer);
            analyzers.put(Fields.standfirst(language), analyzer);
            analyzers.put(Fields.body(language), analyzer);
            analyzers.put(Fields.meta(language), analyzer);
        }
        analyzers.put(Fields.FOLDED, new AzerbaijaniAnalyzer(true));
        analyzers.put(Fields.NAMES, names(indexing));
        return new PerFieldAnalyzerWrapper(english(), analyzers);
    }

    private static CharArraySet allStopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(RussianAnalyzer.getDefaultStopSet());
        set.addAll(AzerbaijaniAnalyzer.STOP_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }
}
