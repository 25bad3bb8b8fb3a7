package org.newsline.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** A date filter of the search: stories published today, or within the last week, month or year. */
public enum DateRange {
    TODAY,
    WEEK,
    MONTH,
    YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The earliest publish time in the range; "today" starts at midnight in the agency's time zone. */
    public Instant since(Clock clock, ZoneId zone) {
        Instant now = clock.instant();
        return switch (this) {
            case TODAY -> LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
            case WEEK -> now.minus(Duration.ofDays(7));
            case MONTH -> now.minus(Duration.ofDays(30));
            case YEAR -> now.minus(Duration.ofDays(365));
        };
    }

    public static Optional<DateRange> fromCode(String code) {
        for (DateRange range : values()) {
            if (range.code().equals(code)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }
}
