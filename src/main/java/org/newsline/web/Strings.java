package org.newsline.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/** The interface strings of one language, looked up by key; a missing key shows as itself so it is noticed. */
public final class Strings {

    private final Locale locale;
    private final Map<String, String> messages;

    Strings(Locale locale, Map<String, String> messages) {
        this.locale = locale;
        this.messages = Map.copyOf(messages);
    }

    public String t(String key) {
        return messages.getOrDefault(key, key);
    }

    /** A string with {@link MessageFormat} arguments, such as "{0} new stories". */
    public String t(String key, Object... args) {
        return new MessageFormat(t(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
