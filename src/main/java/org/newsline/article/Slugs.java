package org.newsline.article;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** Makes URL slugs from headlines in any of the three scripts: "Bakıda görüş" becomes "bakida-gorus". */
final class Slugs {

    private static final int MAX_LENGTH = 80;

    // ICU's rules cover Cyrillic and Azerbaijani letters; the instance is thread-safe for transliterate().
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Slugs() {}

    static String fromHeadline(String headline) {
        // ICU's Latin-ASCII leaves the schwa out; Azerbaijani readers write it as "e".
        String latin = headline.replace('Ə', 'E').replace('ə', 'e');
        String ascii = TO_ASCII.transliterate(latin).toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastDash = slug.lastIndexOf('-');
            if (lastDash > MAX_LENGTH / 2) {
                slug = slug.substring(0, lastDash);
            }
        }
        return slug.isEmpty() ? "story" : slug;
    }

    static boolean isValid(String slug) {
        return slug != null && slug.length() <= 120 && slug.matches("[a-z0-9][a-z0-9-]*");
    }
}
