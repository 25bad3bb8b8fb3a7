package org.newsline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsline.platform.Language;

/** Each analysis rule, shown with a real query against real indexed text. */
class AnalysisTests {

    private final MemoryIndex index = new MemoryIndex();

    @Test
    void englishFindsOtherFormsOfAWord() {
        long story = index.add(Language.EN, "Parliament elections called", "The ministers were meeting in Baku.");
        index.add(Language.EN, "Weather", "Sunny.");

        assertThat(index.search("election")).containsExactly(story);
        assertThat(index.search("minister meets")).containsExactly(story);
    }

    @Test
    void englishPossessiveMatchesTheBareWord() {
        long story = index.add(Language.EN, "Azerbaijan's budget grows", "Spending rises.");

        assertThat(index.search("azerbaijan budget")).containsExactly(story);
    }

    @Test
    void russianStemsAndReadsYoAsYe() {
        long story = index.add(Language.RU, "Выборы в парламент", "Королёв заявил о выборах в этом году.");

        assertThat(index.search("выборами")).containsExactly(story);
        assertThat(index.search("Королев")).containsExactly(story);
        long plain = index.add(Language.RU, "Ежегодный отчет", "Артем Семенов выступил с отчетом.");
        assertThat(index.search("Артём отчёт")).containsExactly(plain);
    }

    @Test
    void azerbaijaniUsesTurkicCaseRules() {
        long story = index.add(Language.AZ, "İQTİSADİYYAT NAZİRLİYİ", "İlham Əliyev İqtisadiyyat nazirliyində olub.");
        long other = index.add(Language.AZ, "Idman", "Komanda qalib gəldi.");

        assertThat(index.search("iqtisadiyyat")).containsExactly(story);
        assertThat(index.search("İQTİSADİYYAT")).containsExactly(story);
        assertThat(index.search("idman")).containsExactly(other);
    }

    @Test
    void azerbaijaniSuffixesAreStrippedLightly() {
        long story = index.add(Language.AZ, "Bakı", "Paytaxt Bakı bu gün bayram edir.");
        long seckiler = index.add(Language.AZ, "Seçkilər keçirildi", "Parlament seçkiləri.");

        assertThat(index.search("Bakıda")).containsExactly(story);
        assertThat(index.search("Bakının")).containsExactly(story);
        assertThat(index.search("seçki")).containsExactly(seckiler);
    }

    @Test
    void azerbaijaniFoldedLettersFindTheRealOnes() {
        long story = index.add(Language.AZ, "Əliyev Gəncəyə səfər edib", "Şəhərdə görüş keçirilib.");

        assertThat(index.search("Eliyev")).containsExactly(story);
        assertThat(index.search("Gence")).containsExactly(story);
        assertThat(index.search("seherde gorus")).containsExactly(story);
    }

    @Test
    void namesAreFoundAcrossScripts() {
        long az = index.add(Language.AZ, "Prezident Əliyev çıxış edib", "Mətn.");
        long en = index.add(Language.EN, "President Aliyev speaks", "Text.");
        long ru = index.add(Language.RU, "Госсекретарь Блинкен прибыл", "Текст.");
        long karabakh = index.add(Language.EN, "Karabakh roads reopen", "Text.");
        index.add(Language.EN, "Unrelated story", "Nothing here.");

        assertThat(index.search("Алиев")).containsExactlyInAnyOrder(az, en);
        assertThat(index.search("Blinken")).containsExactly(ru);
        assertThat(index.search("Qarabağ")).containsExactly(karabakh);
    }

    @Test
    void quotesMatchAPhraseAndMinusExcludes() {
        long phrase = index.add(Language.EN, "Oil price falls", "The oil price fell today.");
        long apart = index.add(Language.EN, "Price of gold and oil", "Gold price and oil output.");

        assertThat(index.search("\"oil price\"")).containsExactly(phrase);
        assertThat(index.search("oil price")).containsExactlyInAnyOrder(phrase, apart);
        assertThat(index.search("oil -gold")).containsExactly(phrase);
        assertThat(index.search("oil -\"gold price\"")).containsExactly(phrase);
        assertThat(index.search("-gold")).contains(phrase).doesNotContain(apart);
    }

    @Test
    void aStopWordOfAnyLanguageDoesNotHideStoriesOfAnother() {
        long story = index.add(Language.EN, "The oil price and the budget", "Text.");

        assertThat(index.search("the oil price")).containsExactly(story);
        assertThat(index.search("oil и price və budget")).containsExactly(story);
    }

    @Test
    void malformedQueriesAreReadAsPlainWords() {
        long story = index.add(Language.EN, "Budget debate", "Long budget debate in parliament.");

        assertThat(index.search("\"budget debate")).containsExactly(story);
        assertThat(index.search("budget (debate")).containsExactly(story);
        assertThat(index.search("budget AND OR NOT ~ * ? : \\ [ { ^")).containsExactly(story);
        assertThat(index.search("\"")).isEmpty();
        assertThat(index.search("-")).isEmpty();
    }

    @Test
    void nameKeysOfOneNameAgreeAcrossScripts() {
        assertThat(NameKeys.of("Алиев")).isEqualTo(NameKeys.of("Aliyev")).isEqualTo(NameKeys.of("Əliyev"));
        assertThat(NameKeys.of("Блинкен")).isEqualTo(NameKeys.of("Blinken"));
        assertThat(NameKeys.of("Мамедов")).isEqualTo(NameKeys.of("Məmmədov")).isEqualTo(NameKeys.of("Mammadov"));
        assertThat(NameKeys.of("Карабах")).isEqualTo(NameKeys.of("Karabakh")).isEqualTo(NameKeys.of("Qarabağ"));
        assertThat(NameKeys.of("Aliyev")).isNotEqualTo(NameKeys.of("Blinken"));
    }
}
