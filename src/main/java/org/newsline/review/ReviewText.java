package org.newsline.review;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What readers type, made safe to keep and to show. {@link #normalize} runs before anything is stored:
 * NFC, no control characters and no bidirectional overrides (which can make a text read differently from
 * what it says). {@link #toHtml} runs when a review is shown: the text is escaped first, then bare web
 * addresses become links marked {@code rel="nofollow ugc noopener"}, and the result passes the OWASP
 * sanitizer as a second line of defence.
 */
final class ReviewText {

    /** Longest name, in characters. */
    static final int NAME_MAX = 80;
    /** Shortest and longest text, in characters. */
    static final int BODY_MIN = 1;

    static final int BODY_MAX = 3000;

    /** Longest editor's reply, in characters: the newsroom may need more room than a reader. */
    static final int REPLY_MAX = 4000;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'`]+");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final String LINK_REL = "nofollow ugc noopener";

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    /** Reviews rendered lately, by their text: 4 million characters of text and HTML. */
    private static final Cache<String, String> RENDERED = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((String text, String html) -> text.length() + html.length())
            .build();

    private ReviewText() {}

    /** A multi-line text as it is kept: NFC, lines joined with {@code \n}, at most one blank line in a row. */
    static String normalize(String raw) {
        String text = clean(raw, true);
        text = text.replaceAll("[ \\u00A0]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        return text.strip();
    }

    /** A one-line value such as a name: like {@link #normalize}, with line breaks and runs of spaces as one space. */
    static String normalizeLine(String raw) {
        return clean(raw, false).replaceAll("\\s+", " ").strip();
    }

    /** An e-mail address as kept: one line, lower case; empty when it does not look like an address. */
    static String normalizeEmail(String raw) {
        String email = normalizeLine(raw).toLowerCase(java.util.Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? email : "";
    }

    /** Length in characters as a reader counts them (code points, not UTF-16 units). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** How many web addresses the text holds. */
    static int links(String text) {
        Matcher matcher = URL.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * The stored text as HTML: escaped, paragraphs and line breaks kept, addresses as nofollow links. Texts shown
     * lately are kept as rendered: finding addresses and sanitising was a third of an article page's work.
     */
    static String toHtml(String text) {
        return RENDERED.get(text, ReviewText::render);
    }

    private static String render(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                linkify(lines[i], html);
            }
            html.append("</p>");
        }
        return POLICY.sanitize(html.toString());
    }

    private static void linkify(String line, StringBuilder html) {
        Matcher matcher = URL.matcher(line);
        int at = 0;
        while (matcher.find()) {
            String url = trimTrailing(matcher.group());
            int end = matcher.start() + url.length();
            html.append(escape(line.substring(at, matcher.start())));
            String href = url.regionMatches(true, 0, "www.", 0, 4) ? "https://" + url : url;
            html.append("<a href=\"")
                    .append(escape(href))
                    .append("\" rel=\"")
                    .append(LINK_REL)
                    .append("\">")
                    .append(escape(url))
                    .append("</a>");
            at = end;
        }
        html.append(escape(line.substring(at)));
    }

    /** Leaves out punctuation that ends a sentence rather than the address, and an unmatched closing bracket. */
    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0) {
            char last = url.charAt(end - 1);
            if (".,;:!?".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && count(url, '(', end) < count(url, ')', end)) {
                end--;
            } else if (last == ']' && count(url, '[', end) < count(url, ']', end)) {
                end--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static int count(String text, char c, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String clean(String raw, boolean multiline) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < raw.length() && raw.charAt(i) == '\n') {
                    continue; // \r\n is one line break
                }
                cp = '\n';
            }
            if (cp == '\u2028' || cp == '\u2029') {
                cp = '\n';
            }
            if (cp == '\n') {
                out.append(multiline ? '\n' : ' ');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (!removed(cp)) {
                out.appendCodePoint(cp);
            }
        }
        // After removing: a removed character may have separated a letter from its combining mark.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Control characters, bidirectional embeddings, overrides, isolates and marks, and stray invisibles. */
    private static boolean removed(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || (cp >= 0x202A && cp <= 0x202E) // LRE, RLE, PDF, LRO, RLO
                || (cp >= 0x2066 && cp <= 0x2069) // LRI, RLI, FSI, PDI
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x061C // LRM, RLM, ALM
                || cp == 0xFEFF
                || (cp >= 0xFFF9 && cp <= 0xFFFB) // byte order mark, interlinear annotation
                || Character.getType(cp) == Character.SURROGATE; // half of a broken pair
    }
}
