package org.newsline.newsroom;

import java.util.List;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Category;
import org.newsline.newsroom.SubscriberViews.DeliveryRow;
import org.newsline.newsroom.SubscriberViews.SubscriberPage;
import org.newsline.newsroom.SubscriberViews.SubscribersPage;
import org.newsline.web.BadRequestException;
import org.newsline.web.PageNotFoundException;
import org.newsline.wire.Delivery;
import org.newsline.wire.NewSubscriber;
import org.newsline.wire.Subscriber;
import org.newsline.wire.Subscriber.Product;
import org.newsline.wire.SubscriberNotFoundException;
import org.newsline.wire.Subscribers;
import org.newsline.wire.WireFormat;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Wire subscribers for admins (enforced by the security rules): create, keys, suspend, delivery log, replay. */
@Controller
class SubscribersController {

    private final Subscribers subscribers;
    private final ArticleRepository articles;
    private final Frames frames;

    SubscribersController(Subscribers subscribers, ArticleRepository articles, Frames frames) {
        this.subscribers = subscribers;
        this.articles = articles;
        this.frames = frames;
    }

    @GetMapping("/newsroom/subscribers")
    String list(CsrfToken csrf, Model model) {
        List<String> categories =
                articles.categories().stream().map(Category::slug).toList();
        model.addAttribute(
                "page",
                new SubscribersPage(
                        frames.frame("Wire subscribers", csrf, (String) model.getAttribute("notice")),
                        subscribers.list(),
                        categories));
        return "newsroom/subscribers";
    }

    @PostMapping("/newsroom/subscribers")
    String create(
            @RequestParam String name,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(required = false) List<String> languages,
            @RequestParam(required = false) List<String> categories,
            @RequestParam(defaultValue = "normal") String minUrgency,
            @RequestParam(defaultValue = "false") boolean earlyEmbargo,
            @RequestParam(defaultValue = "") String webhookUrl,
            @RequestParam(defaultValue = "ninjs") String format,
            @RequestParam(defaultValue = "600") int requestsPerMinute,
            RedirectAttributes redirect) {
        Subscribers.Created created;
        try {
            WireFormat wireFormat = WireFormat.fromCode(format)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + format + "'"));
            created = subscribers.create(
                    Frames.staff(),
                    new NewSubscriber(
                            name,
                            contact,
                            List.of(new Product(languages, categories, minUrgency)),
                            earlyEmbargo,
                            webhookUrl,
                            wireFormat,
                            requestsPerMinute));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Subscriber " + name.strip() + " created.");
        redirect.addFlashAttribute("secret", created.webhookSecret() == null ? "" : created.webhookSecret());
        return "redirect:/newsroom/subscribers/" + created.subscriber().id();
    }

    @GetMapping("/newsroom/subscribers/{id}")
    String show(@PathVariable long id, CsrfToken csrf, Model model) {
        Subscriber subscriber =
                subscribers.find(id).orElseThrow(() -> new PageNotFoundException("No subscriber " + id));
        List<DeliveryRow> log =
                subscribers.deliveries(id, 200).stream().map(this::row).toList();
        model.addAttribute(
                "page",
                new SubscriberPage(
                        frames.frame(subscriber.name(), csrf, (String) model.getAttribute("notice")),
                        subscriber,
                        subscribers.keys(id),
                        log,
                        text(model.getAttribute("secret")),
                        text(model.getAttribute("newKey"))));
        return "newsroom/subscriber";
    }

    @PostMapping("/newsroom/subscribers/{id}/keys")
    String createKey(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newKey", call(() -> subscribers.createKey(Frames.staff(), id)));
        return "redirect:/newsroom/subscribers/" + id;
    }

    @PostMapping("/newsroom/subscribers/{id}/keys/{keyId}/revoke")
    String revokeKey(@PathVariable long id, @PathVariable long keyId, RedirectAttributes redirect) {
        call(() -> {
            subscribers.revokeKey(Frames.staff(), id, keyId);
            return null;
        });
        redirect.addFlashAttribute("notice", "Key revoked.");
        return "redirect:/newsroom/subscribers/" + id;
    }

    @PostMapping("/newsroom/subscribers/{id}/status")
    String status(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        call(() -> {
            subscribers.setActive(Frames.staff(), id, active);
            return null;
        });
        redirect.addFlashAttribute("notice", active ? "Subscriber reactivated." : "Subscriber suspended.");
        return "redirect:/newsroom/subscribers/" + id;
    }

    @PostMapping("/newsroom/subscribers/{id}/deliveries/{deliveryId}/replay")
    String replay(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
        call(() -> {
            subscribers.replay(Frames.staff(), id, deliveryId);
            return null;
        });
        redirect.addFlashAttribute("notice", "Delivery " + deliveryId + " queued again.");
        return "redirect:/newsroom/subscribers/" + id;
    }

    private DeliveryRow row(Delivery d) {
        String error = d.lastError() != null ? d.lastError() : d.lastStatus() == null ? "" : "HTTP " + d.lastStatus();
        String finished = d.deliveredAt() != null
                ? frames.shown(d.deliveredAt())
                : d.status().equals("pending") ? "next " + frames.shown(d.nextAttemptAt()) : "";
        return new DeliveryRow(
                d.id(),
                d.deliveryKey().toString(),
                "story " + d.articleId() + " v" + d.version() + " (" + d.kind() + ")",
                d.status(),
                d.attempts(),
                error,
                frames.shown(d.createdAt()),
                finished,
                d.status().equals("failed"));
    }

    private static <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (SubscriberNotFoundException e) {
            throw new PageNotFoundException(e.getMessage());
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
