package org.newsline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.WeightedTerm;
import org.newsline.platform.Language;

/**
 * Marks the words a query matched, with Lucene's highlighter. The text is analysed the three ways the index
 * analysed it (the language's stems, folded Azerbaijani, name keys), stacked at the same offsets, so a word
 * found through any of them is marked: {@code Алиев} marks {@code Aliyev}. All text is HTML-escaped first;
 * the only markup in the result is {@code <mark>}.
 */
final class Snippets {

    private static final int FRAGMENT_CHARS = 220;

    /**
     * Passages are looked for in the beginning of a story only: analysing a long text three ways for every hit
     * was most of a search's time, and a reader judges a hit by its first paragraphs.
     */
    static final int SCANNED_CHARS = 6_000;

    /**
     * Passages are looked for in this much first, and further on (up to {@link #SCANNED_CHARS}) only when it
     * has none: most hits match in their first paragraphs, and analysing 6,000 characters three ways for each of
     * ten hits was a fifth of an uncached search.
     */
    static final int FIRST_CHARS = 1_500;

    private static final Analyzer[] STEMS = {
        Analyzers.of(Language.AZ), Analyzers.of(Language.RU), Analyzers.of(Language.EN)
    };
    private static final Analyzer FOLDED = new AzerbaijaniAnalyzer(true);
    private static final Analyzer NAMES = Analyzers.names(true);

    private final WeightedTerm[] terms;

    Snippets(Set<String> markableTerms) {
        this.terms = markableTerms.stream().map(t -> new WeightedTerm(1f, t)).toArray(WeightedTerm[]::new);
    }

    /** The whole headline, escaped, with matched words marked. */
    String headline(String headline, Language language) {
        if (terms.length == 0) {
            return escape(headline);
        }
        Highlighter highlighter = highlighter();
        highlighter.setTextFragmenter(new NullFragmenter());
        String marked = best(highlighter, headline, language, 1);
        return marked == null ? escape(headline) : marked;
    }

    /** Up to two passages around matched words, or the text's beginning when nothing in it matched. */
    String passage(String whole, Language language) {
        String text = upTo(whole, SCANNED_CHARS);
        if (terms.length > 0) {
            String first = upTo(text, FIRST_CHARS);
            String marked = marked(first, language);
            if (marked == null && first.length() < text.length()) {
                marked = marked(text, language);
            }
            if (marked != null) {
                return marked;
            }
        }
        return escape(beginning(text));
    }

    private String marked(String text, Language language) {
        Highlighter highlighter = highlighter();
        highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        return best(highlighter, text, language, 2);
    }

    /** The text cut at a space before {@code chars}, or whole when shorter. */
    private static String upTo(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', chars);
        return text.substring(0, cut > 0 ? cut : chars);
    }

    private Highlighter highlighter() {
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Snippets::escapeEncoder, scorer());
    }

    private QueryTermScorer scorer() {
        return new QueryTermScorer(terms);
    }

    private String best(Highlighter highlighter, String text, Language language, int fragments) {
        try {
            String[] found = highlighter.getBestFragments(stacked(text, language), text, fragments);
            return found.length == 0 ? null : String.join(" … ", found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private static String beginning(String text) {
        if (text.length() <= FRAGMENT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FRAGMENT_CHARS);
        return text.substring(0, cut > 0 ? cut : FRAGMENT_CHARS) + " …";
    }

    /** Every analysis of the text, as one stream of tokens ordered by offset, prefixed by their kind. */
    private static TokenStream stacked(String text, Language language) throws IOException {
        List<Token> tokens = new ArrayList<>();
        collect(STEMS[language.ordinal()], "s:", text, tokens);
        if (language == Language.AZ) {
            collect(FOLDED, "f:", text, tokens);
        }
        collect(NAMES, "n:", text, tokens);
        tokens.sort(Comparator.comparingInt(Token::start).thenComparingInt(Token::end));
        return new ListTokenStream(tokens);
    }

    private static void collect(Analyzer analyzer, String prefix, String text, List<Token> into) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(new Token(prefix + term, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
    }

    /** Escapes the five characters that matter in HTML text and attributes; everything else stays readable. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeEncoder(String text) {
        return escape(text);
    }

    private record Token(String term, int start, int end) {}

    /** Replays collected tokens; tokens starting where the previous one did are stacked on it. */
    private static final class ListTokenStream extends TokenStream {
        private final List<Token> tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        ListTokenStream(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) {
                return false;
            }
            clearAttributes();
            Token token = tokens.get(next);
            boolean stacked = next > 0 && tokens.get(next - 1).start() == token.start();
            term.setEmpty().append(token.term());
            offset.setOffset(token.start(), token.end());
            increment.setPositionIncrement(stacked ? 0 : 1);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
