package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsline.platform.Language;
import org.newsline.quote.Cues.Gender;
import org.newsline.quote.Words.Word;

/**
 * The words that name who speaks, next to a reporting verb: a name with its titles ("Foreign Minister Rauf
 * Mammadli"), a title alone ("the minister", "министр") or a pronoun ("she", "он", "o").
 *
 * @param name the capitalised words of the name, possibly empty
 * @param titles title words in lower case
 * @param pronoun the pronoun's gender, or null if the phrase is no pronoun
 * @param cue the reporting verb or phrase, as written
 * @param verbGender gender the verb marks (Russian past tense), else unknown
 * @param end offset after the phrase's last word, or of the verb if later (where an indirect clause may begin)
 */
record SpeakerPhrase(List<Word> name, List<String> titles, Gender pronoun, String cue, Gender verbGender, int end) {

    private static final String BREAKS = ",.;:!?—–()\"«»“”„";

    boolean isEmpty() {
        return name.isEmpty() && titles.isEmpty() && pronoun == null;
    }

    /** The phrase next to the verb at {@code verb} in {@code words}; empty if none. */
    static Optional<SpeakerPhrase> at(String text, List<Word> words, int verb, Cues cues) {
        Word verbWord = words.get(verb);
        int afterVerb = verb + 1;
        while (afterVerb < words.size() && cues.isLightVerb(words.get(afterVerb))) {
            afterVerb++;
        }
        List<Word> after = forward(text, words, afterVerb, cues);
        List<Word> before = backward(text, words, verb, cues);
        boolean afterFirst = cues.language() == Language.RU && !after.isEmpty();
        List<Word> chosen = afterFirst || before.isEmpty() ? after : before;
        if (cues.language() == Language.AZ) {
            chosen = before;
        }
        int end = words.get(afterVerb - 1).end();
        if (chosen == after && !after.isEmpty()) {
            end = after.get(after.size() - 1).end();
        }
        SpeakerPhrase phrase = parse(chosen, cues, verbWord.text(), cues.verbGender(verbWord), end);
        return phrase.isEmpty() ? Optional.empty() : Optional.of(phrase);
    }

    /** "according to X", "по словам X", "X-in sözlərinə görə": the phrase, and where the clause after it starts. */
    static Optional<SpeakerPhrase> accordingTo(String text, List<Word> words, Cues cues) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i).lower();
            String b = words.get(i + 1).lower();
            if ((a.equals("according") && b.equals("to")) || (a.equals("по") && b.equals("словам"))) {
                List<Word> np = forward(text, words, i + 2, cues);
                String cue =
                        text.substring(words.get(i).start(), words.get(i + 1).end());
                int end = np.isEmpty()
                        ? words.get(i + 1).end()
                        : np.get(np.size() - 1).end();
                SpeakerPhrase phrase = parse(np, cues, cue, Gender.UNKNOWN, end);
                return phrase.isEmpty() ? Optional.empty() : Optional.of(phrase);
            }
            if (a.startsWith("sözlərinə") && b.equals("görə") || a.startsWith("fikrincə")) {
                List<Word> np = backward(text, words, i, cues);
                List<Word> name = new ArrayList<>(np);
                String cue = a.startsWith("fikrincə") ? words.get(i).text() : "sözlərinə görə";
                SpeakerPhrase phrase = parse(
                        name,
                        cues,
                        cue,
                        Gender.UNKNOWN,
                        words.get(a.startsWith("fikrincə") ? i : i + 1).end());
                return phrase.isEmpty() ? Optional.empty() : Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    private static List<Word> forward(String text, List<Word> words, int from, Cues cues) {
        List<Word> np = new ArrayList<>();
        int i = from;
        int gap = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            Word previous = i == from ? null : words.get(i - 1);
            if (previous != null && broken(text, previous, w)) {
                break;
            }
            if (np.isEmpty() && cues.pronoun(w).isPresent()) {
                np.add(w);
                break;
            }
            if (isPhraseWord(w, cues)) {
                np.add(w);
                gap = 0;
            } else if (!np.isEmpty() && cues.language() == Language.RU && gap < 3 && hasTitle(np, cues)) {
                // "министр иностранных дел Азербайджана Рауф Маммадли": genitive words after a title.
                np.add(w);
                gap++;
            } else {
                break;
            }
            i++;
        }
        while (!np.isEmpty()
                && !isPhraseWord(np.get(np.size() - 1), cues)
                && cues.pronoun(np.get(np.size() - 1)).isEmpty()) {
            np.remove(np.size() - 1);
        }
        return np;
    }

    private static List<Word> backward(String text, List<Word> words, int verb, Cues cues) {
        int maxSkip = cues.language() == Language.EN ? 2 : 4;
        int j = verb - 1;
        int skipped = 0;
        while (j >= 0
                && skipped < maxSkip
                && !isPhraseWord(words.get(j), cues)
                && cues.pronoun(words.get(j)).isEmpty()
                && !broken(text, words.get(j), words.get(j + 1))) {
            j--;
            skipped++;
        }
        if (j < 0 || broken(text, words.get(j), words.get(j + 1))) {
            return List.of();
        }
        if (cues.pronoun(words.get(j)).isPresent()) {
            return List.of(words.get(j));
        }
        List<Word> np = new ArrayList<>();
        while (j >= 0) {
            Word w = words.get(j);
            if (!np.isEmpty() && broken(text, w, np.get(0))) {
                break;
            }
            if (isPhraseWord(w, cues)) {
                np.add(0, w);
                j--;
                continue;
            }
            // A short run of lower-case words between a title and the name ("министр иностранных дел ...").
            int k = j;
            while (k > j - 3
                    && k >= 0
                    && !isPhraseWord(words.get(k), cues)
                    && !broken(text, words.get(k), words.get(k + 1))) {
                k--;
            }
            if (k >= 0 && k >= j - 3 && cues.isTitle(words.get(k)) && !broken(text, words.get(k), words.get(k + 1))) {
                for (int m = j; m >= k; m--) {
                    np.add(0, words.get(m));
                }
                j = k - 1;
                continue;
            }
            break;
        }
        return np;
    }

    private static boolean hasTitle(List<Word> np, Cues cues) {
        return np.stream().anyMatch(cues::isTitle);
    }

    private static boolean isPhraseWord(Word w, Cues cues) {
        if (cues.isTitle(w) || cues.isDeterminer(w)) {
            return true;
        }
        return w.capitalised()
                && !cues.isConnective(w)
                && !cues.isSpeechVerb(w)
                && cues.pronoun(w).isEmpty();
    }

    /** Whether punctuation stands between two words, ending a phrase. */
    static boolean broken(String text, Word left, Word right) {
        for (int i = left.end(); i < right.start(); i++) {
            if (BREAKS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static SpeakerPhrase parse(List<Word> np, Cues cues, String cue, Gender verbGender, int end) {
        if (np.size() == 1 && cues.pronoun(np.get(0)).isPresent()) {
            return new SpeakerPhrase(
                    List.of(), List.of(), cues.pronoun(np.get(0)).get(), cue, verbGender, end);
        }
        List<String> titles = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        List<Word> lastRun = List.of();
        for (Word w : np) {
            if (cues.isTitle(w)) {
                titles.add(w.text().toLowerCase(cues.language().locale()));
            }
            boolean nameWord = w.capitalised() && !cues.isTitle(w) && !cues.isDeterminer(w) && !cues.isConnective(w);
            if (nameWord) {
                run.add(w);
                lastRun = List.copyOf(run);
            } else {
                run.clear();
            }
        }
        return new SpeakerPhrase(lastRun, titles, null, cue, verbGender, end);
    }
}
