package org.newsline.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Reads what a reader typed. Words must all match (in any language's fields, the folded Azerbaijani field or
 * as names across scripts); {@code "quoted words"} match as a phrase; {@code -word} and {@code -"a phrase"}
 * exclude. Nothing else is an operator, and nothing typed is an error: stray quotes, brackets or symbols are
 * read as plain words or ignored.
 */
final class ReaderQueries {

    private static final Analyzer ANALYZER = Analyzers.forQueries();
    private static final int FLAGS =
            SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    private static final Pattern WORD = Pattern.compile("[^\\s\"]+");
    private static final Pattern QUOTES = Pattern.compile("(?=\")|(?<=\")");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private ReaderQueries() {}

    /** The query for the text; a text with only exclusions matches everything else. */
    static Query parse(String text) {
        SimpleQueryParser parser = new OncePerLanguage();
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(withoutStopWords(text));
        if (query instanceof BooleanQuery bool
                && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder =
                    new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    /**
     * Drops the unquoted words that are function words in any of the languages. Otherwise {@code the} would
     * have to match in the Azerbaijani and Russian fields, where it is not a stop word, and English stories
     * would be missed. Inside quotes each field's own analysis decides.
     */
    static String withoutStopWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (String part : QUOTES.split(text)) {
            if (part.equals("\"")) {
                quoted = !quoted;
                out.append(part);
            } else if (quoted) {
                out.append(part);
            } else {
                Matcher words = WORD.matcher(part);
                while (words.find()) {
                    String bare = NOT_LETTER_OR_DIGIT.matcher(words.group()).replaceAll("");
                    words.appendReplacement(out, Analyzers.isStopWord(bare) ? "" : "$0");
                }
                words.appendTail(out);
            }
        }
        return out.toString();
    }

    /**
     * The terms a hit may be marked for, as {@code kind:text} where kind is {@code s} (a language's stem),
     * {@code f} (folded Azerbaijani) or {@code n} (name key). Excluded words are left out.
     */
    static Set<String> markableTerms(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term term : found) {
                    String kind = Fields.kind(term.field());
                    if (kind != null) {
                        terms.add(kind + ":" + term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    /**
     * The parser with each word analysed once per language rather than once per field: a language's headline,
     * standfirst, body and meta fields share one analyser, so the query for the first of them is copied onto
     * the others. A word is otherwise analysed fourteen times, the largest cost of a search no one made before.
     * Queries of a shape it does not know how to copy are analysed again, as the stock parser does.
     */
    static class OncePerLanguage extends SimpleQueryParser {

        private static final Object NOTHING = new Object();

        private final Map<String, Object> analysed = new HashMap<>();

        OncePerLanguage() {
            super(ANALYZER, Fields.queryWeights(), FLAGS);
        }

        @Override
        protected Query createFieldQuery(
                Analyzer analyzer,
                BooleanClause.Occur operator,
                String field,
                String queryText,
                boolean quoted,
                int phraseSlop) {
            String language = Fields.languageOf(field);
            if (language == null) {
                return super.createFieldQuery(analyzer, operator, field, queryText, quoted, phraseSlop);
            }
            String key =
                    language + '\u0000' + operator + '\u0000' + quoted + '\u0000' + phraseSlop + '\u0000' + queryText;
            Object earlier = analysed.get(key);
            if (earlier == null) {
                Query query = super.createFieldQuery(analyzer, operator, field, queryText, quoted, phraseSlop);
                analysed.put(key, query == null ? NOTHING : query);
                return query;
            }
            if (earlier == NOTHING) {
                return null;
            }
            Query copied = onField((Query) earlier, field);
            return copied != null
                    ? copied
                    : super.createFieldQuery(analyzer, operator, field, queryText, quoted, phraseSlop);
        }

        /** The same query on another field; null for a kind of query this does not copy. */
        static Query onField(Query query, String field) {
            if (query instanceof TermQuery term) {
                return new TermQuery(new Term(field, term.getTerm().bytes()));
            }
            if (query instanceof PhraseQuery phrase) {
                PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(phrase.getSlop());
                Term[] terms = phrase.getTerms();
                int[] positions = phrase.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    copy.add(new Term(field, terms[i].bytes()), positions[i]);
                }
                return copy.build();
            }
            if (query instanceof BooleanQuery bool) {
                BooleanQuery.Builder copy =
                        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    Query inner = onField(clause.getQuery(), field);
                    if (inner == null) {
                        return null;
                    }
                    copy.add(inner, clause.getOccur());
                }
                return copy.build();
            }
            return null;
        }
    }
}
