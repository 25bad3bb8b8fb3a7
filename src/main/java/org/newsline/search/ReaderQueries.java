package org.newsline.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

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

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\s\"]+");

    private ReaderQueries() {}

    /** The query for the text; a text with only exclusions matches everything else. */
    static Query parse(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, Fields.queryWeights(), FLAGS);
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
        for (String part : text.split("(?=\")|(?<=\")")) {
            if (part.equals("\"")) {
                quoted = !quoted;
                out.append(part);
            } else if (quoted) {
                out.append(part);
            } else {
                java.util.regex.Matcher words = WORD.matcher(part);
                while (words.find()) {
                    String bare = words.group().replaceAll("[^\\p{L}\\p{N}]", "");
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
}
