package org.newsline.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.newsline.platform.Language;
import org.newsline.platform.NewslineProperties;
import org.springframework.stereotype.Component;

/** Builds public addresses; an article's date segment is its publish date in the agency's time zone. */
@Component
public class ArticlePaths {

    private final ZoneId zone;

    ArticlePaths(NewslineProperties properties) {
        this.zone = properties.zone();
    }

    public String article(Language language, Instant publishAt, String slug) {
        LocalDate day = LocalDate.ofInstant(publishAt, zone);
        return "/%s/%04d/%02d/%02d/%s"
                .formatted(language.code(), day.getYear(), day.getMonthValue(), day.getDayOfMonth(), slug);
    }

    public String home(Language language) {
        return "/" + language.code() + "/";
    }

    public String newsLine(Language language) {
        return "/" + language.code() + "/news-line";
    }

    public String category(Language language, String slug) {
        return "/" + language.code() + "/" + slug + "/";
    }

    public String author(Language language, String slug) {
        return "/" + language.code() + "/author/" + slug;
    }

    public String tag(Language language, String slug) {
        return "/" + language.code() + "/tag/" + slug;
    }

    public ZoneId zone() {
        return zone;
    }
}
