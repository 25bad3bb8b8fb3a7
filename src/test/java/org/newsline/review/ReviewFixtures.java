package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stories, staff and reader submissions for the review tests. */
final class ReviewFixtures {

    static final String PASSWORD = "correct horse battery";

    private final ArticleWriter writer;
    private final StoryQueries stories;
    private final Accounts accounts;
    private final MutableClock clock;
    private final JdbcClient jdbc;
    private final int port;
    private Duration advanced = Duration.ZERO;

    ReviewFixtures(
            ArticleWriter writer,
            StoryQueries stories,
            Accounts accounts,
            MutableClock clock,
            JdbcClient jdbc,
            int port) {
        this.writer = writer;
        this.stories = stories;
        this.accounts = accounts;
        this.clock = clock;
        this.jdbc = jdbc;
        this.port = port;
    }

    /**
     * A published story.
     *
     * @param id its id
     * @param path its public address
     */
    record Story(long id, String path) {}

    Story story() {
        return storyPublishedAt(clock.instant().minusSeconds(60));
    }

    Story story(Language language) {
        long id = ArticleBuilder.story(writer)
                .in(language)
                .publishedAt(clock.instant().minusSeconds(60));
        return new Story(id, stories.find(id).orElseThrow().publicPath());
    }

    Story storyPublishedAt(Instant at) {
        long id = ArticleBuilder.story(writer).publishedAt(at);
        return new Story(id, stories.find(id).orElseThrow().publicPath());
    }

    /** Sets a story's moderation directly, as an editor would on its settings screen. */
    void moderation(Story story, String moderation, String state) {
        jdbc.sql("""
                        INSERT INTO review_story_setting (article_id, moderation, state, updated_at)
                        VALUES (:id, :moderation, :state, now())
                        ON CONFLICT (article_id) DO UPDATE SET moderation = :moderation, state = :state""")
                .param("id", story.id())
                .param("moderation", moderation)
                .param("state", state)
                .update();
    }

    String email(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Test " + role.code(), role, PASSWORD);
        return email;
    }

    /** A personal API token of a new staff account with this role. */
    String token(Role role) {
        String email = email(role);
        HttpResponse<String> response =
                new SiteClient(port).send("POST", "/api/v1/tokens", StaffCodes.tokenRequest(port, email, PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return field(response.body(), "token");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    /** The review form under a story as the reader's browser received it. */
    static Element form(Document page) {
        Element form = page.selectFirst("form.review-form");
        assertThat(form).as("review form on " + page.location()).isNotNull();
        return form;
    }

    /**
     * Opens the story, waits as a reader would (by moving the clock on), fills in the form and sends it.
     *
     * @param extra fields to set or override, such as {@code kind} or {@code website}
     */
    HttpResponse<String> send(FormClient reader, Story story, String name, String body, Map<String, String> extra) {
        Element form = form(reader.page(story.path()));
        Map<String, String> fields = FormClient.fields(form);
        fields.put("name", name);
        fields.put("email", "Reader-" + UUID.randomUUID() + "@Example.org");
        fields.put("body", body);
        fields.putAll(extra);
        advance(Duration.ofSeconds(5));
        return reader.post(form.attr("action"), fields);
    }

    /** Moves the shared test clock on, as time passing for the reader; {@link #restoreClock} undoes it. */
    void advance(Duration duration) {
        clock.advance(duration);
        advanced = advanced.plus(duration);
    }

    /** Sets the shared clock back, so that other test classes see no difference. */
    void restoreClock() {
        clock.advance(advanced.negated());
        advanced = Duration.ZERO;
    }

    /** The newest review of a story, as stored. */
    Map<String, Object> latestReview(Story story) {
        return jdbc.sql("SELECT * FROM review WHERE article_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", story.id())
                .query()
                .singleRow();
    }

    /** Stores a review directly, as if a reader had sent it then, for tests of the newsroom's lists. */
    long stored(Story story, String status, String name, String email, String body, Instant at) {
        return jdbc.sql("""
                        INSERT INTO review (article_id, kind, status, author_name, email, body, address_hash, created_at)
                        VALUES (:article, 'review', :status, :name, :email, :body, 'test', :at) RETURNING id""")
                .param("article", story.id())
                .param("status", status)
                .param("name", name)
                .param("email", email)
                .param("body", body)
                .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    long count(Story story) {
        return jdbc.sql("SELECT count(*) FROM review WHERE article_id = :id")
                .param("id", story.id())
                .query(Long.class)
                .single();
    }

    java.util.List<String> changes(Story story) {
        return jdbc.sql("SELECT kind FROM change_log WHERE article_id = :id ORDER BY id")
                .param("id", story.id())
                .query(String.class)
                .list();
    }
}
