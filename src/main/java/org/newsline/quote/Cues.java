package org.newsline.quote;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsline.platform.Language;
import org.newsline.quote.Words.Word;

/**
 * The words that signal speech in each language: reporting verbs, pronouns, titles, and the nouns that mark a
 * quoted name as a work or an organisation rather than a quote. Written by hand: no Russian or Azerbaijani
 * models exist for this, and agency copy uses a small, stable set of verbs.
 */
final class Cues {

    enum Gender {
        FEMALE,
        MALE,
        UNKNOWN;

        boolean compatible(Gender other) {
            return this == UNKNOWN || other == UNKNOWN || this == other;
        }
    }

    private static final Cues ENGLISH = new Cues(
            Language.EN,
            Pattern.compile(
                    "(said|says|told|tell|tells|added|adds|tweeted|wrote|writes|stated|noted|notes|stressed|"
                            + "explained|warned|argued|insisted|declared|announced|replied|urged|remarked|commented|posted|"
                            + "emphasised|emphasized|acknowledged|continued|observed|recalled|confirmed|underlined|"
                            + "maintained|agreed|described|called|predicted|suggested|concluded|cautioned|promised|pledged|vowed)"),
            Set.of("that"),
            List.of(
                    "minister",
                    "secretary",
                    "senator",
                    "ambassador",
                    "spokesperson",
                    "spokesman",
                    "spokeswoman",
                    "president",
                    "governor",
                    "mayor",
                    "director",
                    "chairman",
                    "chairwoman",
                    "chair",
                    "head",
                    "commissioner",
                    "deputy",
                    "official",
                    "envoy",
                    "representative",
                    "prime",
                    "chief",
                    "grandmaster",
                    "coach",
                    "novelist",
                    "writer",
                    "analyst",
                    "economist",
                    "professor",
                    "dr",
                    "general",
                    "speaker",
                    "lawmaker",
                    "congressman",
                    "congresswoman",
                    "organiser",
                    "organizer",
                    "manager",
                    "farmer",
                    "researcher",
                    "curator",
                    "engineer",
                    "champion",
                    "player",
                    "diplomat",
                    "mp",
                    "adviser",
                    "advisor",
                    "chancellor",
                    "premier",
                    "foreign",
                    "finance",
                    "economy",
                    "energy",
                    "education",
                    "trade",
                    "health",
                    "defence",
                    "defense",
                    "interior",
                    "culture",
                    "transport",
                    "ecology"),
            List.of(
                    "book",
                    "novel",
                    "film",
                    "movie",
                    "play",
                    "documentary",
                    "album",
                    "song",
                    "poem",
                    "series",
                    "opera",
                    "exhibition",
                    "festival",
                    "programme",
                    "program",
                    "project",
                    "operation",
                    "newspaper",
                    "magazine",
                    "show",
                    "painting",
                    "initiative",
                    "campaign",
                    "strategy",
                    "doctrine",
                    "report",
                    "titled",
                    "entitled",
                    "called",
                    "named",
                    "brand"),
            List.of(
                    "company",
                    "bank",
                    "group",
                    "party",
                    "movement",
                    "club",
                    "firm",
                    "agency",
                    "fund",
                    "corporation",
                    "station",
                    "channel",
                    "union",
                    "association",
                    "holding",
                    "producer",
                    "operator",
                    "giant"),
            List.of("so-called"),
            List.of("he", "she"),
            List.of("the", "a", "an", "its", "his", "her", "their", "our"),
            Set.of(
                    "but",
                    "and",
                    "however",
                    "meanwhile",
                    "also",
                    "then",
                    "yet",
                    "so",
                    "in",
                    "on",
                    "at",
                    "after",
                    "before",
                    "while",
                    "when",
                    "as",
                    "speaking",
                    "asked",
                    "addressing",
                    "earlier",
                    "later",
                    "there",
                    "this",
                    "that",
                    "these",
                    "those",
                    "it",
                    "we",
                    "they",
                    "i",
                    "you",
                    "our",
                    "if",
                    "for",
                    "with"));

    private static final Cues RUSSIAN = new Cues(
            Language.RU,
            Pattern.compile("((заяви|сказа|отмети|подчеркну|добави|сообщи|написа|поясни|указа|замети|напомни|"
                    + "призна|ответи|предупреди|призва|уточни|констатирова|выразил|назва|охарактеризова|"
                    + "заверил|пообеща|предложи|рассказа|резюмирова|объяви|возрази)(л|ла|ли)|говорит|считает|заявляет|отмечает|"
                    + "подчеркивает|подчёркивает|пишет|уверен|уверена|полагает)"),
            Set.of("что"),
            List.of(
                    "министр",
                    "госсекретар",
                    "сенатор",
                    "посол",
                    "представител",
                    "пресс-секретар",
                    "президент",
                    "губернатор",
                    "мэр",
                    "директор",
                    "председател",
                    "глава",
                    "главы",
                    "руководител",
                    "замминистр",
                    "заместител",
                    "еврокомиссар",
                    "комиссар",
                    "депутат",
                    "спикер",
                    "гроссмейстер",
                    "тренер",
                    "писател",
                    "аналитик",
                    "эксперт",
                    "профессор",
                    "чиновник",
                    "генсек",
                    "премьер",
                    "организатор",
                    "куратор",
                    "фермер",
                    "вице",
                    "дипломат",
                    "чемпион",
                    "советник",
                    "официальн",
                    "докто"),
            List.of(
                    "книг",
                    "роман",
                    "фильм",
                    "спектакл",
                    "пьес",
                    "альбом",
                    "песн",
                    "сборник",
                    "выставк",
                    "фестивал",
                    "программ",
                    "проект",
                    "операци",
                    "газет",
                    "журнал",
                    "передач",
                    "картин",
                    "стратеги",
                    "инициатив",
                    "концепци",
                    "доктрин",
                    "поэм",
                    "сериал",
                    "названием",
                    "доклад"),
            List.of(
                    "компани",
                    "банк",
                    "групп",
                    "парти",
                    "движени",
                    "клуб",
                    "фирм",
                    "агентств",
                    "фонд",
                    "корпораци",
                    "холдинг",
                    "концерн",
                    "телеканал",
                    "ассоциаци",
                    "союз",
                    "завод",
                    "общество",
                    "оао",
                    "зао",
                    "пао",
                    "ао",
                    "ооо",
                    "гк",
                    "производител",
                    "оператор",
                    "гигант"),
            List.of("так называем", "так назыв"),
            List.of("он", "она"),
            List.of(),
            Set.of(
                    "но",
                    "и",
                    "однако",
                    "а",
                    "также",
                    "при",
                    "в",
                    "на",
                    "после",
                    "по",
                    "выступая",
                    "отвечая",
                    "это",
                    "мы",
                    "они",
                    "я",
                    "вы",
                    "если",
                    "как",
                    "когда",
                    "тем",
                    "кроме",
                    "вместе",
                    "ранее",
                    "затем"));

    private static final Cues AZERBAIJANI = new Cues(
            Language.AZ,
            Pattern.compile("(bildirib|bildirdi|bildirir|deyib|dedi|deyir|söyləyib|söylədi|vurğulayıb|vurğuladı|"
                    + "vurğulayır|yazıb|yazdı|yazır|açıqlayıb|açıqladı|xatırladıb|xatırlatdı|paylaşıb|çatdırıb|"
                    + "hesab|qeyd|əlavə|bəyan|ifadə|adlandırıb|cavablandırıb|cavab|danışıb|xəbərdarlıq)"),
            Set.of("ki"),
            List.of(
                    "nazir",
                    "müavin",
                    "səfir",
                    "sözçü",
                    "prezident",
                    "senator",
                    "deputat",
                    "sədr",
                    "rəhbər",
                    "direktor",
                    "komissar",
                    "nümayəndə",
                    "qrossmeyster",
                    "məşqçi",
                    "yazıçı",
                    "analitik",
                    "ekspert",
                    "professor",
                    "həkim",
                    "mer",
                    "qubernator",
                    "katib",
                    "baş",
                    "diplomat",
                    "çempion",
                    "müşavir",
                    "rəsmi",
                    "dövlət",
                    "təşkilatçı",
                    "kurator",
                    "fermer",
                    "xarici",
                    "iqtisadiyyat",
                    "maliyyə",
                    "energetika",
                    "təhsil",
                    "ticarət",
                    "səhiyyə",
                    "mədəniyyət"),
            List.of(
                    "kitab",
                    "roman",
                    "film",
                    "tamaşa",
                    "albom",
                    "mahnı",
                    "festival",
                    "proqram",
                    "layihə",
                    "əməliyyat",
                    "qəzet",
                    "jurnal",
                    "sərgi",
                    "strategiya",
                    "konsepsiya",
                    "poema",
                    "serial",
                    "doktrina",
                    "təşəbbüs",
                    "adlı",
                    "hesabat"),
            List.of(
                    "şirkət",
                    "bank",
                    "qrup",
                    "partiya",
                    "hərəkat",
                    "klub",
                    "agentlik",
                    "fond",
                    "korporasiya",
                    "holding",
                    "asc",
                    "qsc",
                    "mmc",
                    "zavod",
                    "birlik",
                    "assosiasiya",
                    "istehsalçı",
                    "operator"),
            List.of("sözdə", "guya"),
            List.of("o"),
            List.of(),
            Set.of(
                    "amma",
                    "lakin",
                    "və",
                    "həmçinin",
                    "bununla",
                    "bu",
                    "biz",
                    "onlar",
                    "mən",
                    "siz",
                    "əgər",
                    "daha",
                    "sonra",
                    "əvvəl",
                    "jurnalistlərin",
                    "çıxış",
                    "onun"));

    /** Verbs that take the speaker after the reporting verb (Azerbaijani compound verbs) are joined here. */
    private static final Set<String> AZ_LIGHT_VERBS = Set.of("edib", "etdi", "edir", "edərək", "verib", "verdi");

    private final Language language;
    private final Pattern speechVerbs;
    private final Set<String> complementisers;
    private final List<String> titles;
    private final List<String> workNouns;
    private final List<String> organisationNouns;
    private final List<String> soCalled;
    private final List<String> pronouns;
    private final List<String> determiners;
    private final Set<String> connectives;

    private Cues(
            Language language,
            Pattern speechVerbs,
            Set<String> complementisers,
            List<String> titles,
            List<String> workNouns,
            List<String> organisationNouns,
            List<String> soCalled,
            List<String> pronouns,
            List<String> determiners,
            Set<String> connectives) {
        this.language = language;
        this.speechVerbs = speechVerbs;
        this.complementisers = complementisers;
        this.titles = titles;
        this.workNouns = workNouns;
        this.organisationNouns = organisationNouns;
        this.soCalled = soCalled;
        this.pronouns = pronouns;
        this.determiners = determiners;
        this.connectives = connectives;
    }

    static Cues of(Language language) {
        return switch (language) {
            case EN -> ENGLISH;
            case RU -> RUSSIAN;
            case AZ -> AZERBAIJANI;
        };
    }

    Language language() {
        return language;
    }

    /** A reporting verb ("said", "заявил", "bildirib"; in Azerbaijani "qeyd" of "qeyd edib"). */
    boolean isSpeechVerb(Word word) {
        return speechVerbs.matcher(lower(word)).matches();
    }

    /** The second half of an Azerbaijani compound verb ("edib" in "qeyd edib"), skipped when reading on. */
    boolean isLightVerb(Word word) {
        return language == Language.AZ && AZ_LIGHT_VERBS.contains(lower(word));
    }

    /** The verb's gender where the language marks it: Russian past tense "заявила" is feminine. */
    Gender verbGender(Word word) {
        if (language != Language.RU) {
            return Gender.UNKNOWN;
        }
        String w = lower(word);
        if (w.endsWith("ла")) {
            return Gender.FEMALE;
        }
        return w.endsWith("л") ? Gender.MALE : Gender.UNKNOWN;
    }

    /** "that", "что", "ki": starts the reported clause of an indirect quote. */
    boolean isComplementiser(Word word) {
        return complementisers.contains(lower(word));
    }

    boolean isTitle(Word word) {
        return startsWithAny(lower(word), titles);
    }

    boolean isWorkNoun(Word word) {
        return startsWithAny(lower(word), workNouns);
    }

    boolean isOrganisationNoun(Word word) {
        String w = lower(word);
        return w.length() <= 3 ? organisationNouns.contains(w) : startsWithAny(w, organisationNouns);
    }

    /** Whether the text just before a quotation mark says "so-called". */
    boolean isSoCalled(String before) {
        String b = before.toLowerCase(language.locale()).strip();
        String tail = b.substring(Math.max(0, b.length() - 20));
        return soCalled.stream().anyMatch(tail::contains);
    }

    /** The gender of a personal pronoun, or empty if the word is none. */
    java.util.Optional<Gender> pronoun(Word word) {
        int i = pronouns.indexOf(lower(word));
        if (i < 0) {
            return java.util.Optional.empty();
        }
        if (language == Language.AZ) {
            return java.util.Optional.of(Gender.UNKNOWN);
        }
        return java.util.Optional.of(i == 0 ? Gender.MALE : Gender.FEMALE);
    }

    /** Capitalised at the start of a sentence, but never a name: "However", "Однако", "Amma". */
    boolean isConnective(Word word) {
        return connectives.contains(lower(word));
    }

    boolean isDeterminer(Word word) {
        return determiners.contains(lower(word));
    }

    /** Title words compare by their first letters, so that "министра" is "министр" and "naziri" is "nazir". */
    static boolean sameTitle(String a, String b) {
        int n = Math.min(5, Math.min(a.length(), b.length()));
        return n >= 2 && a.regionMatches(true, 0, b, 0, n);
    }

    private String lower(Word word) {
        return word.text().toLowerCase(language.locale());
    }

    /** Russian and Azerbaijani words are inflected, so they match by prefix; English words match whole. */
    private boolean startsWithAny(String word, List<String> prefixes) {
        if (language == Language.EN) {
            return prefixes.contains(word)
                    || (word.endsWith("s") && prefixes.contains(word.substring(0, word.length() - 1)));
        }
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
