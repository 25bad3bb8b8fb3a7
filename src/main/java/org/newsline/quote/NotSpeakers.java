package org.newsline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsline.platform.Language;
import org.newsline.quote.Words.Word;

/**
 * Words showing that the phrase next to a reporting verb names no person. Speakers are people: "the Ministry of
 * Foreign Affairs said", "сообщил Совету Безопасности" and "Critics called it" name an institution, an addressee
 * or a group, and their quotes get no speaker rather than a wrong one.
 */
final class NotSpeakers {

    /** Heads of institution names; Russian and Azerbaijani words match by prefix, as inflected. */
    private static final List<String> INSTITUTIONS_EN = List.of(
            "ministry",
            "committee",
            "council",
            "commission",
            "fund",
            "bank",
            "office",
            "department",
            "service",
            "agency",
            "government",
            "parliament",
            "court",
            "police",
            "embassy",
            "authority",
            "bureau",
            "centre",
            "center",
            "programme",
            "organization",
            "organisation",
            "administration",
            "cabinet",
            "majlis",
            "assembly",
            "senate",
            "union",
            "affairs",
            "relations",
            "security",
            "nations");

    private static final List<String> INSTITUTIONS_RU = List.of(
            "министерств",
            "комитет",
            "совет",
            "комисси",
            "фонд",
            "банк",
            "ведомств",
            "правительств",
            "парламент",
            "суд",
            "полици",
            "посольств",
            "управлени",
            "служб",
            "администраци",
            "мид",
            "центробанк",
            "меджлис",
            "сенат",
            "аппарат",
            "минздрав",
            "минфин",
            "еврокомисси",
            "оон",
            "безопасност",
            "наций");
    private static final List<String> INSTITUTIONS_AZ = List.of(
            "nazirliy",
            "nazirli",
            "komitə",
            "şura",
            "komissiya",
            "fond",
            "bank",
            "hökumət",
            "parlament",
            "məhkəmə",
            "polis",
            "səfirlik",
            "idarə",
            "xidmət",
            "agentlik",
            "administrasiya",
            "aparat",
            "xin",
            "məclis",
            "senat",
            "bmt",
            "mərkəz",
            "təhlükəsizlik");

    /** Groups and indefinite subjects, capitalised only because a sentence starts with them. */
    private static final Set<String> GROUPS = Set.of(
            "critics",
            "opponents",
            "opposition",
            "analysts",
            "officials",
            "residents",
            "experts",
            "observers",
            "diplomats",
            "another",
            "other",
            "others",
            "some",
            "many",
            "one",
            "several",
            "both",
            "sources",
            "критики",
            "оппозиция",
            "другой",
            "другая",
            "другие",
            "некоторые",
            "многие",
            "эксперты",
            "аналитики",
            "наблюдатели",
            "один",
            "одна",
            "источник",
            "источники",
            "собеседник",
            "tənqidçilər",
            "müxalifət",
            "digər",
            "bəzi",
            "ekspertlər",
            "analitiklər",
            "müşahidəçilər",
            "mənbə",
            "bir");

    private NotSpeakers() {}

    /** A group or indefinite word, or a single letter ("X", the social network): never part of a name. */
    static boolean isGroup(Word word, Language language) {
        return word.text().length() < 2 || GROUPS.contains(lower(word, language));
    }

    /**
     * An institution speaks in these words: the last capitalised word (before any "of") heads an institution's name ("the Ministry
     * of Foreign Affairs", "Совету Безопасности", "Kənd Təsərrüfatı Nazirliyi"), where a person's name would
     * come last ("Commission spokesperson Marta Lindqvist", "ООН Ингрид Хальворсен").
     */
    static boolean isInstitution(List<Word> phrase, Cues cues) {
        int head = phrase.size();
        for (int i = 0; i < phrase.size(); i++) {
            if (phrase.get(i).lower().equals("of")) {
                head = i; // "Ministry of Agriculture": the head comes before "of"
                break;
            }
        }
        for (int i = head - 1; i >= 0; i--) {
            if (phrase.get(i).capitalised()) {
                return isInstitutionWord(lower(phrase.get(i), cues.language()), cues.language());
            }
        }
        return false;
    }

    private static boolean isInstitutionWord(String w, Language language) {
        return switch (language) {
            case EN ->
                INSTITUTIONS_EN.contains(w)
                        || (w.endsWith("s") && INSTITUTIONS_EN.contains(w.substring(0, w.length() - 1)));
            case RU -> startsWithAny(w, INSTITUTIONS_RU) && !w.startsWith("советн");
            case AZ -> startsWithAny(w, INSTITUTIONS_AZ);
        };
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (prefix.length() <= 3 ? word.equals(prefix) || word.startsWith(prefix + "-") : word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Word word, Language language) {
        return word.text().toLowerCase(language == Language.EN ? Locale.ROOT : language.locale());
    }
}
