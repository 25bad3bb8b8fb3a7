package org.newsline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.platform.Language;

class QuoteExtractorTests {

    private final QuoteExtractor extractor = new QuoteExtractor(new Directory(TestEntities.all()));

    private List<Quote> quotes(Language language, String text) {
        Extraction extraction = extractor.extract(language, text);
        QuoteInvariants.check(extraction);
        return extraction.quotes();
    }

    private Quote only(Language language, String text) {
        List<Quote> found = quotes(language, text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void englishCurlyQuoteWithTitleAfterIntroductionIsDirectAndResolvedToTheMinister() {
        List<Quote> found = quotes(Language.EN, """
                Foreign Minister Rauf Mammadli said on Tuesday that Baku was ready to host the conference.

                “Our region can become a reliable bridge between markets,” the minister said.""");
        assertThat(found).extracting(Quote::kind).containsExactly("indirect", "direct");
        assertThat(found.get(0).text()).isEqualTo("Baku was ready to host the conference");
        assertThat(found.get(1).text()).isEqualTo("Our region can become a reliable bridge between markets,");
        assertThat(found.get(1).speaker()).isEqualTo("Rauf Mammadli");
        assertThat(found.get(1).rule()).isEqualTo("title");
        assertThat(found.get(1).entity().slug()).isEqualTo("rauf-mammadli");
    }

    @Test
    void englishStraightQuotesWithInvertedCue() {
        Quote quote = only(Language.EN, "\"We will keep pushing for this bill,\" said Senator Helen Crawford.");
        assertThat(quote.kind()).isEqualTo("direct");
        assertThat(quote.speaker()).isEqualTo("Helen Crawford");
        assertThat(quote.cue()).isEqualTo("said");
        assertThat(quote.rule()).isEqualTo("cue-name");
        assertThat(quote.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneSpan() {
        String text = """
                Crawford said: “The grid is old and rural families pay for it.

                “We cannot wait another decade for this to change.”""";
        Quote quote = only(Language.EN, text);
        assertThat(quote.kind()).isEqualTo("direct");
        assertThat(quote.text())
                .startsWith("The grid is old")
                .endsWith("change.")
                .contains("\n\n“We cannot");
        assertThat(quote.speaker()).isEqualTo("Helen Crawford");
    }

    @Test
    void partialQuoteInsideAReportedSentence() {
        Quote quote = only(Language.EN, "Mammadli said the proposal had received “a generally positive response”.");
        assertThat(quote.kind()).isEqualTo("partial");
        assertThat(quote.text()).isEqualTo("a generally positive response");
        assertThat(quote.speaker()).isEqualTo("Rauf Mammadli");
    }

    @Test
    void pronounsGoToTheLastSpeakerOfTheSameGender() {
        List<Quote> found = quotes(Language.EN, """
                “The vote could come in spring,” Senator Helen Crawford said.

                “We are not there yet,” Senator Thomas Keller said. She added that talks would continue next week.""");
        assertThat(found)
                .extracting(Quote::speaker)
                .containsExactly("Helen Crawford", "Thomas Keller", "Helen Crawford");
        assertThat(found.get(2).rule()).isEqualTo("pronoun");
        assertThat(found.get(2).kind()).isEqualTo("indirect");
    }

    @Test
    void aQuoteOnlyParagraphContinuesThePreviousSpeaker() {
        List<Quote> found = quotes(Language.EN, """
                “Every month of delay costs rural families money,” Crawford said.

                “We owe them a vote before the summer recess.”""");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo("Helen Crawford");
        assertThat(found.get(1).rule()).isEqualTo("continuation");
    }

    @Test
    void aQuoteWithNoCueAndNoPreviousSpeakerKeepsNoSpeaker() {
        Quote quote = only(Language.EN, "“Nobody here expected the market to fall so fast this year.”");
        assertThat(quote.speaker()).isNull();
        assertThat(quote.rule()).isEqualTo("none");
        assertThat(quote.isPublic()).isFalse();
    }

    @Test
    void englishAccordingToIsIndirect() {
        List<Quote> found = quotes(Language.EN, """
                “We are ready,” Mammadli said.

                According to the minister, expert consultations could begin as early as next month.""");
        assertThat(found.get(1).kind()).isEqualTo("indirect");
        assertThat(found.get(1).text()).isEqualTo("expert consultations could begin as early as next month");
        assertThat(found.get(1).speaker()).isEqualTo("Rauf Mammadli");
        assertThat(found.get(1).isPublic()).isFalse();
    }

    @Test
    void scareQuotesTitlesOfWorksAndNamesAreNotQuotes() {
        assertThat(quotes(Language.EN, "The so-called “peace dividend” never came to the region at all."))
                .isEmpty();
        assertThat(quotes(Language.EN, "Her novel “Silent gardens of the south” sold well, the publisher said."))
                .isEmpty();
        assertThat(quotes(Language.EN, "The talks were “productive”, and prices rose."))
                .isEmpty();
        assertThat(quotes(Language.EN, "Players at the “Caspian Open” arrived on Monday."))
                .isEmpty();
        assertThat(quotes(Language.RU, "«Газпром» увеличил поставки, а роман «Тихие сады» вышел в мае."))
                .isEmpty();
        assertThat(quotes(Language.RU, "Компания «Северный ветер и партнеры» открыла офис."))
                .isEmpty();
        assertThat(quotes(
                        Language.AZ,
                        "«Azərenerji» ASC yeni stansiya tikir, \"Səssiz bağlar\" romanı isə çapdan çıxıb."))
                .isEmpty();
    }

    @Test
    void russianGuillemetsWithDashAndCueAfterTheQuote() {
        Quote quote = only(
                Language.RU,
                "«Мы готовы к диалогу со всеми соседями», — заявил министр иностранных дел Азербайджана Рауф Маммадли.");
        assertThat(quote.kind()).isEqualTo("direct");
        assertThat(quote.text()).isEqualTo("Мы готовы к диалогу со всеми соседями");
        assertThat(quote.speaker()).isEqualTo("Рауф Маммадли");
        assertThat(quote.cue()).isEqualTo("заявил");
    }

    @Test
    void russianLowAndHighQuotesFeminineVerbAndIndirectForms() {
        List<Quote> found = quotes(Language.RU, """
                „Это важный шаг для всего региона“, — сказала Наргиз Валиева. Она добавила, что решение примут в мае.

                По словам Маммадли, консультации начнутся в следующем месяце.

                Министр также заявил, что Баку готов принять конференцию.""");
        assertThat(found).extracting(Quote::kind).containsExactly("direct", "indirect", "indirect", "indirect");
        assertThat(found)
                .extracting(Quote::speaker)
                .containsExactly("Наргиз Валиева", "Наргиз Валиева", "Рауф Маммадли", "Рауф Маммадли");
        assertThat(found).extracting(Quote::rule).containsExactly("cue-name", "pronoun", "cue-name", "title");
        assertThat(found.get(2).text()).isEqualTo("консультации начнутся в следующем месяце");
    }

    @Test
    void russianPartialQuoteAndInflectedNameResolveInTheRegistry() {
        Quote quote = only(Language.RU, "Кроуфорд назвала переговоры «в целом конструктивными и полезными».");
        assertThat(quote.kind()).isEqualTo("partial");
        assertThat(quote.entity().slug()).isEqualTo("helen-crawford");
        assertThat(quote.speaker()).isEqualTo("Хелен Кроуфорд");
    }

    @Test
    void azerbaijaniDeyaCueTitlesPronounAndIndirectForms() {
        List<Quote> found = quotes(Language.AZ, """
                "Regionumuzun Avropa ilə Asiya arasında körpü olmaq imkanı var", - deyə xarici işlər naziri Rauf Məmmədli bildirib.

                Məmmədli bildirib ki, konfrans gələn il Bakıda keçiriləcək.

                Nazirin sözlərinə görə, məsləhətləşmələr gələn ay başlaya bilər.

                O qeyd edib ki, bütün maraqlı tərəflərə dəvət göndəriləcək.""");
        assertThat(found).extracting(Quote::kind).containsExactly("direct", "indirect", "indirect", "indirect");
        assertThat(found).extracting(Quote::speaker).containsOnly("Rauf Məmmədli");
        assertThat(found).extracting(Quote::rule).containsExactly("cue-name", "cue-name", "title", "pronoun");
        assertThat(found.get(1).text()).isEqualTo("konfrans gələn il Bakıda keçiriləcək");
    }

    @Test
    void azerbaijaniGuillemetsAndColonIntroduction() {
        Quote quote =
                only(Language.AZ, "Senator Krouford jurnalistlərə bildirib: «Biz bu qanunu yazda qəbul edəcəyik».");
        assertThat(quote.kind()).isEqualTo("direct");
        assertThat(quote.entity().slug()).isEqualTo("helen-crawford");
    }

    @Test
    void mentionsResolveAcrossScriptsAndCaseEndings() {
        Extraction extraction =
                extractor.extract(Language.AZ, "Məmmədlinin Cenevrədəki görüşündən sonra Krouford Bakıya gəlib.");
        assertThat(extraction.mentions())
                .extracting(m -> m.entity().slug())
                .containsExactly("rauf-mammadli", "geneva", "helen-crawford", "baku");
        Extraction russian = extractor.extract(Language.RU, "В Женеве министр встретился с Рауфом Маммадли.");
        assertThat(russian.mentions()).extracting(m -> m.entity().slug()).containsExactly("geneva", "rauf-mammadli");
    }
}
