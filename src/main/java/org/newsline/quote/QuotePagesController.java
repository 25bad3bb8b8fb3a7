package org.newsline.quote;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Tag;
import org.newsline.platform.Language;
import org.newsline.quote.QuoteViews.Group;
import org.newsline.quote.QuoteViews.PersonPage;
import org.newsline.quote.QuoteViews.TopicPage;
import org.newsline.quote.Statements.Statement;
import org.newsline.web.Alternate;
import org.newsline.web.BadRequestException;
import org.newsline.web.Chrome;
import org.newsline.web.ChromeSource;
import org.newsline.web.Head;
import org.newsline.web.Layout;
import org.newsline.web.Link;
import org.newsline.web.PageNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** Public person pages (everything a person said, by topic) and topic pages (who said what about it). */
@Controller
class QuotePagesController {

    private static final int MOST = 500;
    private static final String OTHER = "";

    private final Registry registry;
    private final Statements statements;
    private final ArticleRepository articles;
    private final ArticlePaths paths;
    private final ChromeSource chrome;

    QuotePagesController(
            Registry registry,
            Statements statements,
            ArticleRepository articles,
            ArticlePaths paths,
            ChromeSource chrome) {
        this.registry = registry;
        this.statements = statements;
        this.articles = articles;
        this.paths = paths;
        this.chrome = chrome;
    }

    @GetMapping("/{lang:az|ru|en}/people/{slug}")
    String person(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) String topic,
            Model model) {
        Language language = Language.of(lang);
        Entity person = registry.findBySlug(slug)
                .filter(Entity::isPerson)
                .orElseThrow(() -> new PageNotFoundException("No person " + slug));
        if (topic != null && !topic.matches("[a-z0-9-]{1,80}")) {
            throw new BadRequestException("Not a topic: '" + topic + "'");
        }
        String name = person.name().in(language);
        Layout layout = layout(language, name, "quote.person.description", l -> Statements.personPath(l, slug));
        List<Statement> said = statements.bySpeaker(person.id(), language, MOST);
        Map<String, List<Statement>> byTopic = new LinkedHashMap<>();
        List<String> spokenOn = new ArrayList<>();
        for (Statement statement : said) {
            statement.tags().stream().filter(t -> !spokenOn.contains(t)).forEach(spokenOn::add);
            if (topic != null) {
                if (statement.tags().contains(topic)) {
                    byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(statement);
                }
                continue;
            }
            // Each statement once, under its story's first topic; the filter finds it under any of them.
            String tag = statement.tags().isEmpty() ? OTHER : statement.tags().get(0);
            byTopic.computeIfAbsent(tag, t -> new ArrayList<>()).add(statement);
        }
        String base = Statements.personPath(language, slug);
        List<Link> topics = new ArrayList<>();
        topics.add(new Link(layout.t("quote.allTopics"), base, topic == null));
        List<Group> groups = new ArrayList<>();
        for (String tag : spokenOn) {
            topics.add(new Link(tagName(tag, language), base + "?topic=" + tag, tag.equals(topic)));
        }
        for (Map.Entry<String, List<Statement>> entry : byTopic.entrySet()) {
            String tag = entry.getKey();
            String heading = tag.equals(OTHER) ? layout.t("quote.otherTopics") : tagName(tag, language);
            String href = tag.equals(OTHER) ? base : Statements.topicPath(language, tag);
            groups.add(new Group(heading, href, entry.getValue()));
        }
        model.addAttribute("page", new PersonPage(layout, name, topics, groups));
        return "quote/person";
    }

    @GetMapping("/{lang:az|ru|en}/topics/{slug}")
    String topic(@PathVariable String lang, @PathVariable String slug, Model model) {
        Language language = Language.of(lang);
        Optional<Tag> tag = articles.findTag(slug);
        String name;
        String kicker;
        List<Statement> said;
        if (tag.isPresent()) {
            name = tag.get().name().in(language);
            kicker = "quote.kicker.tag";
            said = statements.byTag(slug, language, MOST);
        } else {
            Entity entity = registry.findBySlug(slug)
                    .filter(e -> !e.isPerson())
                    .orElseThrow(() -> new PageNotFoundException("No topic " + slug));
            name = entity.name().in(language);
            kicker = "quote.kicker." + entity.kind();
            said = statements.byMention(entity.id(), language, MOST);
        }
        Layout layout = layout(language, name, "quote.topic.description", l -> Statements.topicPath(l, slug));
        Map<String, Group> bySpeaker = new LinkedHashMap<>();
        for (Statement statement : said) {
            bySpeaker
                    .computeIfAbsent(
                            statement.speaker().href(),
                            href -> new Group(statement.speaker().label(), href, new ArrayList<>()))
                    .statements()
                    .add(statement);
        }
        model.addAttribute("page", new TopicPage(layout, name, layout.t(kicker), List.copyOf(bySpeaker.values())));
        return "quote/topic";
    }

    private String tagName(String slug, Language language) {
        return articles.findTag(slug).map(t -> t.name().in(language)).orElse(slug);
    }

    private Layout layout(Language language, String name, String descriptionKey, Function<Language, String> pathIn) {
        Chrome page = chrome.chrome(language.code());
        List<Alternate> alternates = new ArrayList<>();
        List<Link> languages = new ArrayList<>();
        for (Language each : Language.values()) {
            alternates.add(new Alternate(each.code(), pathIn.apply(each)));
            languages.add(new Link(each.nativeName(), pathIn.apply(each), each == language));
        }
        return new Layout(
                page, name, page.t(descriptionKey, name), pathIn.apply(language), alternates, languages, Head.none());
    }

    /** The pages' first addresses ({@code /person/}, {@code /topic/}) keep working: a permanent redirect. */
    @GetMapping("/{lang:az|ru|en}/{kind:person|topic}/{slug}")
    ResponseEntity<Void> movedPage(
            @PathVariable String lang,
            @PathVariable String kind,
            @PathVariable String slug,
            HttpServletRequest request) {
        Language language = Language.of(lang);
        String encoded = UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        String path = kind.equals("person")
                ? Statements.personPath(language, encoded)
                : Statements.topicPath(language, encoded);
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(query == null ? path : path + "?" + query))
                .build();
    }
}
