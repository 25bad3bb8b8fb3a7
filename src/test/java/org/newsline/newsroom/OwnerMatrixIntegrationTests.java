package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.newsline.account.Account;
import org.newsline.account.Accounts;
import org.newsline.account.ApiTokens;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.media.TestImages;
import org.newsline.platform.LocalizedText;
import org.newsline.wire.WireTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The owner dimension of the role × action × owner matrix, over real HTTP: correspondent A, signed in by form
 * (cookies, CSRF) and with A's API token, tries every newsroom screen and API endpoint that takes an object id
 * against correspondent B's objects. Each attempt must be refused (403 or 404) and leave B's objects as they
 * were in the database. The same request on A's own objects must succeed where a correspondent may do it, so
 * the matrix cannot pass by refusing everything. Endpoints with an id are taken from Spring's handler mapping:
 * a new one without a case here fails {@link #everyEndpointWithAnIdHasAnOwnerCase()}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerMatrixIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    Desk desk;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ArticleWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    private StaffUser a;
    private StaffUser b;
    private StaffUser editor;
    private StaffSession aSession;
    private StaffSession editorSession;
    private String aToken;
    private String editorToken;
    private SiteClient site;
    private Shared shared;

    /** Objects that only editors or admins may touch; they belong to nobody in particular. */
    private record Shared(long subscriber, long key, long block) {}

    /**
     * One staff member's objects, made fresh for every case.
     *
     * @param account the owner's account id
     * @param draft a draft with a photo, saved twice (two revisions)
     * @param photo the draft's photo
     * @param submitted a story submitted for review
     * @param published a story published by an editor
     * @param translationSet the draft's translation set
     * @param token one of the owner's API tokens
     * @param review a pending reader review of the published story
     */
    private record Objects(
            long account,
            long draft,
            long photo,
            long submitted,
            long published,
            long translationSet,
            long token,
            long review) {}

    /** How A reaches the application: a signed-in browser session or a bearer token. */
    private enum Channel {
        FORM,
        API
    }

    /** What a correspondent may do to their own object; {@code NONE} means refused for every correspondent. */
    private enum Own {
        READS,
        WRITES,
        NONE
    }

    /** A request against {@code target}'s objects; {@code own} are the caller's own (for cross-object cases). */
    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send(OwnerMatrixIntegrationTests test, Objects target, Objects own);
    }

    /**
     * One line of the matrix.
     *
     * @param endpoint "METHOD pattern" as the handler mapping has it
     * @param what a short name for the attempt
     * @param own what happens when A does it to A's own objects
     * @param request the request
     */
    private record Case(String endpoint, String what, Own own, Request request) {
        @Override
        public String toString() {
            return endpoint + " (" + what + ")";
        }
    }

    @BeforeAll
    void signIn() {
        site = new SiteClient(port);
        a = user(Role.CORRESPONDENT);
        b = user(Role.CORRESPONDENT);
        editor = user(Role.EDITOR);
        aSession = signedIn(a);
        editorSession = signedIn(editor);
        aToken = token(a);
        editorToken = token(editor);
        String admin = token(user(Role.ADMIN));
        String subscriber = WireTestSupport.field(
                WireTestSupport.createSubscriber(
                        site,
                        admin,
                        "{\"name\":\"Owner matrix " + UUID.randomUUID() + "\",\"products\":[{\"languages\":[\"en\"],"
                                + "\"categories\":[\"politics\"],\"minUrgency\":\"normal\"}]}"),
                "id");
        WireTestSupport.createKey(site, admin, subscriber);
        long subscriberId = Long.parseLong(subscriber);
        long key = jdbc.sql("SELECT max(id) FROM wire_api_key WHERE subscriber_id = :id")
                .param("id", subscriberId)
                .query(Long.class)
                .single();
        long block = jdbc.sql("""
                        INSERT INTO review_block (kind, value, note, created_at)
                        VALUES ('word', :value, 'owner matrix', now()) RETURNING id""")
                .param("value", "matrixword" + Math.abs(UUID.randomUUID().getMostSignificantBits()))
                .query(Long.class)
                .single();
        shared = new Shared(subscriberId, key, block);
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Newsroom screens, signed in by form.
        cases.add(form(
                "GET /newsroom/articles/{id}",
                "view a draft",
                Own.READS,
                (t, x, o) -> t.aSession.get("/newsroom/articles/" + x.draft())));
        cases.add(form(
                "GET /newsroom/articles/{id}",
                "view a submitted story",
                Own.READS,
                (t, x, o) -> t.aSession.get("/newsroom/articles/" + x.submitted())));
        cases.add(form(
                "POST /newsroom/articles/{id}",
                "save",
                Own.WRITES,
                (t, x, o) -> t.aSession.post("/newsroom/articles/" + x.draft(), t.fields(x.draft(), "Overwritten"))));
        cases.add(form("POST /newsroom/articles/{id}", "preview", Own.READS, (t, x, o) -> {
            Map<String, String> fields = t.fields(x.draft(), "Previewed");
            fields.put("action", "preview");
            return t.aSession.post("/newsroom/articles/" + x.draft(), fields);
        }));
        cases.add(form("POST /newsroom/articles/{id}", "upload a photo", Own.WRITES, (t, x, o) -> {
            Map<String, String> fields = t.fields(x.draft(), "With a new photo");
            fields.remove("photoId");
            return t.aSession.postMultipart(
                    "/newsroom/articles/" + x.draft(), fields, "photoFile", "new.jpg", TestImages.jpeg(40, 30));
        }));
        cases.add(form("POST /newsroom/articles/{id}", "remove the photo", Own.WRITES, (t, x, o) -> {
            Map<String, String> fields = t.fields(x.draft(), "Without a photo");
            fields.remove("photoId");
            fields.put("credit", "");
            return t.aSession.post("/newsroom/articles/" + x.draft(), fields);
        }));
        cases.add(form(
                "POST /newsroom/articles/{id}", "take their photo into one's own story", Own.WRITES, (t, x, o) -> {
                    Map<String, String> fields = t.fields(o.draft(), "With someone else's photo");
                    fields.put("photoId", Long.toString(x.photo()));
                    fields.put("captionEn", "Recaptioned by someone else");
                    fields.put("credit", "Taken over");
                    return t.aSession.post("/newsroom/articles/" + o.draft(), fields);
                }));
        cases.add(form(
                "POST /newsroom/articles/{id}/autosave",
                "autosave",
                Own.WRITES,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/articles/" + x.draft() + "/autosave", t.fields(x.draft(), "Autosaved"))));
        cases.add(form(
                "POST /newsroom/articles/{id}/submit",
                "submit",
                Own.WRITES,
                (t, x, o) -> t.aSession.post("/newsroom/articles/" + x.draft() + "/submit", Map.of())));
        cases.add(form(
                "POST /newsroom/articles/{id}/publish",
                "publish",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/articles/" + x.draft() + "/publish", Map.of())));
        cases.add(form(
                "POST /newsroom/articles/{id}/publish",
                "schedule",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/articles/" + x.draft() + "/publish", Map.of("publishAt", "2099-01-01T09:00"))));
        cases.add(form(
                "POST /newsroom/articles/{id}/unpublish",
                "unpublish",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/articles/" + x.published() + "/unpublish", Map.of("reason", "Taken down"))));
        cases.add(form(
                "POST /newsroom/articles/{id}/corrections",
                "correct",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/articles/" + x.published() + "/corrections", Map.of("text", "A false fix."))));
        cases.add(form(
                "GET /newsroom/articles/{id}/revisions",
                "list revisions",
                Own.READS,
                (t, x, o) -> t.aSession.get("/newsroom/articles/" + x.draft() + "/revisions")));
        cases.add(form(
                "GET /newsroom/articles/{id}/revisions",
                "diff of a revision",
                Own.READS,
                (t, x, o) -> t.aSession.get("/newsroom/articles/" + x.draft() + "/revisions?version=1")));
        cases.add(form(
                "POST /newsroom/articles/{id}/revisions/{version}/restore",
                "restore",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/articles/" + x.draft() + "/revisions/1/restore",
                        Map.of("basedOn", Integer.toString(t.version(x.draft()))))));
        cases.add(form(
                "GET /newsroom/articles/new",
                "start a translation",
                Own.READS,
                (t, x, o) -> t.aSession.get("/newsroom/articles/new?translationOf=" + x.draft() + "&lang=ru")));
        cases.add(form("POST /newsroom/articles", "add a translation to their set", Own.WRITES, (t, x, o) -> {
            Map<String, String> fields = t.fields(x.draft(), "A translation");
            fields.put("version", "0");
            fields.put("language", "ru");
            fields.put("translationSetId", Long.toString(x.translationSet()));
            fields.remove("photoId");
            fields.put("credit", "");
            return t.aSession.post("/newsroom/articles", fields);
        }));
        cases.add(form(
                "POST /newsroom/tokens/{id}/revoke",
                "revoke an API token",
                Own.WRITES,
                (t, x, o) -> t.aSession.post("/newsroom/tokens/" + x.token() + "/revoke", Map.of())));
        cases.add(form(
                "POST /newsroom/staff/{id}/enabled",
                "disable the account",
                Own.NONE,
                (t, x, o) ->
                        t.aSession.post("/newsroom/staff/" + x.account() + "/enabled", Map.of("enabled", "false"))));
        cases.add(form(
                "POST /newsroom/staff/{id}/two-factor/reset",
                "reset someone's two-factor sign-in",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/staff/" + x.account() + "/two-factor/reset", Map.of())));
        cases.add(form(
                "GET /newsroom/subscribers/{id}",
                "view a subscriber",
                Own.NONE,
                (t, x, o) -> t.aSession.get("/newsroom/subscribers/" + t.shared.subscriber())));
        cases.add(form(
                "POST /newsroom/subscribers/{id}/status",
                "pause a subscriber",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/subscribers/" + t.shared.subscriber() + "/status", Map.of("active", "false"))));
        cases.add(form(
                "POST /newsroom/subscribers/{id}/keys",
                "make a subscriber key",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/subscribers/" + t.shared.subscriber() + "/keys", Map.of())));
        cases.add(form(
                "POST /newsroom/subscribers/{id}/keys/{keyId}/revoke",
                "revoke a subscriber key",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/subscribers/" + t.shared.subscriber() + "/keys/" + t.shared.key() + "/revoke",
                        Map.of())));
        cases.add(form(
                "POST /newsroom/subscribers/{id}/deliveries/{deliveryId}/replay",
                "replay a delivery",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/subscribers/" + t.shared.subscriber() + "/deliveries/1/replay", Map.of())));
        cases.add(form(
                "POST /newsroom/entities/{id}/accept",
                "accept a found name",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/entities/1/accept", Map.of("kind", "person"))));
        cases.add(form(
                "POST /newsroom/entities/{id}/dismiss",
                "dismiss a found name",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/entities/1/dismiss", Map.of())));
        cases.add(form(
                "POST /newsroom/entities/{id}/merge",
                "merge a found name",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/entities/1/merge", Map.of("entityId", "1"))));
        cases.add(form(
                "GET /newsroom/reviews/story/{articleId}",
                "see a story's reviews",
                Own.NONE,
                (t, x, o) -> t.aSession.get("/newsroom/reviews/story/" + x.published())));
        cases.add(form(
                "POST /newsroom/reviews/story/{articleId}",
                "close a story's reviews",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/reviews/story/" + x.published(),
                        Map.of("moderationMode", "pre", "state", "closed"))));
        for (String action : List.of("approve", "reject", "spam")) {
            cases.add(form(
                    "POST /newsroom/reviews/{id}/{action:approve|reject|spam}",
                    action + " a review",
                    Own.NONE,
                    (t, x, o) -> t.aSession.post("/newsroom/reviews/" + x.review() + "/" + action, Map.of())));
        }
        cases.add(form(
                "POST /newsroom/reviews/{id}/correct",
                "mark a report corrected",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/reviews/" + x.review() + "/correct", Map.of("note", "Done"))));
        cases.add(form(
                "POST /newsroom/reviews/{id}/reply",
                "reply to a review",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/reviews/" + x.review() + "/reply", Map.of("text", "Thanks"))));
        cases.add(form(
                "POST /newsroom/reviews/{id}/reply/remove",
                "remove a reply",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/reviews/" + x.review() + "/reply/remove", Map.of())));
        cases.add(form(
                "POST /newsroom/reviews/{id}/block-{kind:email|client}",
                "block a review's sender",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/reviews/" + x.review() + "/block-email", Map.of())));
        cases.add(form(
                "POST /newsroom/reviews/blocklist/{id}/remove",
                "unblock",
                Own.NONE,
                (t, x, o) -> t.aSession.post("/newsroom/reviews/blocklist/" + t.shared.block() + "/remove", Map.of())));
        cases.add(form(
                "GET /newsroom/articles/{id}/quotes",
                "review quotes",
                Own.NONE,
                (t, x, o) -> t.aSession.get("/newsroom/articles/" + x.published() + "/quotes")));
        for (String action : List.of("confirm", "reject")) {
            cases.add(form(
                    "POST /newsroom/articles/{id}/quotes/{quote}/" + action,
                    action + " a quote",
                    Own.NONE,
                    (t, x, o) ->
                            t.aSession.post("/newsroom/articles/" + x.published() + "/quotes/0/" + action, Map.of())));
        }
        cases.add(form(
                "POST /newsroom/articles/{id}/quotes/{quote}/speaker",
                "name a speaker",
                Own.NONE,
                (t, x, o) -> t.aSession.post(
                        "/newsroom/articles/" + x.published() + "/quotes/0/speaker", Map.of("person", "someone"))));

        // The staff API, with A's bearer token.
        cases.add(api(
                "GET /api/v1/articles/{id}",
                "read a draft",
                Own.READS,
                (t, x, o) -> t.api("GET", "/api/v1/articles/" + x.draft(), null)));
        cases.add(api(
                "PUT /api/v1/articles/{id}",
                "update",
                Own.WRITES,
                (t, x, o) -> t.api(
                        "PUT",
                        "/api/v1/articles/" + x.draft(),
                        "{\"headline\":\"Overwritten\",\"version\":" + t.version(x.draft()) + "}")));
        cases.add(api(
                "POST /api/v1/articles/{id}/submit",
                "submit",
                Own.WRITES,
                (t, x, o) -> t.api("POST", "/api/v1/articles/" + x.draft() + "/submit", null)));
        cases.add(api(
                "POST /api/v1/articles/{id}/publish",
                "publish",
                Own.NONE,
                (t, x, o) -> t.api("POST", "/api/v1/articles/" + x.draft() + "/publish", "{}")));
        cases.add(api(
                "POST /api/v1/articles/{id}/unpublish",
                "unpublish",
                Own.NONE,
                (t, x, o) -> t.api(
                        "POST", "/api/v1/articles/" + x.published() + "/unpublish", "{\"reason\":\"Taken down\"}")));
        cases.add(api(
                "POST /api/v1/articles/{id}/corrections",
                "correct",
                Own.NONE,
                (t, x, o) -> t.api(
                        "POST", "/api/v1/articles/" + x.published() + "/corrections", "{\"text\":\"A false fix.\"}")));
        cases.add(api(
                "POST /api/v1/articles",
                "add a translation to their set",
                Own.WRITES,
                (t, x, o) -> t.api(
                        "POST",
                        "/api/v1/articles",
                        "{\"language\":\"ru\",\"headline\":\"A translation\",\"category\":\"politics\",\"translationOf\":"
                                + x.draft() + "}")));
        cases.add(api(
                "GET /api/v1/reviews/{id}",
                "read a review",
                Own.NONE,
                (t, x, o) -> t.api("GET", "/api/v1/reviews/" + x.review(), null)));
        for (String action : List.of("approve", "reject", "spam")) {
            cases.add(api(
                    "POST /api/v1/reviews/{id}/" + action,
                    action + " a review",
                    Own.NONE,
                    (t, x, o) -> t.api("POST", "/api/v1/reviews/" + x.review() + "/" + action, null)));
        }
        cases.add(api(
                "POST /api/v1/reviews/{id}/correct",
                "mark a report corrected",
                Own.NONE,
                (t, x, o) -> t.api("POST", "/api/v1/reviews/" + x.review() + "/correct", "{\"text\":\"Done\"}")));
        cases.add(api(
                "POST /api/v1/reviews/{id}/reply",
                "reply to a review",
                Own.NONE,
                (t, x, o) -> t.api("POST", "/api/v1/reviews/" + x.review() + "/reply", "{\"text\":\"Thanks\"}")));
        cases.add(api(
                "DELETE /api/v1/reviews/{id}/reply",
                "remove a reply",
                Own.NONE,
                (t, x, o) -> t.api("DELETE", "/api/v1/reviews/" + x.review() + "/reply", null)));
        cases.add(api(
                "GET /api/v1/reviews/settings/{articleId}",
                "read a story's review settings",
                Own.NONE,
                (t, x, o) -> t.api("GET", "/api/v1/reviews/settings/" + x.published(), null)));
        cases.add(api(
                "PUT /api/v1/reviews/settings/{articleId}",
                "close a story's reviews",
                Own.NONE,
                (t, x, o) -> t.api(
                        "PUT",
                        "/api/v1/reviews/settings/" + x.published(),
                        "{\"moderation\":\"pre\",\"state\":\"closed\"}")));
        cases.add(api(
                "GET /api/v1/subscribers/{id}",
                "view a subscriber",
                Own.NONE,
                (t, x, o) -> t.api("GET", "/api/v1/subscribers/" + t.shared.subscriber(), null)));
        cases.add(api(
                "POST /api/v1/subscribers/{id}/keys",
                "make a subscriber key",
                Own.NONE,
                (t, x, o) -> t.api("POST", "/api/v1/subscribers/" + t.shared.subscriber() + "/keys", null)));
        cases.add(api(
                "DELETE /api/v1/subscribers/{id}/keys/{keyId}",
                "revoke a subscriber key",
                Own.NONE,
                (t, x, o) -> t.api(
                        "DELETE", "/api/v1/subscribers/" + t.shared.subscriber() + "/keys/" + t.shared.key(), null)));
        cases.add(api(
                "POST /api/v1/subscribers/{id}/deliveries/{deliveryId}/replay",
                "replay a delivery",
                Own.NONE,
                (t, x, o) ->
                        t.api("POST", "/api/v1/subscribers/" + t.shared.subscriber() + "/deliveries/1/replay", null)));
        return cases.stream();
    }

    private static Case form(String endpoint, String what, Own own, Request request) {
        return new Case(endpoint, what + ", signed in", own, request);
    }

    private static Case api(String endpoint, String what, Own own, Request request) {
        return new Case(endpoint, what + ", with a token", own, request);
    }

    static Stream<Case> ownCases() {
        return cases().filter(c -> c.own() != Own.NONE);
    }

    @Test
    void everyEndpointWithAnIdHasAnOwnerCase() {
        Set<String> withIds = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.matches("/(newsroom|api)/.*\\{.*") && !pattern.startsWith("/api/v1/openapi")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        withIds.add(method + " " + pattern);
                    }
                }
            }
        });
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.endpoint()));
        assertThat(covered).containsAll(withIds);
        assertThat(withIds).hasSizeGreaterThanOrEqualTo(45);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void correspondentAIsRefusedOnBsObjectsAndNothingChanges(Case attempt) {
        Objects theirs = objectsOf(b);
        Objects mine = objectsOf(a);
        String before = fingerprint(theirs);

        HttpResponse<String> response = attempt.request().send(this, theirs, mine);

        assertThat(response.statusCode())
                .as(attempt + " answered " + response.statusCode() + " " + location(response) + " " + response.body())
                .isIn(403, 404);
        assertThat(fingerprint(theirs)).as(attempt + " changed B's objects").isEqualTo(before);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("ownCases")
    void correspondentAMayDoItToAsOwnObjects(Case attempt) {
        Objects mine = objectsOf(a);
        String before = fingerprint(mine);

        HttpResponse<String> response = attempt.request().send(this, mine, mine);

        assertThat(response.statusCode())
                .as(attempt + " answered " + response.statusCode() + " " + location(response) + " " + response.body())
                .isIn(200, 201, 302);
        assertThat(location(response)).doesNotContain("/login");
        if (attempt.own() == Own.WRITES) {
            assertThat(fingerprint(mine)).as(attempt + " changed nothing").isNotEqualTo(before);
        } else {
            assertThat(fingerprint(mine)).as(attempt + " is a read").isEqualTo(before);
        }
    }

    @Test
    void anEditorMayEditAnyStoryOnTheScreenAndThroughTheApi() {
        Objects theirs = objectsOf(b);

        HttpResponse<String> saved = editorSession.post(
                "/newsroom/articles/" + theirs.draft(), fields(theirs.draft(), "Edited by the desk"));
        HttpResponse<String> updated = site.send(
                "PUT",
                "/api/v1/articles/" + theirs.submitted(),
                "{\"headline\":\"Also edited by the desk\",\"version\":" + version(theirs.submitted()) + "}",
                "Authorization",
                "Bearer " + editorToken);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(headline(theirs.draft())).isEqualTo("Edited by the desk");
        assertThat(headline(theirs.submitted())).isEqualTo("Also edited by the desk");
    }

    @Test
    void revokingSomeoneElsesTokenFailsAndTheTokenStillWorks() {
        String theirs = token(b);
        long id = jdbc.sql("SELECT max(id) FROM account_api_token WHERE account_id = :b")
                .param("b", b.id())
                .query(Long.class)
                .single();

        HttpResponse<String> response = aSession.post("/newsroom/tokens/" + id + "/revoke", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(site.send("GET", "/api/v1/articles?limit=1", null, "Authorization", "Bearer " + theirs)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void listsAndSearchShowACorrespondentNoneOfAnothersUnpublishedStories() {
        Objects theirs = objectsOf(b);
        String draft = headline(theirs.draft());
        String submitted = headline(theirs.submitted());

        String listed = api("GET", "/api/v1/articles?limit=200", null).body();
        String found = aSession.get("/newsroom?q=" + draft.replace(' ', '+')).body();
        String dashboard = aSession.get("/newsroom").body();

        assertThat(listed).doesNotContain(draft, submitted).contains(headline(theirs.published()));
        // The search page repeats the words searched for, so look for the link to the story.
        String link = "href=\"/newsroom/articles/" + theirs.draft() + "\"";
        assertThat(found).doesNotContain(link);
        assertThat(dashboard).doesNotContain(submitted);
        assertThat(editorSession.get("/newsroom?q=" + draft.replace(' ', '+')).body())
                .contains(link);
    }

    // ---- the objects and what the database holds of them

    private Objects objectsOf(StaffUser owner) {
        long photo = desk.uploadPhoto(
                owner,
                TestImages.jpeg(48, 32),
                "owned.jpg",
                LocalizedText.of("A caption"),
                "Photo from open sources",
                org.newsline.article.PhotoSource.of("open-sources"),
                "");
        long draft =
                desk.create(owner, ArticleBuilder.story(writer).photo(photo).toDraft());
        desk.save(owner, draft, ArticleBuilder.story(writer).photo(photo).toDraft(), 1);
        long submitted = desk.create(owner, ArticleBuilder.story(writer).toDraft());
        desk.submit(owner, submitted);
        long published = desk.create(owner, ArticleBuilder.story(writer).toDraft());
        desk.publish(editor, published, null, null);
        tokens.create(owner, "script " + UUID.randomUUID());
        long token = jdbc.sql("SELECT max(id) FROM account_api_token WHERE account_id = :owner")
                .param("owner", owner.id())
                .query(Long.class)
                .single();
        long set = jdbc.sql("SELECT translation_set_id FROM article WHERE id = :id")
                .param("id", draft)
                .query(Long.class)
                .single();
        long review =
                jdbc.sql("""
                        INSERT INTO review (article_id, kind, status, author_name, email, body, address_hash, created_at)
                        VALUES (:article, 'review', 'pending', 'A reader', 'reader@test.example', 'Good story.',
                                'matrix', now())
                        RETURNING id""").param("article", published).query(Long.class).single();
        return new Objects(owner.id(), draft, photo, submitted, published, set, token, review);
    }

    /**
     * Everything the database holds of these objects (and of the shared ones), as one hash: their rows, the
     * stories in their translation sets, revisions, photos, corrections, tokens, reviews and replies, review
     * settings and quote decisions (a token's last use aside: a bearer call notes it), plus the number of stored photos and files (a refused upload stores none).
     */
    private String fingerprint(Objects objects) {
        return jdbc.sql("""
                        WITH s AS (SELECT unnest(CAST(:stories AS bigint[])) AS id)
                        SELECT md5(coalesce(string_agg(x, '|' ORDER BY x), '')) FROM (
                          SELECT a::text x FROM article a WHERE a.translation_set_id IN
                            (SELECT translation_set_id FROM article WHERE id IN (SELECT id FROM s))
                          UNION ALL SELECT r::text FROM article_revision r WHERE article_id IN (SELECT id FROM s)
                          UNION ALL SELECT p::text FROM article_photo p
                            WHERE id = :photo OR id IN (SELECT photo_id FROM article WHERE id IN (SELECT id FROM s))
                          UNION ALL SELECT c::text FROM article_correction c WHERE article_id IN (SELECT id FROM s)
                          UNION ALL SELECT t.id || ' ' || t.name || ' ' || coalesce(CAST(t.revoked_at AS text), '')
                            FROM account_api_token t WHERE account_id = :owner
                          UNION ALL SELECT ac::text FROM account ac WHERE id = :owner
                          UNION ALL SELECT rv::text FROM review rv WHERE article_id IN (SELECT id FROM s)
                          UNION ALL SELECT rr::text FROM review_reply rr
                            WHERE review_id IN (SELECT id FROM review WHERE article_id IN (SELECT id FROM s))
                          UNION ALL SELECT st::text FROM review_story_setting st WHERE article_id IN (SELECT id FROM s)
                          UNION ALL SELECT q::text FROM quote_decision q WHERE article_id IN (SELECT id FROM s)
                          UNION ALL SELECT ws::text FROM wire_subscriber ws WHERE id = :subscriber
                          UNION ALL SELECT k::text FROM wire_api_key k WHERE subscriber_id = :subscriber
                          UNION ALL SELECT b::text FROM review_block b WHERE id = :block
                          UNION ALL SELECT 'photos ' || count(*) FROM article_photo
                          UNION ALL SELECT 'files ' || count(*) FROM media_file
                        ) rows""")
                .param("stories", new Long[] {objects.draft(), objects.submitted(), objects.published()})
                .param("photo", objects.photo())
                .param("owner", objects.account())
                .param("subscriber", shared.subscriber())
                .param("block", shared.block())
                .query(String.class)
                .single();
    }

    private int version(long story) {
        return ArticleBuilder.versionOf(jdbc, story);
    }

    private String headline(long story) {
        return jdbc.sql("SELECT headline FROM article WHERE id = :id")
                .param("id", story)
                .query(String.class)
                .single();
    }

    /** The editor's fields for a story as it is now, with a new headline. */
    private Map<String, String> fields(long story, String headline) {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", Integer.toString(version(story)));
        fields.put("language", "en");
        fields.put("headline", headline);
        fields.put("standfirst", "A standfirst.");
        fields.put("body", "Paragraph one.\n\nParagraph two.");
        fields.put("datelinePlace", "Baku");
        fields.put("category", "politics");
        fields.put("urgency", "normal");
        fields.put("tags", "");
        fields.put("sourceKind", "open-sources");
        Long photo = jdbc.sql("SELECT photo_id FROM article WHERE id = :id")
                .param("id", story)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (photo != null) {
            fields.put("photoId", Long.toString(photo));
        }
        fields.put("credit", "Photo from open sources");
        return fields;
    }

    private HttpResponse<String> api(String method, String path, String json) {
        return site.send(method, path, json, "Authorization", "Bearer " + aToken);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private StaffUser user(Role role) {
        Account account = accounts.create(
                null, role.code() + "-" + UUID.randomUUID() + "@test.example", "Owner matrix", role, PASSWORD);
        return accounts.find(account.id()).orElseThrow();
    }

    private StaffSession signedIn(StaffUser user) {
        StaffSession session = new StaffSession(port);
        assertThat(session.signIn(user.email(), PASSWORD).statusCode()).isEqualTo(302);
        // The sign-in gives the session a new CSRF token; a screen with a form hands it over.
        assertThat(session.get("/newsroom/tokens").statusCode()).isEqualTo(200);
        return session;
    }

    private String token(StaffUser user) {
        HttpResponse<String> response =
                site.send("POST", "/api/v1/tokens", StaffCodes.tokenRequest(port, user.email(), PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return WireTestSupport.field(response.body(), "token");
    }
}
