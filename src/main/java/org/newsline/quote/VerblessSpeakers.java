package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsline.quote.Cues.Gender;
import org.newsline.quote.Words.Word;

/**
 * Speakers named without a reporting verb next to the quote: "according to X", "по словам X", "по его словам",
 * "как сообщил X", "X-in sözlərinə görə", and the subject of a sentence that introduces a quote with a colon.
 */
final class VerblessSpeakers {

    private VerblessSpeakers() {}

    /**
     * The subject of a sentence that introduces a quote with a colon and no reporting verb ("Посол Уругвая Пабло
     * Серрано поддержал доклад: «...»"): its first run of two or more capitalised words before the quote.
     */
    static Optional<SpeakerPhrase> subject(String text, List<Word> words, int open, Cues cues, Directory directory) {
        for (int i = 0; i < words.size() && words.get(i).end() <= open; i++) {
            int j = i;
            while (j + 1 < words.size()
                    && words.get(j + 1).end() <= open
                    && words.get(j + 1).capitalised()
                    && !SpeakerPhrase.broken(text, words.get(j), words.get(j + 1))) {
                j++;
            }
            if (words.get(i).capitalised() && j > i) {
                SpeakerPhrase phrase = SpeakerPhrase.parse(
                        words.subList(i, j + 1),
                        cues,
                        directory,
                        ":",
                        Gender.UNKNOWN,
                        words.get(j).end());
                return phrase.name().isEmpty() ? Optional.empty() : Optional.of(phrase);
            }
            i = j;
        }
        return Optional.empty();
    }

    /** "according to X", "по словам X", "X-in sözlərinə görə": the phrase, and where the clause after it starts. */
    static Optional<SpeakerPhrase> accordingTo(String text, List<Word> words, Cues cues, Directory directory) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i).lower();
            String b = words.get(i + 1).lower();
            if (a.equals("по")
                    && possessive(words.get(i + 1)) != null
                    && i + 2 < words.size()
                    && (words.get(i + 2).lower().equals("словам")
                            || words.get(i + 2).lower().equals("мнению"))) {
                // "по его словам"
                return Optional.of(new SpeakerPhrase(
                        List.of(),
                        List.of(),
                        possessive(words.get(i + 1)),
                        text.substring(words.get(i).start(), words.get(i + 2).end()),
                        Gender.UNKNOWN,
                        words.get(i + 2).end(),
                        false));
            }
            boolean as = a.equals("как") && cues.isSpeechVerb(words.get(i + 1)); // "как сообщила Марта Линдквист,"
            if ((a.equals("according") && b.equals("to"))
                    || (a.equals("по") && (b.equals("словам") || b.equals("мнению")))
                    || as) {
                String cue =
                        text.substring(words.get(i).start(), words.get(i + 1).end());
                Gender possessive = i + 2 < words.size() ? possessive(words.get(i + 2)) : null;
                if (possessive != null) {
                    // "по его словам", "according to her"
                    return Optional.of(new SpeakerPhrase(
                            List.of(),
                            List.of(),
                            possessive,
                            cue,
                            Gender.UNKNOWN,
                            words.get(i + 2).end(),
                            false));
                }
                List<Word> np = SpeakerPhrase.forward(text, words, i + 2, cues);
                int end = np.isEmpty()
                        ? words.get(i + 1).end()
                        : np.get(np.size() - 1).end();
                SpeakerPhrase phrase = SpeakerPhrase.parse(np, cues, directory, cue, Gender.UNKNOWN, end);
                return phrase.isEmpty() ? Optional.empty() : Optional.of(phrase);
            }
            if (a.startsWith("sözlərinə") && b.equals("görə") || a.startsWith("fikrincə")) {
                List<Word> np = SpeakerPhrase.backward(text, words, i, cues);
                List<Word> name = new ArrayList<>(np);
                String cue = a.startsWith("fikrincə") ? words.get(i).text() : "sözlərinə görə";
                SpeakerPhrase phrase = SpeakerPhrase.parse(
                        name,
                        cues,
                        directory,
                        cue,
                        Gender.UNKNOWN,
                        words.get(a.startsWith("fikrincə") ? i : i + 1).end());
                return phrase.isEmpty() ? Optional.empty() : Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** "him", "her", "его", "её": the possessor in "according to her", "по его словам". */
    private static Gender possessive(Word word) {
        return switch (word.lower()) {
            case "him", "его" -> Gender.MALE;
            case "her", "её", "ее" -> Gender.FEMALE;
            default -> null;
        };
    }
}
