package org.newsline.newsroom;

import java.util.List;
import java.util.function.Function;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.Status;
import org.newsline.article.StoryQueries;
import org.newsline.article.StoryRow;
import org.newsline.newsroom.NewsroomViews.DashboardPage;
import org.newsline.newsroom.NewsroomViews.LoginPage;
import org.newsline.newsroom.NewsroomViews.Row;
import org.newsline.newsroom.NewsroomViews.Section;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in screen and the dashboard every staff member lands on. */
@Controller
class DashboardController {

    private static final int PER_SECTION = 15;

    private final StoryQueries stories;
    private final Frames frames;

    DashboardController(StoryQueries stories, Frames frames) {
        this.stories = stories;
        this.frames = frames;
    }

    @GetMapping("/newsroom/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String throttled,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String expired,
            CsrfToken csrf,
            Model model) {
        String message = throttled != null
                ? "Too many attempts. Wait 15 minutes and try again."
                : error != null
                        ? "Wrong e-mail or password."
                        : logout != null
                                ? "You have signed out."
                                : expired != null ? "The sign-in took too long. Please start again." : "";
        model.addAttribute("page", new LoginPage(frames.frame("Sign in", csrf, ""), message));
        return "newsroom/login";
    }

    @GetMapping({"/newsroom", "/newsroom/"})
    String dashboard(@RequestParam(required = false) String q, CsrfToken csrf, Model model) {
        String notice = (String) model.getAttribute("notice");
        StaffUser me = Frames.staff();
        if (q != null && !q.isBlank()) {
            List<Section> found = List.of(section(
                    "Stories containing “" + q.strip() + "”, in any state",
                    stories.find(null, null, q, onlyFor(me), 50, 0),
                    StoryRow::updatedAt,
                    "Nothing found."));
            model.addAttribute("page", new DashboardPage(frames.frame("Find a story", csrf, notice), q.strip(), found));
            return "newsroom/dashboard";
        }
        List<Section> sections = List.of(
                section("My drafts", stories.draftsOf(me.id(), PER_SECTION), StoryRow::updatedAt, "No drafts."),
                section(
                        "Waiting for review",
                        stories.withStatus(Status.SUBMITTED, null, onlyFor(me), PER_SECTION, 0),
                        StoryRow::updatedAt,
                        "Nothing waits for review."),
                section(
                        "Scheduled",
                        mine(me, stories.scheduled(PER_SECTION)),
                        StoryRow::publishAt,
                        "Nothing is scheduled."),
                section("Embargoed", mine(me, stories.embargoed(PER_SECTION)), StoryRow::embargoUntil, "No embargoes."),
                section(
                        "Recently published",
                        stories.recentlyPublished(PER_SECTION),
                        StoryRow::publishAt,
                        "Nothing published yet."));
        model.addAttribute("page", new DashboardPage(frames.frame("Dashboard", csrf, notice), "", sections));
        return "newsroom/dashboard";
    }

    /** {@code null} for editors, who see every story; a correspondent's own id, as {@link Desk#canSee} has it. */
    private static Long onlyFor(StaffUser me) {
        return me.can(Role.EDITOR) ? null : me.id();
    }

    /** Scheduled and embargoed stories are not public yet: a correspondent sees only their own. */
    private static List<StoryRow> mine(StaffUser me, List<StoryRow> rows) {
        Long only = onlyFor(me);
        return only == null
                ? rows
                : rows.stream().filter(row -> only.equals(row.createdBy())).toList();
    }

    private Section section(
            String title, List<StoryRow> rows, Function<StoryRow, java.time.Instant> when, String empty) {
        return new Section(
                title,
                rows.stream()
                        .map(row -> new Row(row, "/newsroom/articles/" + row.id(), frames.shown(when.apply(row))))
                        .toList(),
                empty);
    }
}
