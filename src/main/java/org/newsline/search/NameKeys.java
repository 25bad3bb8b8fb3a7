package org.newsline.search;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reduces a name in any of the agency's scripts to a rough Latin sound key, so that one person or place is
 * found however it is spelled: {@code Алиев}, {@code Aliyev} and {@code Əliyev} all become {@code aliav};
 * {@code Blinken} and {@code Блинкен} become {@code blinkan}; {@code Qarabağ}, {@code Karabakh} and
 * {@code Карабах} become {@code karabag}.
 *
 * <p>Steps: Azerbaijani letters to their usual English spelling (ə→a, x→h, q→k); any other script through
 * ICU to Latin and then ASCII; common digraphs to one letter (kh, zh, sh, ch, ts, ph); h to g (Russian
 * writes foreign h as г); y before a vowel dropped and other y, j to i; vowels to three classes (a/e, i,
 * o/u); doubled letters once.
 */
public final class NameKeys {

    private static final int CACHE_LIMIT = 200_000;
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private NameKeys() {}

    /** The key of one word; empty if the word has no letters. */
    public static String of(String word) {
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        String key = compute(word);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(word, key);
        return key;
    }

    private static String compute(String word) {
        StringBuilder mapped = new StringBuilder(word.length());
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            char c = azerbaijaniToEnglish(word.charAt(i));
            mapped.append(c);
            ascii &= c < 128;
        }
        String latin = ascii ? mapped.toString() : TO_LATIN.get().transliterate(mapped.toString());
        StringBuilder letters = new StringBuilder(latin.length());
        for (char c : latin.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String s = letters.toString()
                .replace("kh", "h")
                .replace("zh", "z")
                .replace("sh", "s")
                .replace("ch", "c")
                .replace("ts", "c")
                .replace("ph", "f")
                .replace('h', 'g')
                .replace('w', 'v');
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowelNext = i + 1 < s.length() && isVowel(s.charAt(i + 1));
            if (c == 'y' && vowelNext) {
                continue;
            }
            c = switch (c) {
                case 'y', 'j' -> 'i';
                case 'e' -> 'a';
                case 'u' -> 'o';
                default -> c;
            };
            if (key.isEmpty() || key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char azerbaijaniToEnglish(char c) {
        return switch (c) {
            case 'ə' -> 'a';
            case 'Ə' -> 'A';
            case 'ı' -> 'i';
            case 'İ' -> 'I';
            case 'x' -> 'h';
            case 'X' -> 'H';
            case 'q' -> 'k';
            case 'Q' -> 'K';
            case 'ğ' -> 'g';
            case 'Ğ' -> 'G';
            case 'ş' -> 's';
            case 'Ş' -> 'S';
            case 'ç' -> 'c';
            case 'Ç' -> 'C';
            case 'ö' -> 'o';
            case 'Ö' -> 'O';
            case 'ü' -> 'u';
            case 'Ü' -> 'U';
            default -> c;
        };
    }
}
