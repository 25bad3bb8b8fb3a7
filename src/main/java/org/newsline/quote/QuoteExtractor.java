package org.newsline.quote;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsline.platform.Language;
import org.newsline.quote.Extraction.Mention;
import org.newsline.quote.QuoteMarks.Marked;
import org.newsline.quote.Words.Word;

/**
 * Reads one story's plain text for quotes and mentions. Pure and thread-safe: it needs no database, so the
 * command line and the tests use it as the change-log follower does.
 *
 * <p>Quotation marks give direct and partial quotes unless the quoted words are a name or a title (all
 * capitalised: {@code «Газпром»}), follow a noun such as "novel" or "компания", follow "so-called", or are a
 * few words with no reporting verb in the sentence (scare quotes). Reporting verbs with "that", "что" or "ki",
 * and "according to", "по словам", "sözlərinə görə", give indirect quotes. {@link Attribution} then names
 * the speakers.
 */
public final class QuoteExtractor {

    private final Directory directory;

    QuoteExtractor(Directory directory) {
        this.directory = directory;
    }

    /** An extractor that knows no entities: speakers are the names as written. */
    public static QuoteExtractor withoutRegistry() {
        return new QuoteExtractor(Directory.empty());
    }

    /** One span before its speaker is resolved. */
    record Candidate(
            String kind,
            int start,
            int end,
            int paragraph,
            boolean wholeParagraph,
            Optional<SpeakerPhrase> phrase,
            String reason) {}

    public Extraction extract(Language language, String text) {
        Cues cues = Cues.of(language);
        List<int[]> paragraphs = QuoteMarks.paragraphs(text);
        List<Marked> marks = QuoteMarks.find(text, paragraphs);
        List<int[]> sentences = sentences(text, paragraphs, marks, language);
        List<Candidate> candidates = new ArrayList<>();
        List<int[]> quoted = new ArrayList<>();
        for (Marked mark : marks) {
            int[] sentence = containing(sentences, mark.open());
            quote(text, mark, sentence, marks, cues, paragraphs, directory).ifPresent(candidate -> {
                candidates.add(candidate);
                quoted.add(sentence);
            });
        }
        for (int[] sentence : sentences) {
            if (quoted.stream().noneMatch(q -> q[0] == sentence[0])
                    && marksIn(marks, sentence).isEmpty()) {
                IndirectQuotes.find(text, sentence, cues, directory, paragraphIndex(paragraphs, sentence[0]))
                        .ifPresent(candidates::add);
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start));
        List<Mention> mentions = Mentions.find(text, directory, cues);
        List<Quote> quotes = new Attribution(directory, language, mentions, paragraphs).resolve(text, candidates);
        return new Extraction(language, text, quotes, mentions);
    }

    private static Optional<Candidate> quote(
            String text,
            Marked mark,
            int[] sentence,
            List<Marked> marks,
            Cues cues,
            List<int[]> paragraphs,
            Directory directory) {
        int start = mark.contentStart();
        int end = mark.contentEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<Word> inside = Words.of(text, start, end);
        if (inside.isEmpty() || isNameLike(text, start, end, inside, cues)) {
            return Optional.empty();
        }
        List<Word> context = outside(text, sentence, marks);
        Word before = lastBefore(text, context, mark.open());
        Word after = firstAfter(text, context, mark.close());
        if ((before != null && (cues.isWorkNoun(before) || cues.isOrganisationNoun(before)))
                || (after != null
                        && cues.language() != Language.EN
                        && (cues.isWorkNoun(after) || cues.isOrganisationNoun(after)))
                || cues.isSoCalled(text.substring(sentence[0], mark.open()))) {
            return Optional.empty();
        }
        Optional<SpeakerPhrase> phrase = cue(text, context, mark, cues, directory);
        boolean introduced = introduced(text, sentence[0], mark.open());
        String reason = "marks";
        if (phrase.isEmpty() && text.substring(sentence[0], mark.open()).strip().endsWith(":")) {
            phrase = VerblessSpeakers.subject(text, context, mark.open(), cues, directory);
            reason = "colon";
        }
        boolean direct =
                mark.paragraphs() > 1 || (inside.size() >= 3 && (inside.get(0).capitalised() || introduced));
        if (!direct && phrase.isEmpty() && inside.size() < 4) {
            return Optional.empty(); // scare quotes: a few words that nobody is said to have said
        }
        int p = paragraphIndex(paragraphs, mark.open());
        int lastParagraphEnd = paragraphs.get(p + mark.paragraphs() - 1)[1];
        boolean whole = mark.open() == paragraphs.get(p)[0]
                && text.substring(mark.close() + 1, lastParagraphEnd).strip().matches("[.,!?…]*");
        return Optional.of(new Candidate(direct ? "direct" : "partial", start, end, p, whole, phrase, reason));
    }

    /** A name or title in marks: a few words, all capitalised except short function words, and no sentence marks. */
    private static boolean isNameLike(String text, int start, int end, List<Word> inside, Cues cues) {
        if (inside.size() > 5 || text.substring(start, end).matches("(?s).*[.!?,;:].*")) {
            return false;
        }
        for (Word word : inside) {
            boolean small = word.text().length() <= 3 && !word.capitalised();
            if (!word.capitalised() && !Character.isDigit(word.text().charAt(0)) && !small) {
                return false;
            }
        }
        return inside.get(0).capitalised()
                || Character.isDigit(inside.get(0).text().charAt(0));
    }

    /** A colon or dash before the opening mark, or the mark opens the sentence. */
    private static boolean introduced(String text, int sentenceStart, int open) {
        String before = text.substring(sentenceStart, open).strip();
        return before.isEmpty()
                || before.endsWith(":")
                || before.endsWith("—")
                || before.endsWith("–")
                || before.endsWith("-");
    }

    /**
     * The reporting verb for a quote: the nearest after it in the sentence, else the nearest before it that has a
     * speaker next to it ("Bagirli said the plan would work but warned of “...”").
     */
    private static Optional<SpeakerPhrase> cue(
            String text, List<Word> context, Marked mark, Cues cues, Directory directory) {
        List<Integer> verbs = new ArrayList<>();
        for (int i = 0; i < context.size(); i++) {
            if (cues.isSpeechVerb(context.get(i)) && context.get(i).start() > mark.close()) {
                verbs.add(i);
                break;
            }
        }
        for (int i = context.size() - 1; i >= 0; i--) {
            if (cues.isSpeechVerb(context.get(i)) && context.get(i).end() <= mark.open()) {
                verbs.add(i);
            }
        }
        for (int verb : verbs) {
            Optional<SpeakerPhrase> phrase = SpeakerPhrase.at(text, context, verb, cues, directory);
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        return VerblessSpeakers.accordingTo(text, context, cues, directory);
    }

    /** The sentence's words that are not inside any quotation marks. */
    private static List<Word> outside(String text, int[] sentence, List<Marked> marks) {
        List<Word> words = new ArrayList<>();
        for (Word word : Words.of(text, sentence[0], sentence[1])) {
            if (marks.stream().noneMatch(m -> word.start() > m.open() && word.end() <= m.close())) {
                words.add(word);
            }
        }
        return words;
    }

    private static Word lastBefore(String text, List<Word> words, int offset) {
        Word found = null;
        for (Word word : words) {
            if (word.end() <= offset) {
                found = word;
            }
        }
        return found != null && text.substring(found.end(), offset).isBlank() ? found : null;
    }

    private static Word firstAfter(String text, List<Word> words, int offset) {
        for (Word word : words) {
            if (word.start() > offset) {
                return text.substring(offset + 1, word.start()).isBlank() ? word : null;
            }
        }
        return null;
    }

    private static List<Marked> marksIn(List<Marked> marks, int[] sentence) {
        return marks.stream()
                .filter(m -> m.open() >= sentence[0] && m.open() < sentence[1])
                .toList();
    }

    private static int[] containing(List<int[]> ranges, int offset) {
        for (int[] range : ranges) {
            if (offset >= range[0] && offset < range[1]) {
                return range;
            }
        }
        return ranges.get(ranges.size() - 1);
    }

    static int paragraphIndex(List<int[]> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i)[1]) {
                return i;
            }
        }
        return paragraphs.size() - 1;
    }

    /** Sentences by ICU's rules (abbreviations such as "Dr." kept), never ending inside quotation marks. */
    private static List<int[]> sentences(String text, List<int[]> paragraphs, List<Marked> marks, Language language) {
        ULocale locale = language == Language.EN ? new ULocale("en@ss=standard") : new ULocale(language.code());
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        List<int[]> sentences = new ArrayList<>();
        for (int[] paragraph : paragraphs) {
            breaks.setText(text.substring(paragraph[0], paragraph[1]));
            int start = paragraph[0];
            for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
                int at = paragraph[0] + b;
                boolean insideMarks = marks.stream().anyMatch(m -> at > m.open() && at <= m.close());
                if (!insideMarks || at == paragraph[1]) {
                    if (at > start) {
                        sentences.add(new int[] {start, at});
                    }
                    start = at;
                }
            }
        }
        // A quote over several paragraphs belongs to the sentence it opens in.
        List<int[]> merged = new ArrayList<>();
        for (int[] sentence : sentences) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && marks.stream().anyMatch(m -> m.open() < last[1] && m.close() >= sentence[0])) {
                last[1] = sentence[1];
            } else {
                merged.add(sentence);
            }
        }
        return merged;
    }
}
