package org.newsline.quote;

import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registry entries of one test only: names nobody else has, stored as the registry stores them. */
public final class RegistryFixtures {

    private RegistryFixtures() {}

    /**
     * An entry made for a test.
     *
     * @param name its name, the same in every language
     * @param slug its page's address segment
     */
    public record Made(String name, String slug) {

        public String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    /** A word no other entry uses, capitalised: {@code prefix} and five random letters. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
    }

    /** A person "first Vell…" of gender {@code f} or {@code m}. */
    public static Made person(JdbcClient jdbc, String first, String gender) {
        return make(jdbc, "person", first + " " + unique("Vell"), gender);
    }

    /** A place or organisation called {@code name}. */
    public static Made entity(JdbcClient jdbc, String kind, String name) {
        return make(jdbc, kind, name, null);
    }

    private static Made make(JdbcClient jdbc, String kind, String name, String gender) {
        String slug = name.toLowerCase(Locale.ROOT).replace(' ', '-');
        long id = jdbc.sql("""
                        INSERT INTO quote_entity (kind, slug, name_az, name_ru, name_en, gender, titles)
                        VALUES (:kind, :slug, :name, :name, :name, :gender, 'senator') RETURNING id""")
                .param("kind", kind)
                .param("slug", slug)
                .param("name", name)
                .param("gender", gender)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO quote_alias (entity_id, alias) VALUES (:id, :name)")
                .param("id", id)
                .param("name", name)
                .update();
        return new Made(name, slug);
    }
}
