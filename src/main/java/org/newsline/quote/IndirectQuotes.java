package org.newsline.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsline.platform.Language;
import org.newsline.quote.QuoteExtractor.Candidate;
import org.newsline.quote.Words.Word;

/**
 * Reported speech without quotation marks, one per sentence: "X said (that) …", "X заявил, что …", "X
 * bildirib ki, …", and "according to X, …", "по словам X, …", "X-in sözlərinə görə, …". The quote is the
 * reported clause, up to the end of the sentence.
 */
final class IndirectQuotes {

    /** English verbs after which the clause may follow without "that". */
    private static final Set<String> BARE_CLAUSE_VERBS = Set.of(
            "said",
            "says",
            "told",
            "added",
            "noted",
            "stressed",
            "warned",
            "argued",
            "insisted",
            "announced",
            "stated",
            "confirmed",
            "explained",
            "acknowledged",
            "predicted",
            "suggested",
            "concluded",
            "cautioned",
            "promised");

    private static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later");

    private static final int MIN_WORDS = 3;

    private IndirectQuotes() {}

    static Optional<Candidate> find(String text, int[] sentence, Cues cues, Directory directory, int paragraph) {
        List<Word> words = Words.of(text, sentence[0], sentence[1]);
        Optional<Candidate> according = according(text, sentence, words, cues, directory, paragraph);
        if (according.isPresent()) {
            return according;
        }
        for (int v = 0; v < words.size(); v++) {
            if (!cues.isSpeechVerb(words.get(v))) {
                continue;
            }
            Optional<SpeakerPhrase> phrase = SpeakerPhrase.at(text, words, v, cues, directory);
            if (phrase.isEmpty()) {
                continue;
            }
            int from = clauseStart(text, words, v, phrase.get(), cues);
            if (from >= 0) {
                return candidate(text, from, sentence[1], phrase, paragraph);
            }
        }
        return Optional.empty();
    }

    private static int clauseStart(String text, List<Word> words, int v, SpeakerPhrase phrase, Cues cues) {
        int reach = switch (cues.language()) {
            case EN -> 6;
            case RU -> 8;
            case AZ -> 3;
        };
        for (int i = v + 1; i < words.size() && i <= v + reach; i++) {
            if (cues.isComplementiser(words.get(i))) {
                boolean commaBefore = text.substring(
                                words.get(i - 1).end(), words.get(i).start())
                        .contains(",");
                if (cues.language() == Language.RU && !commaBefore) {
                    continue;
                }
                return i + 1 < words.size() ? words.get(i + 1).start() : -1;
            }
        }
        if (cues.language() != Language.EN
                || !BARE_CLAUSE_VERBS.contains(words.get(v).lower())) {
            return -1;
        }
        int i = v + 1;
        while (i < words.size() && words.get(i).end() <= phrase.end()) {
            i++; // "said the minister ..." is no clause
        }
        if (words.get(v).lower().equals("told") && i < words.size()) {
            i++; // told reporters / told the senators
            if (i < words.size() && words.get(i - 1).lower().equals("the")) {
                i++;
            }
        }
        while (i + 1 < words.size()
                && words.get(i).lower().equals("on")
                && WEEKDAYS.contains(words.get(i + 1).lower())) {
            i += 2;
        }
        if (i < words.size() && WEEKDAYS.contains(words.get(i).lower())) {
            i++;
        }
        if (i >= words.size() || SpeakerPhrase.broken(text, words.get(i - 1), words.get(i))) {
            return -1;
        }
        return words.get(i).start();
    }

    private static Optional<Candidate> according(
            String text, int[] sentence, List<Word> words, Cues cues, Directory directory, int paragraph) {
        Optional<SpeakerPhrase> phrase = VerblessSpeakers.accordingTo(text, words, cues, directory);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        int afterPhrase = phrase.get().end();
        int comma = text.indexOf(',', afterPhrase);
        String before = text.substring(sentence[0], Math.min(afterPhrase, sentence[1]));
        boolean leads = !before.contains(",");
        if (leads && comma >= 0 && comma < sentence[1]) {
            return candidate(text, comma + 1, sentence[1], phrase, paragraph);
        }
        int cueAt = text.lastIndexOf(',', afterPhrase);
        if (cueAt > sentence[0]) {
            return candidate(text, sentence[0], cueAt, phrase, paragraph);
        }
        return Optional.empty();
    }

    private static Optional<Candidate> candidate(
            String text, int from, int to, Optional<SpeakerPhrase> phrase, int paragraph) {
        int start = from;
        int end = to;
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start
                && (Character.isWhitespace(text.charAt(end - 1)) || ".!?…,".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (Words.of(text, start, end).size() < MIN_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Candidate("indirect", start, end, paragraph, false, phrase, "indirect"));
    }
}
