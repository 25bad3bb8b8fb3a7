package org.newsline.quote;

import com.ibm.icu.text.Transliterator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsline.platform.LocalizedText;
import org.newsline.quote.Cues.Gender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry of people, places and organisations, and their aliases in every script. */
@Repository
public class Registry {

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private final JdbcClient jdbc;
    private volatile Shared shared;

    Registry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entity with its aliases; the registry is small (thousands), so followers read it per batch. */
    public List<Entity> all() {
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc.sql("SELECT entity_id, alias FROM quote_alias ORDER BY entity_id, alias")
                .query((rs, n) -> aliases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return jdbc.sql("SELECT * FROM quote_entity ORDER BY id")
                .query((rs, n) -> entity(rs, aliases.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Directory directory() {
        return new Directory(all());
    }

    /**
     * The registry for reading mentions on pages, shared between requests: rebuilding it reads every entity and
     * alias, which would otherwise happen on every article shown. Each call reads one number, the count of
     * registry changes that a database trigger keeps (migration V0113), so a change made anywhere (this node,
     * another, a script) shows at once.
     */
    Directory sharedDirectory() {
        long changes = jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM quote_registry_changes")
                .query(Long.class)
                .single();
        Shared now = shared;
        if (now == null || now.changes() != changes) {
            // Read after the count: a change committed in between makes the next call read again, never less.
            now = new Shared(directory(), changes);
            shared = now;
        }
        return now.directory();
    }

    private record Shared(Directory directory, long changes) {}

    public Optional<Entity> findBySlug(String slug) {
        return all().stream().filter(e -> e.slug().equals(slug)).findFirst();
    }

    public Optional<Entity> find(long id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM quote_entity").query(Long.class).single();
    }

    /**
     * Adds an entity whose aliases are its three names and {@code aliases}; returns its id.
     *
     * @throws IllegalArgumentException if the kind is unknown or the names are blank
     */
    @Transactional
    public long create(String kind, LocalizedText name, Gender gender, List<String> titles, List<String> aliases) {
        if (!Set.of("person", "place", "organisation").contains(kind)) {
            throw new IllegalArgumentException("Unknown kind of entity: '" + kind + "'");
        }
        String english = name.in(org.newsline.platform.Language.EN).strip();
        if (english.isEmpty()) {
            throw new IllegalArgumentException("An entity needs a name");
        }
        String slug = freeSlug(slugOf(english));
        long id = jdbc.sql("""
                        INSERT INTO quote_entity (kind, slug, name_az, name_ru, name_en, gender, titles)
                        VALUES (:kind, :slug, :az, :ru, :en, :gender, :titles) RETURNING id""")
                .param("kind", kind)
                .param("slug", slug)
                .param("az", name.in(org.newsline.platform.Language.AZ).strip())
                .param("ru", name.in(org.newsline.platform.Language.RU).strip())
                .param("en", english)
                .param("gender", gender == Gender.FEMALE ? "f" : gender == Gender.MALE ? "m" : null)
                .param("titles", String.join(" ", titles))
                .query(Long.class)
                .single();
        Set<String> all = new LinkedHashSet<>(List.of(name.az(), name.ru(), name.en()));
        all.addAll(aliases);
        for (String alias : all) {
            addAlias(id, alias);
        }
        return id;
    }

    /** Adds a spelling to an entity; a blank or known one is ignored. */
    public void addAlias(long entityId, String alias) {
        if (alias == null || alias.isBlank()) {
            return;
        }
        jdbc.sql("INSERT INTO quote_alias (entity_id, alias) VALUES (:id, :alias) ON CONFLICT DO NOTHING")
                .param("id", entityId)
                .param("alias", alias.strip())
                .update();
    }

    /** A URL segment from an English name: "Rauf Mammadli" becomes {@code rauf-mammadli}. */
    static String slugOf(String name) {
        String ascii = TO_ASCII.get().transliterate(name).toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "entity" : slug.substring(0, Math.min(slug.length(), 80));
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; exists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean exists(String slug) {
        return jdbc.sql("SELECT count(*) FROM quote_entity WHERE slug = :slug")
                        .param("slug", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Entity entity(ResultSet rs, List<String> aliases) throws SQLException {
        String gender = rs.getString("gender");
        String titles = rs.getString("titles");
        return new Entity(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("slug"),
                new LocalizedText(rs.getString("name_az"), rs.getString("name_ru"), rs.getString("name_en")),
                "f".equals(gender) ? Gender.FEMALE : "m".equals(gender) ? Gender.MALE : Gender.UNKNOWN,
                titles.isBlank() ? List.of() : Arrays.asList(titles.split(" ")),
                List.copyOf(aliases));
    }
}
