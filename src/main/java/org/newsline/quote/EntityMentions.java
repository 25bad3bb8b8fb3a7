package org.newsline.quote;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.platform.Language;
import org.newsline.quote.Extraction.Mention;
import org.springframework.stereotype.Component;

/**
 * The people, places and organisations a text names, for the wire formats and structured data. They are read
 * from the text given (the version that goes out), not from the stored reading, so a subscriber's copy and the
 * page never wait for the extraction follower.
 */
@Component
public class EntityMentions {

    private final Registry registry;
    private final Cache<Key, List<Mentioned>> found = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((Key key, List<Mentioned> value) -> key.text().length())
            .build();

    EntityMentions(Registry registry) {
        this.registry = registry;
    }

    /**
     * An entity a story names.
     *
     * @param kind person, place or organisation
     * @param slug its page's address segment
     * @param name its name in the story's language
     * @param path its public page: a person's statements, or the topic page of a place or organisation
     */
    public record Mentioned(String kind, String slug, String name, String path) {

        public boolean isPerson() {
            return "person".equals(kind);
        }

        public boolean isPlace() {
            return "place".equals(kind);
        }

        public boolean isOrganisation() {
            return "organisation".equals(kind);
        }
    }

    /**
     * Each registry entity the plain text names, once, in order of its first mention. Answers are kept per
     * registry state (a {@link Directory} stays the same object until the registry changes), so a story shown
     * again is not read again.
     */
    public List<Mentioned> in(Language language, String plainText) {
        if (plainText == null || plainText.isBlank()) {
            return List.of();
        }
        Directory directory = registry.sharedDirectory();
        return found.get(new Key(directory, language, plainText), key -> find(directory, language, plainText));
    }

    private static List<Mentioned> find(Directory directory, Language language, String plainText) {
        Map<Long, Mentioned> found = new LinkedHashMap<>();
        for (Mention mention : Mentions.find(plainText, directory, Cues.of(language))) {
            Entity entity = mention.entity();
            found.computeIfAbsent(
                    entity.id(),
                    id -> new Mentioned(
                            entity.kind(),
                            entity.slug(),
                            entity.name().in(language),
                            entity.isPerson()
                                    ? Statements.personPath(language, entity.slug())
                                    : Statements.topicPath(language, entity.slug())));
        }
        return List.copyOf(found.values());
    }

    /** A text read with one state of the registry (a {@link Directory} is the same object until a change). */
    private record Key(Directory directory, Language language, String text) {}
}
