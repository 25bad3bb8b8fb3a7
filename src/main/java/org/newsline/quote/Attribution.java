package org.newsline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsline.platform.Language;
import org.newsline.quote.Cues.Gender;
import org.newsline.quote.Extraction.Mention;
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

    private static final int TITLE_REACH = 80;

    private final Directory directory;
    private final Language language;
    private final List<Mention> people = new ArrayList<>();
    private final List<int[]> paragraphs;
    private final List<Speaker> history = new ArrayList<>();
    private final Map<Speaker, Integer> spokeAt = new HashMap<>();
    private final Map<Integer, Speaker> byParagraph = new HashMap<>();
    private String text = "";

    /**
     * @param mentions registry entities named in the text: people named outside quotes are candidates for a
     *     later "he" or "the minister" too ("Keller defended the bill. “...,” he said.")
     * @param paragraphs the text's paragraphs, as [start, end) offsets
     */
    Attribution(Directory directory, Language language, List<Mention> mentions, List<int[]> paragraphs) {
        this.directory = directory;
        this.language = language;
        mentions.stream().filter(m -> m.entity().isPerson()).forEach(people::add);
        this.paragraphs = paragraphs;
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

    /** A person a pronoun or title may stand for, and where the text last named them. */
    private record Recent(Speaker speaker, int at, boolean mentionOnly) {}

    List<Quote> resolve(String text, List<Candidate> candidates) {
        this.text = text;
        List<Mention> outside = people.stream()
                .filter(m -> candidates.stream().noneMatch(c -> m.start() < c.end() && m.end() > c.start()))
                .toList();
        people.clear();
        people.addAll(outside);
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
                spokeAt.put(speaker, candidate.start());
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
                Resolved named = named(phrase);
                return "colon".equals(candidate.reason()) ? new Resolved(named.speaker(), "colon-subject", 0.8) : named;
            }
            Gender gender = phrase.verbGender();
            if (phrase.pronoun() != null) {
                Gender wanted = phrase.pronoun() == Gender.UNKNOWN ? gender : phrase.pronoun();
                return recent(candidate, s -> s.gender().compatible(wanted), "pronoun", 0.85);
            }
            if (phrase.titles().isEmpty()) {
                return new Resolved(null, "none", 0);
            }
            return recent(
                    candidate, s -> s.hasTitle(phrase.titles()) && s.gender().compatible(gender), "title", 0.8);
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

    /**
     * The person named last before the quote who fits: an earlier speaker, or someone named outside quotes in
     * this paragraph or the one before. Two people who fit in the quote's own paragraph make it a guess, kept
     * below the confidence readers see unconfirmed.
     */
    private Resolved recent(Candidate candidate, Predicate<Speaker> fits, String rule, double confidence) {
        List<Recent> recent = new ArrayList<>();
        for (Speaker speaker : history) {
            recent.add(new Recent(speaker, spokeAt.get(speaker), false));
        }
        int from = paragraphs.get(Math.max(0, candidate.paragraph() - 1))[0];
        int here = paragraphs.get(candidate.paragraph())[0];
        for (Mention mention : people) {
            if (mention.start() >= from && mention.start() < candidate.start()) {
                recent.add(new Recent(speakerFor(mention.entity()), mention.start(), true));
            }
        }
        recent.sort(Comparator.comparingInt(Recent::at).reversed());
        List<Recent> fitting =
                recent.stream().filter(r -> fits.test(r.speaker())).toList();
        if (fitting.isEmpty()) {
            return new Resolved(null, "none", 0);
        }
        Recent chosen = fitting.get(0);
        boolean rival = fitting.stream().anyMatch(r -> r.at() >= here && !same(r.speaker(), chosen.speaker()));
        boolean latest = !history.isEmpty() && same(history.get(history.size() - 1), chosen.speaker());
        double sure = rival ? 0.6 : chosen.mentionOnly() ? confidence - 0.05 : latest ? confidence : 0.7;
        return new Resolved(chosen.speaker(), rule, sure);
    }

    private Speaker speakerFor(Entity entity) {
        for (Speaker known : history) {
            if (known.entity() != null && known.entity().id() == entity.id()) {
                return known;
            }
        }
        return new Speaker(entity.name().in(language), entity, entity.gender(), List.of());
    }

    private static boolean same(Speaker a, Speaker b) {
        return a == b
                || (a.entity() != null
                        && b.entity() != null
                        && a.entity().id() == b.entity().id());
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
        List<String> titles = new ArrayList<>(phrase.titles());
        titles.addAll(titlesBefore(kept.get(kept.size() - 1).text()));
        return new Resolved(new Speaker(surface, null, phrase.verbGender(), titles), "cue-name", 0.9);
    }

    /** Titles written before the first mention of a surname: "British Foreign Secretary Eleanor Whitcombe". */
    private List<String> titlesBefore(String surname) {
        int at = text.indexOf(surname);
        Cues cues = Cues.of(language);
        List<Word> before = Words.of(text, Math.max(0, at - TITLE_REACH), Math.max(0, at));
        List<String> titles = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0 && (before.get(i).capitalised() || cues.isTitle(before.get(i))); i--) {
            if (cues.isTitle(before.get(i))) {
                titles.add(before.get(i).lower());
            }
        }
        return titles;
    }

    private static String surnameKey(String name) {
        List<Word> words = Words.of(name, 0, name.length());
        return words.isEmpty() ? "" : Directory.key(List.of(words.get(words.size() - 1)));
    }
}
