package org.newsline.platform;

/**
 * One text in the three publishing languages; a missing version falls back to another language.
 *
 * @param az Azerbaijani
 * @param ru Russian
 * @param en English
 */
public record LocalizedText(String az, String ru, String en) {

    public String in(Language language) {
        String text = switch (language) {
            case AZ -> az;
            case RU -> ru;
            case EN -> en;
        };
        if (text != null && !text.isBlank()) {
            return text;
        }
        for (String fallback : new String[] {en, ru, az}) {
            if (fallback != null && !fallback.isBlank()) {
                return fallback;
            }
        }
        return "";
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(text, text, text);
    }
}
