package org.newsline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What every page around its content shows in one language: masthead, section navigation, footer links,
 * interface strings and date formats.
 *
 * @param origin the site's public origin, such as {@code https://news.example}, for absolute links
 * @param siteName the agency's name
 * @param lang language code of the page
 * @param strings interface strings of that language
 * @param zone the agency's time zone, in which times are shown
 * @param homePath the home page of this language
 * @param newsLinePath the News Line of this language
 * @param sections section navigation
 * @param social "Follow us on social networks" links
 * @param today the agency's current date
 */
public record Chrome(
        String origin,
        String siteName,
        String lang,
        Strings strings,
        ZoneId zone,
        String homePath,
        String newsLinePath,
        List<Link> sections,
        List<Link> social,
        LocalDate today) {

    public String t(String key) {
        return strings.t(key);
    }

    public String t(String key, Object... args) {
        return strings.t(key, args);
    }

    /** "Sunday, 29 November 2026", for the masthead. */
    public String todayLabel() {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", strings.locale())
                .format(today);
    }

    /** The absolute address of a path on this site. */
    public String absolute(String path) {
        return origin + path;
    }

    /** "14:05" */
    public String time(Instant instant) {
        return format("HH:mm", instant);
    }

    /** "29 November 2026, 14:05" */
    public String dateTime(Instant instant) {
        return format("d MMMM yyyy, HH:mm", instant);
    }

    /** "14:05" for a time today in the agency's zone, otherwise "28 Nov" */
    public String timeOrDay(Instant instant) {
        return instant.atZone(zone).toLocalDate().equals(today) ? time(instant) : format("d MMM", instant);
    }

    /** "29 November 2026" */
    public String date(Instant instant) {
        return format("d MMMM yyyy", instant);
    }

    /** Machine-readable time for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** Marks the section with this address as current. */
    public Chrome withCurrentSection(String href) {
        List<Link> marked = sections.stream()
                .map(link -> new Link(link.label(), link.href(), link.href().equals(href)))
                .toList();
        return new Chrome(origin, siteName, lang, strings, zone, homePath, newsLinePath, marked, social, today);
    }

    private String format(String pattern, Instant instant) {
        return DateTimeFormatter.ofPattern(pattern, strings.locale()).format(instant.atZone(zone));
    }
}
