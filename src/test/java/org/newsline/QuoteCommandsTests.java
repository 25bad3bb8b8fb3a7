package org.newsline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code quotes} and {@code entities} commands, run through the jar's own command line, with no database. */
class QuoteCommandsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String STORY = """
            Senator Helen Crawford said on Monday that the bill would reach the floor in spring.

            “Families in small towns pay more for power that fails more often,” Crawford said.

            “We owe them a vote before the summer recess.”
            """;

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {

        List<Map<String, Object>> lines() {
            return out.lines()
                    .map(line -> JSON.readValue(line, new TypeReference<Map<String, Object>>() {}))
                    .toList();
        }
    }

    private static synchronized Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = NewslineCommand.run(args);
            return new Run(status, captured.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    @Test
    void quotesPrintsOneJsonObjectPerQuoteWhoseTextIsTheFileAtItsOffsets() throws Exception {
        Path file = folder.resolve("story.txt");
        Files.writeString(file, STORY);
        Run run = run("", "quotes", "--lang", "en", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<Map<String, Object>> quotes = run.lines();
        assertThat(quotes).hasSize(3);
        for (Map<String, Object> quote : quotes) {
            assertThat(quote).containsOnlyKeys("kind", "text", "start", "end", "speaker", "cue", "confidence");
            assertThat(STORY.substring((Integer) quote.get("start"), (Integer) quote.get("end")))
                    .isEqualTo(quote.get("text"));
            assertThat(quote.get("speaker")).isEqualTo("Helen Crawford");
            assertThat(((Number) quote.get("confidence")).doubleValue()).isBetween(0.0, 1.0);
        }
        assertThat(quotes).extracting(q -> q.get("kind")).containsExactly("indirect", "direct", "direct");
        assertThat(quotes.get(0).get("cue")).isEqualTo("said");
        assertThat(quotes.get(2)).containsEntry("cue", null);
    }

    @Test
    void anUnnamedSpeakerIsPrintedAsNull() {
        Run run = run(
                "“Nobody can say who said this sentence at all,” a source told us.\n", "quotes", "--lang", "en", "-");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).isNotEmpty().allSatisfy(q -> assertThat(q).containsEntry("speaker", null));
    }

    @Test
    void entitiesReadsStandardInputAndMatchesTheDemoRegistryInflectedAndInAnyScript() {
        String story = "Сенатор Хелен Кроуфорд заявила, что законопроект рассмотрят весной.\n\n"
                + "По словам Кроуфорд, голосование пройдёт в Баку.\n";
        Run run = run(story, "entities", "--lang", "ru", "-");
        assertThat(run.status()).isZero();
        List<Map<String, Object>> mentions = run.lines();
        assertThat(mentions).extracting(m -> m.get("entity")).contains("helen-crawford", "baku");
        for (Map<String, Object> mention : mentions) {
            assertThat(mention).containsOnlyKeys("kind", "text", "start", "end", "entity", "name");
            assertThat(story.substring((Integer) mention.get("start"), (Integer) mention.get("end")))
                    .isEqualTo(mention.get("text"));
        }
        assertThat(mentions.get(0)).containsEntry("kind", "person").containsEntry("name", "Хелен Кроуфорд");
        assertThat(mentions).anyMatch(m -> "place".equals(m.get("kind")) && "Баку".equals(m.get("text")));
    }

    @Test
    void badArgumentsPrintTheUsageOnStandardErrorAndExitWithTwo() throws Exception {
        Path notUtf8 = folder.resolve("latin1.txt");
        Files.write(notUtf8, new byte[] {(byte) 0xE9, (byte) 0xE8, 'a'});
        List<String[]> bad = List.of(
                new String[] {"quotes"},
                new String[] {"quotes", "--lang", "fr", "-"},
                new String[] {"entities", "--lang", "en"},
                new String[] {
                    "quotes", "--lang", "en", folder.resolve("missing.txt").toString()
                },
                new String[] {"entities", "--lang", "az", notUtf8.toString()},
                new String[] {"quotes", "--lang", "en", "-", "--bogus"},
                new String[] {"entities", "--lang", "en", "-", "another-file.txt"});
        for (String[] args : bad) {
            Run run = run("", args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("Usage: newsline").doesNotContain("Exception", "\tat ");
        }
    }
}
