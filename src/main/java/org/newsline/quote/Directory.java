package org.newsline.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsline.platform.Language;
import org.newsline.quote.Words.Word;
import org.newsline.search.NameKeys;

/**
 * The registry in memory, for matching names in text. Every alias becomes a sequence of {@link NameKeys name
 * keys}, so one alias matches in Latin, Cyrillic and Azerbaijani Latin alike; words in text are also tried with
 * Russian and Azerbaijani case endings removed ({@code Маммадли}, {@code Кроуфорда}, {@code Məmmədlinin}). A
 * person's last name alone is an alias too, unless two people share it.
 */
final class Directory {

    private static final List<String> RUSSIAN_ENDINGS = List.of(
            "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем", "ым", "им", "ую", "юю", "ая", "яя", "а",
            "я", "у", "ю", "е", "ы", "и", "й");
    private static final List<String> AZERBAIJANI_ENDINGS = List.of(
            "nın", "nin", "nun", "nün", "dan", "dən", "tan", "tən", "yla", "ylə", "dakı", "dəki", "ın", "in", "un",
            "ün", "ya", "yə", "da", "də", "ta", "tə", "na", "nə", "la", "lə", "nı", "ni", "nu", "nü", "a", "ə", "ı",
            "i", "u", "ü");
    private static final int MIN_STEM = 3;
    private static final int LONGEST_NAME = 5;

    private final Map<String, Set<Entity>> byKey = new HashMap<>();

    Directory(List<Entity> entities) {
        Map<String, Set<Entity>> surnames = new HashMap<>();
        for (Entity entity : entities) {
            for (String alias : entity.aliases()) {
                List<Word> words = Words.of(alias, 0, alias.length());
                if (words.isEmpty()) {
                    continue;
                }
                byKey.computeIfAbsent(key(words), k -> new LinkedHashSet<>()).add(entity);
                if (entity.isPerson() && words.size() > 1) {
                    String surname = NameKeys.of(words.get(words.size() - 1).text());
                    surnames.computeIfAbsent(surname, k -> new LinkedHashSet<>())
                            .add(entity);
                }
            }
        }
        surnames.forEach((key, found) -> {
            if (found.size() == 1) {
                byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(found);
            }
        });
    }

    static Directory empty() {
        return new Directory(List.of());
    }

    /** The space-separated name keys of these words as written: the identity of a name in any script. */
    static String key(List<Word> words) {
        StringBuilder key = new StringBuilder();
        for (Word word : words) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(NameKeys.of(word.text()));
        }
        return key.toString();
    }

    /** The one entity these words name, trying inflected forms; empty if none or more than one. */
    Optional<Entity> find(List<Word> words, Language language) {
        if (words.isEmpty() || words.size() > LONGEST_NAME) {
            return Optional.empty();
        }
        List<String> keys = List.of("");
        for (Word word : words) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String candidate : forms(word.text(), language)) {
                    next.add(prefix.isEmpty() ? candidate : prefix + " " + candidate);
                }
            }
            keys = next;
        }
        Set<Entity> found = new LinkedHashSet<>();
        for (String key : keys) {
            found.addAll(byKey.getOrDefault(key, Set.of()));
            if (!found.isEmpty()) {
                break;
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The longest tail of these words that names an entity, with where that tail starts. */
    Optional<Found> findTail(List<Word> words, Language language) {
        for (int from = 0; from < words.size(); from++) {
            Optional<Entity> entity = find(words.subList(from, words.size()), language);
            if (entity.isPresent()) {
                return Optional.of(new Found(entity.get(), from));
            }
        }
        return Optional.empty();
    }

    record Found(Entity entity, int from) {}

    /** The name without any places or organisations it ends with ("Abbasova Bakıda" is "Abbasova"). */
    List<Word> people(List<Word> name, Language language) {
        List<Word> rest = name;
        while (!rest.isEmpty()) {
            Optional<Found> found = findTail(rest, language);
            if (found.isEmpty() || found.get().entity().isPerson()) {
                return rest;
            }
            rest = rest.subList(0, found.get().from());
        }
        return rest;
    }

    /** The word's key as written first, then with one and two case endings removed. */
    static List<String> forms(String word, Language language) {
        Set<String> forms = new LinkedHashSet<>();
        String bare = word.replaceAll("['’](s|[\\p{L}]{1,4})$", "");
        forms.add(NameKeys.of(word));
        forms.add(NameKeys.of(bare));
        List<String> endings = switch (language) {
            case RU -> RUSSIAN_ENDINGS;
            case AZ -> AZERBAIJANI_ENDINGS;
            case EN -> List.of();
        };
        for (String once : strip(bare, endings)) {
            forms.add(NameKeys.of(once));
            for (String twice : strip(once, endings)) {
                forms.add(NameKeys.of(twice));
            }
        }
        forms.remove("");
        return List.copyOf(forms);
    }

    private static List<String> strip(String word, List<String> endings) {
        List<String> stems = new ArrayList<>();
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String ending : endings) {
            if (lower.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                stems.add(word.substring(0, word.length() - ending.length()));
            }
        }
        return stems;
    }
}
