package org.newsline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Interface strings for every site language, read once from {@code i18n/messages_{lang}.properties}
 * (UTF-8). English is the fallback for a key another language lacks.
 */
@Component
public class Translations {

    /** Languages the interface is translated into, in display order. */
    public static final List<String> LANGUAGES = List.of("az", "ru", "en");

    private final Map<String, Strings> byLanguage = new HashMap<>();

    Translations() {
        Map<String, String> english = load("en");
        for (String lang : LANGUAGES) {
            Map<String, String> merged = new HashMap<>(english);
            merged.putAll(load(lang));
            byLanguage.put(lang, new Strings(Locale.forLanguageTag(lang), merged));
        }
    }

    /** The strings of a language; unknown codes get English. */
    public Strings of(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get("en"));
    }

    private static Map<String, String> load(String lang) {
        String resource = "i18n/messages_" + lang + ".properties";
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing interface strings: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((key, value) -> map.put((String) key, (String) value));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
