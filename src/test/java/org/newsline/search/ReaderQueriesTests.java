package org.newsline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsline.platform.Language;

/** Analysing a word once per language gives exactly the query that analysing it once per field gives. */
class ReaderQueriesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "budget minister",
                "Azerbaijan's budget grows",
                "выборами Королёв отчёт",
                "İlham Əliyev Şuşa Gəncə",
                "\"oil price\" -gas",
                "-\"peace talks\" summit",
                "the of and",
                "Baku \"\" ( ) * +",
                "e-mail COVID-19 3.5% 2026",
                "Мамедов Mammadov Məmmədov",
                "\"выборы в парламент\" -\"İqlim\""
            })
    void copiesEachLanguagesQueryOntoItsOtherFields(String typed) {
        SimpleQueryParser stock = new SimpleQueryParser(
                Analyzers.forQueries(),
                Fields.queryWeights(),
                SimpleQueryParser.PHRASE_OPERATOR
                        | SimpleQueryParser.NOT_OPERATOR
                        | SimpleQueryParser.WHITESPACE_OPERATOR);
        stock.setDefaultOperator(BooleanClause.Occur.MUST);
        String text = ReaderQueries.withoutStopWords(typed);
        Query expected = stock.parse(text);

        ReaderQueries.OncePerLanguage once = new ReaderQueries.OncePerLanguage();
        once.setDefaultOperator(BooleanClause.Occur.MUST);

        assertThat(once.parse(text)).isEqualTo(expected);
    }

    @Test
    void analysesAWordOncePerLanguageAndOnceForFoldedAndNames() {
        int[] analysed = {0};
        ReaderQueries.OncePerLanguage counting = new ReaderQueries.OncePerLanguage() {
            @Override
            protected Query createFieldQuery(
                    TokenStream source, BooleanClause.Occur operator, String field, boolean quoted, int slop) {
                analysed[0]++;
                return super.createFieldQuery(source, operator, field, quoted, slop);
            }
        };
        counting.setDefaultOperator(BooleanClause.Occur.MUST);

        Query query = counting.parse("budget minister");

        assertThat(analysed[0]).isEqualTo(2 * (Language.values().length + 2));
        assertThat(query.toString()).contains("body.az:", "headline.ru:", "meta.en:", "folded:", "names:");
    }
}
