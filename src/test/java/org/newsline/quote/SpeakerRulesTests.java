package org.newsline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.platform.Language;

/** The speaker rules learned from the gold set, each on a story of its own (not taken from the gold set). */
class SpeakerRulesTests {

    private final QuoteExtractor extractor = new QuoteExtractor(new Directory(TestEntities.all()));

    private List<Quote> quotes(Language language, String text) {
        Extraction extraction = extractor.extract(language, text);
        QuoteInvariants.check(extraction);
        return extraction.quotes();
    }

    @Test
    void anInstitutionIsNobodysVoice() {
        List<Quote> found =
                quotes(Language.EN, "The Ministry of Transport said on Friday that the new bridge would open in May.");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("indirect");
            assertThat(q.text()).isEqualTo("the new bridge would open in May");
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void anAddresseeAfterTheVerbGivesWayToTheSpeakerBeforeIt() {
        List<Quote> found = quotes(
                Language.RU,
                "Сенатор Томас Келлер сообщил Совету Безопасности в среду, что проект будет готов к осени.");
        assertThat(found).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Томас Келлер"));
    }

    @Test
    void aPlaceAfterTheNameIsNoPartOfIt() {
        List<Quote> found =
                quotes(Language.AZ, "\"Biz hazırıq və gözləyirik\", - deyə Bağırlı Gəncədə jurnalistlərə bildirib.");
        assertThat(found).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Elnur Bağırlı"));
    }

    @Test
    void aNameInAnAsideBeforeTheVerbSpeaks() {
        List<Quote> found = quotes(Language.EN, """
                The head of the farmers' union, Orkhan Salimov, said that grain prices would fall this autumn.

                Karen Holm, an economist at a Danish bank, said the forecast looked “a little too hopeful”.""");
        assertThat(found).extracting(Quote::speaker).containsExactly("Orkhan Salimov", "Karen Holm");
    }

    @Test
    void aShortDescriptionBeforeTheNameAfterTheVerbIsSkipped() {
        List<Quote> found = quotes(Language.EN, "“We waited all night for the ferry,” said driver Anar Guliyev, 37.");
        assertThat(found).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Anar Guliyev"));
    }

    @Test
    void aPronounFindsAPersonNamedOutsideQuotes() {
        List<Quote> found = quotes(Language.EN, """
                Senator Thomas Keller, the bill's author, defended it on Tuesday.

                “Every clause was read twice in committee,” he said.""");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Thomas Keller");
            assertThat(q.rule()).isEqualTo("pronoun");
            assertThat(q.isPublic()).isTrue();
        });
    }

    @Test
    void aPronounWithTwoFittingPeopleInItsParagraphIsNotPublishedUnconfirmed() {
        List<Quote> found = quotes(Language.EN, """
                Thomas Keller met Rauf Mammadli in Washington. “We agreed on the next steps,” he said.""");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Rauf Mammadli");
            assertThat(q.isPublic()).isFalse();
        });
    }

    @Test
    void aQuoteAfterAColonBelongsToTheSentencesSubject() {
        List<Quote> found =
                quotes(Language.RU, "Посол Норвегии Ингрид Саннес поддержала доклад: «Мы согласны с каждым выводом».");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Ингрид Саннес");
            assertThat(q.rule()).isEqualTo("colon-subject");
        });
    }

    @Test
    void russianPossessivePronounGivesTheLastSpeaker() {
        List<Quote> found = quotes(Language.RU, """
                «Мы готовы к переговорам», — сказала Валиева.

                По ее словам, первая встреча пройдет в Брюсселе.""");
        assertThat(found).extracting(Quote::kind).containsExactly("direct", "indirect");
        assertThat(found.get(1).speaker()).isEqualTo("Наргиз Валиева");
    }

    @Test
    void azerbaijaniSubjectPronounOpensTheClause() {
        List<Quote> found = quotes(Language.AZ, """
                "Danışıqlar çətin keçdi", - deyə Nəsibli bildirib.

                O, görüşü "çox faydalı və açıq" adlandırıb.""");
        assertThat(found).extracting(Quote::speaker).containsExactly("Elşad Nəsibli", "Elşad Nəsibli");
    }
}
