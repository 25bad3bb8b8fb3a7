package org.newsline.platform;

import java.util.Locale;
import java.util.Optional;

/** The agency's publishing languages, in the order the site lists them. */
public enum Language {
    AZ("Azərbaycanca"),
    RU("Русский"),
    EN("English");

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    /** The two-letter code used in URLs and in the database, such as {@code az}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Returns the language for a code that is known to be valid, such as one read from the database. */
    public static Language of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown language code: " + code));
    }
}
