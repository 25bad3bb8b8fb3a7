package org.newsline.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsline.platform.Language;
import org.newsline.quote.Cues.Gender;
import org.newsline.quote.QuoteExtractor.Candidate;
import org.newsline.quote.Words.Word;

/**
 * Names the speaker of each quote, in reading order. A name next to the cue is the speaker ("cue-name"); a title
 * alone ("the minister", "министр") is the last named speaker with that title ("title"); a pronoun is the last
 * named speaker of a compatible gender ("pronoun"); a quote with no cue takes the speaker of an earlier quote in
 * its paragraph ("same-paragraph") or, if it fills its paragraph, of the quote in the paragraph before
 * ("continuation"). Anything else stays without a speaker: a wrong name is worse than none.
 */
final class Attribution {

    private final Directory directory;
    private final Language language;
    private final List<Speaker> history = new ArrayList<>();
    private final Map<Integer, Speaker> byParagraph = new HashMap<>();

    Attribution(Directory directory, Language language) {
        this.directory = directory;
        this.language = language;
    }

    /** Someone who has spoken so far in the story. */
    private record Speaker(String name, Entity entity, Gender gender, List<String> titles) {

        boolean hasTitle(List<String> wanted) {
            List<String> known = new ArrayList<>(titles);
            if (entity != null) {
                known.addAll(entity.titles());
            }
            return wanted.stream().anyMatch(w -> known.stream().anyMatch(k -> Cues.sameTitle(k, w)));
        }
    }

    private record Resolved(Speaker speaker, String rule, double confidence) {}

    List<Quote> resolve(String text, List<Candidate> candidates) {
        List<Quote> quotes = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate candidate : candidates) {
            if (candidate.start() < lastEnd) {
                continue; // spans never overlap; the earlier one wins
            }
            Resolved resolved = resolve(candidate);
            Speaker speaker = resolved.speaker();
            if (speaker != null) {
                history.remove(speaker);
                history.add(speaker);
                byParagraph.put(candidate.paragraph(), speaker);
                byParagraph.put(lastParagraph(text, candidate), speaker);
            }
            String cue = candidate.phrase().map(SpeakerPhrase::cue).orElse(null);
            quotes.add(new Quote(
                    candidate.kind(),
                    candidate.start(),
                    candidate.end(),
                    text.substring(candidate.start(), candidate.end()),
                    speaker == null ? null : speaker.name(),
                    speaker == null ? null : speaker.entity(),
                    cue,
                    resolved.rule(),
                    resolved.confidence()));
            lastEnd = candidate.end();
        }
        return quotes;
    }

    /** The paragraph a quote ends in: quotes over several paragraphs contain their line breaks. */
    private static int lastParagraph(String text, Candidate candidate) {
        String quoted = text.substring(candidate.start(), candidate.end());
        return candidate.paragraph() + (quoted.split("\\n\\s*", -1).length - 1);
    }

    private Resolved resolve(Candidate candidate) {
        if (candidate.phrase().isPresent()) {
            SpeakerPhrase phrase = candidate.phrase().get();
            if (!phrase.name().isEmpty()) {
                return named(phrase);
            }
            Gender gender = phrase.verbGender();
            if (phrase.pronoun() != null) {
                Gender wanted = phrase.pronoun() == Gender.UNKNOWN ? gender : phrase.pronoun();
                for (int i = history.size() - 1; i >= 0; i--) {
                    if (history.get(i).gender().compatible(wanted)) {
                        return new Resolved(history.get(i), "pronoun", i == history.size() - 1 ? 0.85 : 0.7);
                    }
                }
                return new Resolved(null, "none", 0);
            }
            for (int i = history.size() - 1; i >= 0; i--) {
                Speaker speaker = history.get(i);
                if (speaker.hasTitle(phrase.titles()) && speaker.gender().compatible(gender)) {
                    return new Resolved(speaker, "title", 0.8);
                }
            }
            return new Resolved(null, "none", 0);
        }
        Speaker same = byParagraph.get(candidate.paragraph());
        if (same != null && !"indirect".equals(candidate.kind())) {
            return new Resolved(same, "same-paragraph", 0.85);
        }
        Speaker previous = byParagraph.get(candidate.paragraph() - 1);
        if (previous != null && candidate.wholeParagraph()) {
            return new Resolved(previous, "continuation", 0.8);
        }
        return new Resolved(null, "none", 0);
    }

    private Resolved named(SpeakerPhrase phrase) {
        List<Word> name = phrase.name();
        Optional<Directory.Found> found = directory.findTail(name, language);
        if (found.isPresent()) {
            Entity entity = found.get().entity();
            for (Speaker known : history) {
                if (known.entity() != null && known.entity().id() == entity.id()) {
                    return new Resolved(known, "cue-name", 0.95);
                }
            }
            Gender gender = entity.gender() != Gender.UNKNOWN ? entity.gender() : phrase.verbGender();
            return new Resolved(
                    new Speaker(entity.name().in(language), entity, gender, phrase.titles()), "cue-name", 0.95);
        }
        // Not in the registry: a later bare surname is the same person as an earlier full name.
        String surname = Directory.key(List.of(name.get(name.size() - 1)));
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker known = history.get(i);
            if (known.entity() == null
                            && known.name().endsWith(name.get(name.size() - 1).text())
                    || known.entity() == null && surnameKey(known.name()).equals(surname)) {
                return new Resolved(known, "cue-name", 0.9);
            }
        }
        // "Азербайджана Рауф Маммадли": a country before the name; first and last name are kept.
        List<Word> kept = name.size() > 2 ? name.subList(name.size() - 2, name.size()) : name;
        String surface = kept.get(0).text()
                + (kept.size() > 1 ? " " : "")
                + String.join(
                        " ",
                        kept.subList(1, kept.size()).stream().map(Word::text).toList());
        return new Resolved(new Speaker(surface, null, phrase.verbGender(), phrase.titles()), "cue-name", 0.9);
    }

    private static String surnameKey(String name) {
        List<Word> words = Words.of(name, 0, name.length());
        return words.isEmpty() ? "" : Directory.key(List.of(words.get(words.size() - 1)));
    }
}
