package org.newsline.search;

import java.util.Optional;
import java.util.regex.Pattern;
import org.newsline.platform.Language;
import org.newsline.web.BadRequestException;

/**
 * What a reader asked for. Anything typed into the query is valid (it is read as plain words when it is not a
 * phrase or an exclusion); the filters, sort and page must be well formed.
 *
 * @param text the words typed; empty for the latest stories
 * @param language only stories in this language, or {@code null} for all
 * @param category only this section (slug), or {@code null}
 * @param author only stories by this correspondent (slug), or {@code null}
 * @param date only stories published in this range, or {@code null}
 * @param newest newest first rather than most relevant first
 * @param page page number from 1
 */
public record SearchRequest(
        String text, Language language, String category, String author, DateRange date, boolean newest, int page) {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_PAGE = 100;
    private static final int MAX_TEXT = 500;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public SearchRequest {
        text = text == null ? "" : text.strip();
    }

    /**
     * Reads request parameters as a search page or the API receives them; {@code null} or blank means "not
     * given".
     *
     * @throws BadRequestException naming the malformed parameter
     */
    public static SearchRequest parse(
            String q, String language, String category, String author, String date, String sort, String page) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Language lang = given(language)
                ? Language.fromCode(language)
                        .orElseThrow(() -> new BadRequestException("Unknown language: " + language + " (az, ru or en)"))
                : null;
        DateRange range = given(date)
                ? DateRange.fromCode(date)
                        .orElseThrow(() -> new BadRequestException(
                                "Unknown date range: " + date + " (today, week, month or year)"))
                : null;
        boolean newest;
        if (!given(sort)) {
            newest = text.isEmpty();
        } else if (sort.equals("newest") || sort.equals("relevance")) {
            newest = sort.equals("newest");
        } else {
            throw new BadRequestException("Unknown sort order: " + sort + " (relevance or newest)");
        }
        return new SearchRequest(
                text, lang, slug("category", category), slug("author", author), range, newest, pageNumber(page));
    }

    public Optional<Language> languageFilter() {
        return Optional.ofNullable(language);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** The same search on another page. */
    public SearchRequest onPage(int number) {
        return new SearchRequest(text, language, category, author, date, newest, number);
    }

    private static String slug(String name, String value) {
        if (!given(value)) {
            return null;
        }
        if (!SLUG.matcher(value).matches()) {
            throw new BadRequestException("Malformed " + name + ": " + value);
        }
        return value;
    }

    private static int pageNumber(String page) {
        if (!given(page)) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("Page must be a number from 1 to " + MAX_PAGE + ": " + page);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
