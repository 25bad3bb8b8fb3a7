package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * @param institution whether the phrase names an institution, which is nobody's voice: its quotes get no speaker
 */
record SpeakerPhrase(
        List<Word> name,
        List<String> titles,
        Gender pronoun,
        String cue,
        Gender verbGender,
        int end,
        boolean institution) {

    private static final String BREAKS = ",.;:!?—–()\"«»“”„";
    private static final int MAX_ASIDE = 10;
    private static final int MAX_DESCRIPTION = 4;
    private static final Set<String> PREPOSITIONS = Set.of(
            "to", "during", "from", "by", "of", "about", "at", "in", "on", "with", "for", "after", "before", "that",
            "в", "во", "на", "по", "с", "со", "к", "ко", "у", "о", "об", "из", "от", "до", "для", "при", "после",
            "перед", "за", "под", "над", "через", "что");

    boolean isEmpty() {
        return name.isEmpty() && titles.isEmpty() && pronoun == null && !institution;
    }

    private boolean isPerson() {
        return !isEmpty() && !institution;
    }

    /**
     * The phrase next to the verb at {@code verb} in {@code words}; empty if none. The nearest phrase comes first
     * (after the verb in Russian, before it elsewhere), then the other side, then a name around an aside that ends
     * at the verb ("Helen Crawford, who co-sponsored the bill, said"). A phrase that names only a place or an
     * institution gives way to the phrase before it ("Rauf Məmmədli bazar ertəsi Tbilisidə bildirib").
     */
    static Optional<SpeakerPhrase> at(String text, List<Word> words, int verb, Cues cues, Directory directory) {
        Word verbWord = words.get(verb);
        int afterVerb = verb + 1;
        while (afterVerb < words.size() && cues.isLightVerb(words.get(afterVerb))) {
            afterVerb++;
        }
        List<Word> after = forward(text, words, afterVerb, cues);
        List<Word> before = backward(text, words, verb, cues);
        boolean addressee = verbWord.lower().equals("told") || verbWord.lower().startsWith("tell");
        List<List<Word>> options = new ArrayList<>();
        if (cues.language() == Language.RU) {
            options.add(after);
        }
        options.add(before);
        options.add(appositive(text, words, verb, cues));
        if (cues.language() == Language.AZ) {
            options.add(opening(text, words, verb, cues)); // "O, ... “...” adlandırıb"
        }
        if (cues.language() == Language.EN && before.isEmpty() && !addressee) {
            options.add(after); // "“...,” said the minister"
        }
        SpeakerPhrase institution = null;
        for (List<Word> option : options) {
            List<Word> np = option;
            for (int tries = 0; tries < 3 && !np.isEmpty(); tries++) {
                int end = np == after
                        ? after.get(after.size() - 1).end()
                        : words.get(afterVerb - 1).end();
                SpeakerPhrase phrase = parse(np, cues, directory, verbWord.text(), cues.verbGender(verbWord), end);
                if (phrase.isPerson()) {
                    return Optional.of(phrase);
                }
                if (phrase.institution() && institution == null) {
                    institution = phrase;
                }
                if (np == after) {
                    break;
                }
                np = backward(text, words, words.indexOf(np.get(0)), cues);
            }
        }
        return Optional.ofNullable(institution);
    }

    /**
     * The words that open the clause of an Azerbaijani verb, where its subject stands: a pronoun ("O, ...") or a
     * name with its titles ("Deputat Səbinə Hüseynli ...").
     */
    private static List<Word> opening(String text, List<Word> words, int verb, Cues cues) {
        if (verb == 0) {
            return List.of();
        }
        if (cues.pronoun(words.get(0)).isPresent()) {
            return List.of(words.get(0));
        }
        int end = 0;
        while (end < verb
                && isPhraseWord(words.get(end), cues)
                && (end == 0 || !broken(text, words.get(end - 1), words.get(end)))) {
            end++;
        }
        return end == 0 ? List.of() : List.copyOf(words.subList(0, end));
    }

    /**
     * The name around an aside between commas that ends just before the verb: inside it when the aside ends in
     * a name ("His opponent, Arjun Mehta, said"), else before it ("Sophie Martens, an analyst in Brussels, said").
     */
    private static List<Word> appositive(String text, List<Word> words, int verb, Cues cues) {
        int last = verb - 1;
        if (last < 1
                || !text.substring(words.get(last).end(), words.get(verb).start())
                        .strip()
                        .equals(",")) {
            return List.of();
        }
        int first = last;
        while (first > 0 && last - first < MAX_ASIDE && !broken(text, words.get(first - 1), words.get(first))) {
            first--;
        }
        if (first == 0
                || !text.substring(words.get(first - 1).end(), words.get(first).start())
                        .strip()
                        .equals(",")) {
            return List.of();
        }
        if (words.get(last).capitalised()) {
            List<Word> inside = collect(text, words, last, cues);
            if (!inside.isEmpty()) {
                return inside;
            }
        }
        return collect(text, words, first - 1, cues);
    }

    static List<Word> forward(String text, List<Word> words, int from, Cues cues) {
        List<Word> np = new ArrayList<>();
        int i = describedName(text, words, from, cues);
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

    /**
     * Where a name starts after a few lower-case words describing it ("said driver Vusal Mirzayev", "сказал главный
     * врач больницы Рашад Талыбов"), if the name ends the clause; else {@code from}.
     */
    private static int describedName(String text, List<Word> words, int from, Cues cues) {
        if (cues.language() == Language.AZ || from >= words.size() || isPhraseWord(words.get(from), cues)) {
            return from;
        }
        int i = from;
        while (i < words.size()
                && i - from < MAX_DESCRIPTION
                && !words.get(i).capitalised()
                && !PREPOSITIONS.contains(words.get(i).lower())
                && cues.pronoun(words.get(i)).isEmpty()
                && !cues.isConnective(words.get(i))
                && (i == from || !broken(text, words.get(i - 1), words.get(i)))) {
            i++;
        }
        if (i == from
                || i >= words.size()
                || !words.get(i).capitalised()
                || broken(text, words.get(i - 1), words.get(i))) {
            return from;
        }
        int end = i;
        while (end + 1 < words.size()
                && words.get(end + 1).capitalised()
                && !broken(text, words.get(end), words.get(end + 1))) {
            end++;
        }
        boolean endsClause = end + 1 == words.size() || broken(text, words.get(end), words.get(end + 1));
        return endsClause ? i : from;
    }

    static List<Word> backward(String text, List<Word> words, int verb, Cues cues) {
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
        return collect(text, words, j, cues);
    }

    /** The name phrase that ends with the word at {@code j}, read backwards; empty if that word is none. */
    private static List<Word> collect(String text, List<Word> words, int j, Cues cues) {
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
            if (w.lower().equals("of")
                    && !np.isEmpty()
                    && j > 0
                    && words.get(j - 1).capitalised()
                    && !broken(text, words.get(j - 1), w)) {
                np.add(0, w); // "Ministry of Agriculture", "Secretary of State"
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

    static SpeakerPhrase parse(List<Word> np, Cues cues, Directory directory, String cue, Gender verbGender, int end) {
        if (np.size() == 1 && cues.pronoun(np.get(0)).isPresent()) {
            return new SpeakerPhrase(
                    List.of(), List.of(), cues.pronoun(np.get(0)).get(), cue, verbGender, end, false);
        }
        if (NotSpeakers.isInstitution(np, cues)) {
            return new SpeakerPhrase(List.of(), List.of(), null, cue, verbGender, end, true);
        }
        List<String> titles = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        List<Word> lastRun = List.of();
        for (Word w : np) {
            if (cues.isTitle(w)) {
                titles.add(w.text().toLowerCase(cues.language().locale()));
            }
            boolean nameWord = w.capitalised()
                    && !cues.isTitle(w)
                    && !cues.isDeterminer(w)
                    && !cues.isConnective(w)
                    && !NotSpeakers.isGroup(w, cues.language());
            if (nameWord) {
                run.add(w);
                lastRun = List.copyOf(run);
            } else {
                run.clear();
            }
        }
        return new SpeakerPhrase(directory.people(lastRun, cues.language()), titles, null, cue, verbGender, end, false);
    }
}
