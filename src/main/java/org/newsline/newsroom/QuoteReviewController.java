package org.newsline.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsline.account.AuditLog;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleNotFoundException;
import org.newsline.article.EditableStory;
import org.newsline.article.StoryQueries;
import org.newsline.newsroom.QuoteReviewViews.Item;
import org.newsline.newsroom.QuoteReviewViews.QuoteReviewPage;
import org.newsline.quote.Entity;
import org.newsline.quote.QuoteReviews;
import org.newsline.quote.QuoteReviews.Reviewed;
import org.newsline.quote.QuoteReviews.StoryQuotes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quotes of one story, for editors and admins (enforced by the security rules): highlighted in its text with
 * speaker, kind, rule and confidence; confirm a quote, reject it, or name its speaker from the registry. Every
 * decision is in the audit log and outlives later readings of the story.
 */
@Controller
class QuoteReviewController {

    private final StoryQueries stories;
    private final QuoteReviews reviews;
    private final AuditLog audit;
    private final Frames frames;

    QuoteReviewController(StoryQueries stories, QuoteReviews reviews, AuditLog audit, Frames frames) {
        this.stories = stories;
        this.reviews = reviews;
        this.audit = audit;
        this.frames = frames;
    }

    @GetMapping("/newsroom/articles/{id}/quotes")
    String screen(@PathVariable long id, CsrfToken csrf, Model model) {
        EditableStory story = stories.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        StoryQuotes read = reviews.of(id).orElse(null);
        List<Item> items = new ArrayList<>();
        if (read != null) {
            for (int i = 0; i < read.quotes().size(); i++) {
                Reviewed quote = read.quotes().get(i);
                items.add(new Item(i + 1, quote, String.format(Locale.ROOT, "%.2f", quote.confidence())));
            }
        }
        List<String> people = reviews.people().stream()
                .map(p -> p.name().in(story.language()) + " (" + p.slug() + ")")
                .sorted()
                .toList();
        model.addAttribute(
                "page",
                new QuoteReviewPage(
                        frames.frame("Quotes", csrf, (String) model.getAttribute("notice")),
                        id,
                        story.content().headline(),
                        story.status().name().toLowerCase(Locale.ROOT),
                        story.language().code(),
                        read != null,
                        read == null ? 0 : read.version(),
                        read == null ? List.of() : QuoteHighlights.of(read.text(), read.quotes()),
                        items,
                        people));
        return "newsroom/quotes";
    }

    @PostMapping("/newsroom/articles/{id}/quotes/{quote}/confirm")
    String confirm(@PathVariable long id, @PathVariable long quote, RedirectAttributes redirect) {
        StaffUser user = existing(id);
        Reviewed done = reviews.confirm(id, quote, user.getUsername());
        audit.record(user, "quote.confirm", "article:" + id, describe(done));
        redirect.addFlashAttribute("notice", "Quote confirmed.");
        return back(id);
    }

    @PostMapping("/newsroom/articles/{id}/quotes/{quote}/reject")
    String reject(@PathVariable long id, @PathVariable long quote, RedirectAttributes redirect) {
        StaffUser user = existing(id);
        Reviewed done = reviews.reject(id, quote, user.getUsername());
        audit.record(user, "quote.reject", "article:" + id, describe(done));
        redirect.addFlashAttribute("notice", "Quote rejected: readers will not see it.");
        return back(id);
    }

    @PostMapping("/newsroom/articles/{id}/quotes/{quote}/speaker")
    String speaker(
            @PathVariable long id,
            @PathVariable long quote,
            @RequestParam(defaultValue = "") String person,
            RedirectAttributes redirect) {
        StaffUser user = existing(id);
        EditableStory story = stories.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        Entity chosen = reviews.findPerson(person, story.language())
                .orElseThrow(() -> new IllegalArgumentException(
                        "No one in the registry is called '" + person.strip() + "': choose a name from the list."));
        Reviewed done = reviews.reassign(id, quote, chosen, story.language(), user.getUsername());
        audit.record(user, "quote.speaker", "article:" + id, describe(done));
        redirect.addFlashAttribute("notice", "Speaker set to " + chosen.name().in(story.language()) + ".");
        return back(id);
    }

    private StaffUser existing(long id) {
        StaffUser user = Frames.staff();
        stories.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return user;
    }

    private static String describe(Reviewed quote) {
        return quote.kind() + " " + quote.start() + "-" + quote.end() + ", speaker "
                + (quote.speaker() == null ? "none" : quote.speaker()) + ": "
                + (quote.text().length() > 80 ? quote.text().substring(0, 80) + "…" : quote.text());
    }

    private static String back(long id) {
        return "redirect:/newsroom/articles/" + id + "/quotes";
    }
}
