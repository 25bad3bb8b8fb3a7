package org.newsline.newsroom;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsline.account.CurrentStaff;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleDraft;
import org.newsline.article.EditableStory;
import org.newsline.article.Status;
import org.newsline.article.StoryQueries;
import org.newsline.article.StoryRow;
import org.newsline.article.Urgency;
import org.newsline.platform.Language;
import org.newsline.web.BadRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The newsroom's JSON API for scripts and integrations, authenticated by personal API tokens. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

    private final Desk desk;
    private final StoryQueries stories;

    ArticleApiController(Desk desk, StoryQueries stories) {
        this.desk = desk;
        this.stories = stories;
    }

    /**
     * A story as the API writes or reads it. On create only {@code language}, {@code headline} and
     * {@code category} are required; on update {@code version} is required too.
     *
     * @param language az, ru or en
     * @param headline headline
     * @param standfirst one-sentence summary
     * @param body Markdown body
     * @param category category slug such as {@code politics}
     * @param slug URL slug; derived from the headline when absent
     * @param tags tag slugs (they must exist)
     * @param authorIds byline author ids
     * @param urgency flash, urgent or normal
     * @param datelinePlace where it was filed
     * @param translationOf id of a story this is a translation of
     * @param version the version an update is based on
     */
    record ArticleInput(
            String language,
            String headline,
            String standfirst,
            String body,
            String category,
            String slug,
            List<String> tags,
            List<Long> authorIds,
            String urgency,
            String datelinePlace,
            Long translationOf,
            Integer version) {}

    /**
     * When and how to publish.
     *
     * @param publishAt ISO-8601 time; absent means now, future means scheduled
     * @param embargoUntil ISO-8601 time before which nothing is public
     */
    record PublishInput(String publishAt, String embargoUntil) {}

    /**
     * Why a story is taken down.
     *
     * @param reason shown in the newsroom and audit log
     */
    record UnpublishInput(String reason) {}

    /**
     * A public correction.
     *
     * @param text what was corrected
     */
    record CorrectionInput(String text) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody ArticleInput input) {
        StaffUser actor = actor();
        Long setId = null;
        if (input.translationOf() != null) {
            setId = desk.get(actor, input.translationOf()).content().translationSetId();
        }
        long id = desk.create(actor, draft(input, setId, null));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + id)).body(json(desk.get(actor, id)));
    }

    @GetMapping("/{id}")
    Map<String, Object> read(@PathVariable long id) {
        return json(desk.get(actor(), id));
    }

    @GetMapping
    List<Map<String, Object>> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        StaffUser actor = actor();
        if (limit < 1 || limit > 200 || offset < 0) {
            throw new BadRequestException("limit must be 1 to 200 and offset at least 0");
        }
        Status wanted = status == null || status.isBlank() ? null : parse(() -> Status.of(status), "status", status);
        Language lang = language == null || language.isBlank() ? null : language(language);
        return stories.find(wanted, lang, q, actor.can(Role.EDITOR) ? null : actor.id(), limit, offset).stream()
                .map(ArticleApiController::json)
                .toList();
    }

    @PutMapping("/{id}")
    Map<String, Object> update(@PathVariable long id, @RequestBody ArticleInput input) {
        if (input.version() == null) {
            throw new BadRequestException("An update needs the \"version\" it is based on");
        }
        StaffUser actor = actor();
        EditableStory current = desk.get(actor, id);
        desk.save(actor, id, draft(input, current.content().translationSetId(), current), input.version());
        return json(desk.get(actor, id));
    }

    @PostMapping("/{id}/submit")
    Map<String, Object> submit(@PathVariable long id) {
        desk.submit(actor(), id);
        return json(desk.get(actor(), id));
    }

    @PostMapping("/{id}/publish")
    Map<String, Object> publish(@PathVariable long id, @RequestBody(required = false) PublishInput input) {
        Instant at = input == null ? null : time(input.publishAt(), "publishAt");
        Instant embargo = input == null ? null : time(input.embargoUntil(), "embargoUntil");
        desk.publish(actor(), id, at, embargo);
        return json(desk.get(actor(), id));
    }

    @PostMapping("/{id}/unpublish")
    Map<String, Object> unpublish(@PathVariable long id, @RequestBody UnpublishInput input) {
        desk.unpublish(actor(), id, input.reason());
        return json(desk.get(actor(), id));
    }

    @PostMapping("/{id}/corrections")
    Map<String, Object> correct(@PathVariable long id, @RequestBody CorrectionInput input) {
        desk.correct(actor(), id, input.text());
        return json(desk.get(actor(), id));
    }

    private static ArticleDraft draft(ArticleInput in, Long translationSetId, EditableStory current) {
        ArticleDraft base = current == null ? null : current.content();
        Language language = base != null ? base.language() : language(in.language());
        String headline = in.headline() != null ? in.headline() : base == null ? null : base.headline();
        if (headline == null || headline.isBlank() || headline.length() > 300) {
            throw new BadRequestException("\"headline\" is required (1 to 300 characters)");
        }
        String category = in.category() != null ? in.category() : base == null ? null : base.categorySlug();
        if (category == null || category.isBlank()) {
            throw new BadRequestException("\"category\" is required, such as \"politics\"");
        }
        return new ArticleDraft(
                translationSetId,
                language,
                in.slug() != null ? in.slug() : base == null ? null : base.slug(),
                headline.strip(),
                pick(in.standfirst(), base == null ? null : base.standfirst()),
                pick(in.body(), base == null ? null : base.bodyMarkdown()),
                pick(in.datelinePlace(), base == null ? null : base.datelinePlace()),
                base == null ? null : base.datelineAt(),
                category,
                in.authorIds() != null ? in.authorIds() : base == null ? List.of() : base.authorIds(),
                in.tags() != null ? in.tags() : base == null ? List.of() : base.tagSlugs(),
                base == null ? null : base.photoId(),
                in.urgency() != null
                        ? parse(
                                () -> Urgency.valueOf(in.urgency().toUpperCase(java.util.Locale.ROOT)),
                                "urgency",
                                in.urgency())
                        : base == null ? Urgency.NORMAL : base.urgency(),
                base == null ? null : base.embargoUntil());
    }

    private static String pick(String given, String current) {
        return given != null ? given : current;
    }

    private static Language language(String code) {
        return Language.fromCode(code == null ? "" : code)
                .orElseThrow(() -> new BadRequestException("\"language\" must be az, ru or en, not '" + code + "'"));
    }

    private static Instant time(String value, String field) {
        return value == null || value.isBlank() ? null : parse(() -> Instant.parse(value), field, value);
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String field, String value) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw new BadRequestException("\"" + field + "\" has an invalid value: '" + value + "'");
        }
    }

    private static StaffUser actor() {
        return CurrentStaff.user().orElseThrow(() -> new AccessDeniedException("Sign in with an API token"));
    }

    static Map<String, Object> json(EditableStory story) {
        ArticleDraft c = story.content();
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("id", story.id());
        json.put("version", story.version());
        json.put("status", story.status().code());
        json.put("language", c.language().code());
        json.put("url", story.publicPath());
        json.put("editUrl", "/newsroom/articles/" + story.id());
        json.put("slug", c.slug());
        json.put("headline", c.headline());
        json.put("standfirst", c.standfirst());
        json.put("body", c.bodyMarkdown());
        json.put("category", c.categorySlug());
        json.put("tags", c.tagSlugs());
        json.put("authorIds", c.authorIds());
        json.put("urgency", c.urgency().code());
        json.put("datelinePlace", c.datelinePlace());
        json.put(
                "publishAt",
                story.publishAt() == null ? null : story.publishAt().toString());
        json.put(
                "embargoUntil",
                c.embargoUntil() == null ? null : c.embargoUntil().toString());
        json.put(
                "translations",
                story.translations().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().code(), Map.Entry::getValue)));
        json.put(
                "corrections",
                story.corrections().stream()
                        .map(x -> Map.of("at", x.notedAt().toString(), "text", x.note()))
                        .toList());
        return json;
    }

    static Map<String, Object> json(StoryRow row) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("id", row.id());
        json.put("version", row.version());
        json.put("status", row.status().code());
        json.put("language", row.language().code());
        json.put("headline", row.headline());
        json.put("category", row.category());
        json.put("urgency", row.urgency().code());
        json.put("publishAt", row.publishAt() == null ? null : row.publishAt().toString());
        json.put("updatedAt", row.updatedAt().toString());
        return json;
    }
}
