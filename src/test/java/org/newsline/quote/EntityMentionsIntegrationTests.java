package org.newsline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EntityMentionsIntegrationTests {

    @Autowired
    EntityMentions mentions;

    @Autowired
    Registry registry;

    @Test
    void anEntityAddedOnThisNodeIsFoundAtOnceAlthoughTheRegistryIsShared() {
        String surname = "Zqvelidze" + letters();
        String text = "Minister Tamar " + surname + " opened the new museum in Ganja on Monday.";
        assertThat(mentions.in(Language.EN, text)).noneMatch(m -> m.name().contains(surname));

        registry.create(
                "person", LocalizedText.of("Tamar " + surname), Cues.Gender.FEMALE, List.of("minister"), List.of());

        assertThat(mentions.in(Language.EN, text))
                .anySatisfy(m -> assertThat(m.name()).isEqualTo("Tamar " + surname));
    }

    @Test
    void aNewAliasIsFoundAtOnce() {
        String name = "Orkhan Zqmirov" + letters();
        long id = registry.create("person", LocalizedText.of(name), Cues.Gender.MALE, List.of(), List.of());
        String alias = "Zqnickname" + letters();
        String text = "The singer " + alias + " said nothing about the concert.";
        mentions.in(Language.EN, text);

        registry.addAlias(id, alias);

        assertThat(mentions.in(Language.EN, text))
                .anySatisfy(m -> assertThat(m.slug())
                        .isEqualTo(registry.find(id).orElseThrow().slug()));
    }

    /** A few lowercase letters, different each time, so that names never clash with other tests' entities. */
    private static String letters() {
        StringBuilder out = new StringBuilder();
        for (char c : UUID.randomUUID().toString().substring(0, 8).toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c == '-' ? 'z' : c);
        }
        return out.toString();
    }
}
