package org.newsline.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the Azerbaijani letters to the Latin letters people type on a keyboard without them: ə→e, ı→i, ö→o,
 * ü→u, ğ→g, ç→c, ş→s. {@code Eliyev} then finds {@code Əliyev}, and {@code secki} finds {@code seçki}.
 */
final class AzerbaijaniFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AzerbaijaniFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buffer[i] = fold(buffer[i]);
        }
        return true;
    }

    static char fold(char c) {
        return switch (c) {
            case 'ə' -> 'e';
            case 'ı' -> 'i';
            case 'ö' -> 'o';
            case 'ü' -> 'u';
            case 'ğ' -> 'g';
            case 'ç' -> 'c';
            case 'ş' -> 's';
            default -> c;
        };
    }
}
