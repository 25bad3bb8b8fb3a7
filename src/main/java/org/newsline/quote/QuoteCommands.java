package org.newsline.quote;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.newsline.quote.Cues.Gender;
import org.newsline.quote.Extraction.Mention;
import org.newsline.quote.RegistrySeed.Seed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The {@code quotes} and {@code entities} commands: read one plain-text story (paragraphs separated by blank
 * lines) and print what the extractor finds, one JSON object per line. They need no database and no server: the
 * registry is the demo agency's, read from the same file that seeds the database. Offsets count the UTF-16 code
 * units of the text exactly as read, so {@code text} is always the substring between {@code start} and
 * {@code end}.
 */
public final class QuoteCommands {

    private QuoteCommands() {}

    /** Options shared by both commands. */
    abstract static class StoryCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--lang",
                required = true,
                paramLabel = "LANG",
                description = "The story's language: en, ru or az.")
        String lang;

        @Parameters(
                index = "0",
                paramLabel = "FILE",
                description = "A UTF-8 plain-text story, or - for standard input.")
        String file;

        /** Collected only to be refused: the command's parent would otherwise let them pass. */
        @Unmatched
        List<String> extra = new ArrayList<>();

        @Override
        public Integer call() {
            if (!extra.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Unknown arguments: " + String.join(" ", extra));
            }
            Language language = Language.fromCode(lang == null ? "" : lang.strip())
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "--lang must be en, ru or az, not '" + lang + "'"));
            String text = read();
            Extraction extraction = new QuoteExtractor(demoDirectory()).extract(language, text);
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            for (Map<String, Object> line : lines(extraction)) {
                out.println(Json.MAPPER.writeValueAsString(line));
            }
            out.flush();
            return 0;
        }

        abstract List<Map<String, Object>> lines(Extraction extraction);

        private String read() {
            byte[] bytes;
            try {
                if ("-".equals(file)) {
                    bytes = System.in.readAllBytes();
                } else {
                    bytes = Files.readAllBytes(Path.of(file));
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                throw new ParameterException(spec.commandLine(), "Cannot read '" + file + "': " + reason(e));
            }
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new ParameterException(spec.commandLine(), "'" + file + "' is not UTF-8 text");
            }
        }

        private static String reason(Exception e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "no such file";
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** {@code quotes --lang en FILE}: one line per quote. */
    @Command(
            name = "quotes",
            mixinStandardHelpOptions = true,
            description = {
                "Print the quotes of a plain-text story, one JSON object per line:",
                "{\"kind\":\"direct|partial|indirect\",\"text\":…,\"start\":…,\"end\":…,\"speaker\":…|null,"
                        + "\"cue\":…|null,\"confidence\":…}",
                "Needs no database; speakers are matched against the demo registry."
            })
    public static final class Quotes extends StoryCommand {

        @Override
        List<Map<String, Object>> lines(Extraction extraction) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Quote quote : extraction.quotes()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("kind", quote.kind());
                line.put("text", quote.text());
                line.put("start", quote.start());
                line.put("end", quote.end());
                line.put("speaker", quote.speaker());
                line.put("cue", quote.cue());
                line.put("confidence", quote.confidence());
                lines.add(line);
            }
            return lines;
        }
    }

    /** {@code entities --lang en FILE}: one line per mention of a registry entity. */
    @Command(
            name = "entities",
            mixinStandardHelpOptions = true,
            description = {
                "Print the people, places and organisations a plain-text story mentions, one JSON object per line:",
                "{\"kind\":\"person|place|organisation\",\"text\":…,\"start\":…,\"end\":…,\"entity\":slug,\"name\":…}",
                "Needs no database; names are matched against the demo registry (Latin, Cyrillic, Azerbaijani)."
            })
    public static final class Entities extends StoryCommand {

        @Override
        List<Map<String, Object>> lines(Extraction extraction) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Mention mention : extraction.mentions()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("kind", mention.entity().kind());
                line.put("text", mention.text());
                line.put("start", mention.start());
                line.put("end", mention.end());
                line.put("entity", mention.entity().slug());
                line.put("name", mention.entity().name().in(extraction.language()));
                lines.add(line);
            }
            return lines;
        }
    }

    /** The demo registry in memory, as {@link RegistrySeed} would store it (slugs from the English names). */
    static Directory demoDirectory() {
        List<Entity> entities = new ArrayList<>();
        long id = 0;
        for (Seed seed : RegistrySeed.seeds()) {
            LocalizedText name = seed.name();
            List<String> aliases = new ArrayList<>(List.of(name.az(), name.ru(), name.en()));
            if (seed.aliases() != null) {
                aliases.addAll(seed.aliases());
            }
            aliases.removeIf(alias -> alias == null || alias.isBlank());
            entities.add(new Entity(
                    ++id,
                    seed.kind(),
                    Registry.slugOf(name.en().strip()),
                    name,
                    "f".equals(seed.gender())
                            ? Gender.FEMALE
                            : "m".equals(seed.gender()) ? Gender.MALE : Gender.UNKNOWN,
                    seed.titles() == null ? List.of() : seed.titles(),
                    aliases));
        }
        return new Directory(entities);
    }

    /** Jackson, which escapes every string it writes. */
    private static final class Json {
        static final tools.jackson.databind.json.JsonMapper MAPPER =
                tools.jackson.databind.json.JsonMapper.builder().build();
    }
}
