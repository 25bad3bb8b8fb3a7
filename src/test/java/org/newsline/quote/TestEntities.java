package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsline.quote.Cues.Gender;

/** The demo registry as entities in memory, for tests that need no database. */
final class TestEntities {

    private TestEntities() {}

    static List<Entity> all() {
        List<Entity> entities = new ArrayList<>();
        long id = 1;
        for (RegistrySeed.Seed seed : RegistrySeed.seeds()) {
            List<String> aliases = new ArrayList<>(
                    List.of(seed.name().az(), seed.name().ru(), seed.name().en()));
            if (seed.aliases() != null) {
                aliases.addAll(seed.aliases());
            }
            Gender gender = "f".equals(seed.gender())
                    ? Gender.FEMALE
                    : "m".equals(seed.gender()) ? Gender.MALE : Gender.UNKNOWN;
            entities.add(new Entity(
                    id++,
                    seed.kind(),
                    Registry.slugOf(seed.name().en()),
                    seed.name(),
                    gender,
                    seed.titles() == null ? List.of() : seed.titles(),
                    aliases));
        }
        return entities;
    }
}
