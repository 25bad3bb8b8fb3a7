package org.newsline.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsline.platform.Language;

/** Reads the hand-labelled stories under {@code src/test/resources/quote/gold/}. */
final class GoldSet {

    private static final Pattern MARK =
            Pattern.compile("\\[\\[(direct|partial|indirect)\\|([^|]+)\\|(.+?)]]", Pattern.DOTALL);

    /** A labelled quote; speaker is null where the text names nobody. */
    record Labelled(String kind, int start, int end, String speaker) {}

    /** One story: the clean text and its quotes. */
    record Story(String text, List<Labelled> quotes) {}

    private GoldSet() {}

    static List<Story> stories(Language language) {
        String all;
        try (InputStream in = GoldSet.class.getResourceAsStream("/quote/gold/" + language.code() + ".txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Story> stories = new ArrayList<>();
        for (String marked : all.split("\n=====\n")) {
            stories.add(parse(marked.strip()));
        }
        return stories;
    }

    static Story parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<Labelled> quotes = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(3));
            String speaker = m.group(2).equals("-") ? null : m.group(2);
            quotes.add(new Labelled(m.group(1), start, text.length(), speaker));
            last = m.end();
        }
        text.append(marked.substring(last));
        return new Story(text.toString(), quotes);
    }
}
