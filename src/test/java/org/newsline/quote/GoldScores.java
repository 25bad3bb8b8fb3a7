package org.newsline.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsline.platform.Language;
import org.newsline.quote.GoldSet.Labelled;
import org.newsline.quote.GoldSet.Story;

/**
 * Precision and recall of an extractor against the hand-labelled stories, for one language and one kind of
 * quote ("direct", "partial", "indirect" or "all").
 *
 * <p>A found quote and a labelled one are a pair when their spans overlap (each used once, in reading order);
 * the pair is an exact match when both ends agree. Speaker figures are given the quote: over pairs only. The
 * speaker precision counts pairs where the extractor named someone; its recall counts pairs whose label names
 * someone. "Published" figures do the same for the quotes readers would see without an editor
 * ({@link Quote#isPublic()}), against labelled direct and partial quotes (indirect ones are never published
 * without an editor).
 */
final class GoldScores {

    /** Counts behind one precision and recall. */
    static final class Score {
        int found;
        int expected;
        int correct;

        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final Language language;
    final String kind;
    final Score exact = new Score();
    final Score overlap = new Score();
    final Score speaker = new Score();
    final Score published = new Score();
    /** One line per disagreement, for reading when a figure moves. */
    final List<String> misses = new ArrayList<>();

    private GoldScores(Language language, String kind) {
        this.language = language;
        this.kind = kind;
    }

    static GoldScores of(QuoteExtractor extractor, Language language, String kind, List<Story> stories) {
        GoldScores scores = new GoldScores(language, kind);
        for (Story story : stories) {
            Extraction extraction = extractor.extract(language, story.text());
            scores.add(
                    story.text(),
                    extraction.quotes().stream().filter(scores::counts).toList(),
                    story.quotes().stream()
                            .filter(g -> kind.equals("all") || g.kind().equals(kind))
                            .toList());
        }
        return scores;
    }

    private boolean counts(Quote quote) {
        return kind.equals("all") || quote.kind().equals(kind);
    }

    private void add(String text, List<Quote> found, List<Labelled> gold) {
        exact.found += found.size();
        overlap.found += found.size();
        exact.expected += gold.size();
        overlap.expected += gold.size();
        boolean[] used = new boolean[found.size()];
        for (Labelled g : gold) {
            for (int i = 0; i < found.size(); i++) {
                Quote q = found.get(i);
                if (used[i] || q.end() <= g.start() || q.start() >= g.end()) {
                    continue;
                }
                used[i] = true;
                pair(text, q, g);
                break;
            }
            if (found.stream().noneMatch(q -> q.end() > g.start() && q.start() < g.end())) {
                misses.add("missed   %s %s: %s".formatted(g.kind(), g.speaker(), text.substring(g.start(), g.end())));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                Quote q = found.get(i);
                misses.add("spurious %s %s [%s]: %s".formatted(q.kind(), q.speaker(), q.rule(), q.text()));
            }
        }
    }

    private void pair(String text, Quote q, Labelled g) {
        overlap.correct++;
        if (q.start() == g.start() && q.end() == g.end()) {
            exact.correct++;
        } else {
            misses.add("span     %s: found [%s], labelled [%s]"
                    .formatted(g.kind(), q.text(), text.substring(g.start(), g.end())));
        }
        boolean right = q.speaker() != null && g.speaker() != null && samePerson(q, g.speaker());
        if (!right && (q.speaker() != null || g.speaker() != null)) {
            misses.add("speaker  %s: found %s [%s %.2f], labelled %s: %s"
                    .formatted(g.kind(), q.speaker(), q.rule(), q.confidence(), g.speaker(), q.text()));
        }
        speaker.found += q.speaker() != null ? 1 : 0;
        speaker.expected += g.speaker() != null ? 1 : 0;
        speaker.correct += right ? 1 : 0;
        boolean publishable = g.speaker() != null && !g.kind().equals("indirect");
        published.found += q.isPublic() ? 1 : 0;
        published.expected += publishable ? 1 : 0;
        published.correct += q.isPublic() && right && publishable ? 1 : 0;
    }

    /**
     * The labelled speaker is named by the extractor: the same last name in any script and case ("Аббасовой" is
     * "Гюнай Аббасова"), or the same registry entity.
     */
    private boolean samePerson(Quote q, String labelled) {
        Set<String> names = new HashSet<>();
        names.add(q.speaker());
        if (q.entity() != null) {
            names.add(q.entity().name().en());
            names.add(q.entity().name().ru());
            names.add(q.entity().name().az());
        }
        List<String> wanted = Directory.forms(last(labelled), language);
        return names.stream()
                .anyMatch(n -> Directory.forms(last(n), language).stream().anyMatch(wanted::contains));
    }

    private static String last(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** The figures by key, such as {@code en.direct.exact.p}, as the baseline file names them. */
    Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        String key = language.code() + "." + kind;
        put(figures, key + ".exact", exact);
        put(figures, key + ".overlap", overlap);
        put(figures, key + ".speaker", speaker);
        if (!kind.equals("indirect")) {
            put(figures, key + ".published", published);
        }
        return figures;
    }

    private static void put(Map<String, Double> figures, String key, Score score) {
        figures.put(key + ".p", score.precision());
        figures.put(key + ".r", score.recall());
        figures.put(key + ".f1", score.f1());
    }

    static String header() {
        return "lang kind     gold found | exact P    R    F1   | overlap P  R    F1   "
                + "| speaker P  R    F1   | published P R    F1\n";
    }

    String row() {
        return "%-4s %-8s %4d %5d | %s | %s | %s | %s%n"
                .formatted(
                        language.code(),
                        kind,
                        overlap.expected,
                        overlap.found,
                        cells(exact),
                        cells(overlap),
                        cells(speaker),
                        kind.equals("indirect") ? "   -    -    -" : cells(published));
    }

    private static String cells(Score score) {
        return "%.2f %.2f %.2f".formatted(score.precision(), score.recall(), score.f1());
    }
}
