package org.newsline.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.newsline.platform.LocalizedText;
import org.newsline.quote.Cues.Gender;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty registry with the demo agency's people, places and organisations (all people in it are
 * fictional), before the change-log followers start, so the demo stories are read with it.
 */
@Component
class RegistrySeed implements SmartInitializingSingleton {

    /** One entry of {@code quote/demo-entities.json}. */
    record Seed(String kind, LocalizedText name, String gender, List<String> titles, List<String> aliases) {}

    private final Registry registry;
    private final boolean demo;

    RegistrySeed(Registry registry, @Value("${newsline.demo.enabled:true}") boolean demo) {
        this.registry = registry;
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demo && registry.count() == 0) {
            load();
        }
    }

    /** Adds every demo entity not yet in the registry (matched by English name). */
    void load() {
        for (Seed seed : seeds()) {
            boolean known = registry.all().stream()
                    .anyMatch(e -> e.name().en().equals(seed.name().en()));
            if (!known) {
                Gender gender = "f".equals(seed.gender())
                        ? Gender.FEMALE
                        : "m".equals(seed.gender()) ? Gender.MALE : Gender.UNKNOWN;
                registry.create(
                        seed.kind(),
                        seed.name(),
                        gender,
                        seed.titles() == null ? List.of() : seed.titles(),
                        seed.aliases() == null ? List.of() : seed.aliases());
            }
        }
    }

    static List<Seed> seeds() {
        try (InputStream in = RegistrySeed.class.getResourceAsStream("/quote/demo-entities.json")) {
            return List.of(JsonMapper.builder().build().readValue(in, Seed[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
