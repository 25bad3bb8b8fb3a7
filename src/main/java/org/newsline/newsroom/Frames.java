package org.newsline.newsroom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.newsline.account.CurrentStaff;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.newsroom.NewsroomViews.Frame;
import org.newsline.platform.NewslineProperties;
import org.newsline.web.BadRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the newsroom's screen chrome and converts times between form fields and instants. Public for the
 * features that add newsroom screens of their own (reviews).
 */
@Component
public class Frames {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private final ZoneId zone;

    Frames(NewslineProperties properties) {
        this.zone = properties.zone();
    }

    /** The signed-in staff member; a request without one is refused. */
    public static StaffUser staff() {
        return CurrentStaff.user().orElseThrow(() -> new AccessDeniedException("Please sign in"));
    }

    /** The chrome of a screen titled {@code title}, with a notice about the last action (or none). */
    public Frame frame(String title, CsrfToken csrf, String notice) {
        StaffUser user = CurrentStaff.user().orElse(null);
        return new Frame(
                title,
                user == null ? "" : user.displayName(),
                user == null ? "" : user.role().code(),
                user != null && user.can(Role.ADMIN),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                notice == null ? "" : notice,
                zone.getId());
    }

    /** "29 Nov 2026, 14:05" in the agency's zone, or empty. */
    public String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    /** The value of a {@code datetime-local} field, or empty. */
    String field(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(zone)
                        .toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString();
    }

    /** Reads a {@code datetime-local} field in the agency's zone; empty means none. */
    Instant parse(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(label + " is not a date and time: '" + value + "'");
        }
    }
}
