package org.newsline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newsline.platform.Language;
import org.newsline.quote.GoldSet.Labelled;
import org.newsline.quote.GoldSet.Story;
import org.newsline.search.NameKeys;

/**
 * Precision and recall on the hand-labelled stories, per language and kind: exact spans, overlapping spans,
 * and the speaker of each quote found (all quotes, and those readers would see without an editor). Fails if
 * any figure drops more than two points below {@code quote/gold/baseline.properties}.
 */
class GoldSetTests {

    private static final double TOLERANCE = 0.02;
    private final QuoteExtractor extractor = new QuoteExtractor(new Directory(TestEntities.all()));

    /** Counts for precision and recall. */
    private static final class Score {
        int found;
        int expected;
        int correct;
        int correctExpected;

        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) correctExpected / expected;
        }
    }

    @Test
    void figuresHoldOnTheHandLabelledSet() throws IOException {
        Map<String, Double> figures = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(
                "\nlang kind      gold found | exact P  R    | overlap P  R  | speaker P  R  | published speaker P  R\n");
        for (Language language : Language.values()) {
            List<Story> stories = GoldSet.stories(language);
            for (String kind : List.of("direct", "partial", "indirect", "all")) {
                Score exact = new Score();
                Score overlap = new Score();
                Score speaker = new Score();
                Score published = new Score();
                for (Story story : stories) {
                    Extraction extraction = extractor.extract(language, story.text());
                    QuoteInvariants.check(extraction);
                    List<Quote> found = extraction.quotes().stream()
                            .filter(q -> kind.equals("all") || q.kind().equals(kind))
                            .toList();
                    List<Labelled> gold = story.quotes().stream()
                            .filter(g -> kind.equals("all") || g.kind().equals(kind))
                            .toList();
                    score(found, gold, exact, overlap, speaker, published);
                }
                String key = language.code() + "." + kind;
                figures.put(key + ".exact.p", exact.precision());
                figures.put(key + ".exact.r", exact.recall());
                figures.put(key + ".overlap.p", overlap.precision());
                figures.put(key + ".overlap.r", overlap.recall());
                figures.put(key + ".speaker.p", speaker.precision());
                figures.put(key + ".speaker.r", speaker.recall());
                figures.put(key + ".published.p", published.precision());
                figures.put(key + ".published.r", published.recall());
                table.append("%-4s %-9s %4d %5d | %.2f  %.2f  | %.2f  %.2f    | %.2f  %.2f    | %.2f  %.2f%n"
                        .formatted(
                                language.code(),
                                kind,
                                overlap.expected,
                                overlap.found,
                                exact.precision(),
                                exact.recall(),
                                overlap.precision(),
                                overlap.recall(),
                                speaker.precision(),
                                speaker.recall(),
                                published.precision(),
                                published.recall()));
            }
        }
        table.append(timePerThousandStories());
        System.out.println(table);
        Properties measured = new Properties();
        figures.forEach((key, value) -> measured.setProperty(key, "%.3f".formatted(value)));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        try (var out =
                java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of("target/quote-figures.properties"))) {
            measured.store(
                    out, "measured by GoldSetTests; copy to quote/gold/baseline.properties to raise the baseline");
        }
        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/quote/gold/baseline.properties")) {
            baseline.load(in);
        }
        List<String> drops = new ArrayList<>();
        for (String key : baseline.stringPropertyNames()) {
            double base = Double.parseDouble(baseline.getProperty(key));
            double now = figures.getOrDefault(key, 0.0);
            if (now < base - TOLERANCE) {
                drops.add("%s: %.3f, baseline %.3f".formatted(key, now, base));
            }
        }
        assertThat(drops).as("figures more than two points below the baseline").isEmpty();
    }

    /** Reported, not asserted: the machine is shared. */
    private String timePerThousandStories() {
        List<Story> all = new ArrayList<>();
        Map<Story, Language> languages = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            for (Story story : GoldSet.stories(language)) {
                all.add(story);
                languages.put(story, language);
            }
        }
        long started = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            Story story = all.get(i % all.size());
            extractor.extract(languages.get(story), story.text());
        }
        return "extraction of 1,000 stories: %d ms%n".formatted((System.nanoTime() - started) / 1_000_000);
    }

    private static void score(
            List<Quote> found, List<Labelled> gold, Score exact, Score overlap, Score speaker, Score published) {
        exact.found += found.size();
        exact.expected += gold.size();
        overlap.found += found.size();
        overlap.expected += gold.size();
        boolean[] used = new boolean[found.size()];
        for (Labelled g : gold) {
            if (g.speaker() != null) {
                speaker.expected++;
                published.expected++;
            }
            for (int i = 0; i < found.size(); i++) {
                Quote q = found.get(i);
                if (used[i] || q.end() <= g.start() || q.start() >= g.end()) {
                    continue;
                }
                used[i] = true;
                overlap.correct++;
                overlap.correctExpected++;
                if (q.start() == g.start() && q.end() == g.end()) {
                    exact.correct++;
                    exact.correctExpected++;
                }
                boolean right = q.speaker() != null && g.speaker() != null && sameName(q.speaker(), g.speaker());
                if (q.speaker() != null) {
                    speaker.found++;
                    speaker.correct += right ? 1 : 0;
                    speaker.correctExpected += right ? 1 : 0;
                }
                if (q.speaker() != null && q.confidence() >= Quote.PUBLIC_CONFIDENCE) {
                    published.found++;
                    published.correct += right ? 1 : 0;
                    published.correctExpected += right ? 1 : 0;
                }
                break;
            }
        }
    }

    /** Same last name in any script: "Rauf Mammadli" and "Mammadli" agree. */
    private static boolean sameName(String a, String b) {
        return NameKeys.of(last(a)).equals(NameKeys.of(last(b)));
    }

    private static String last(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
