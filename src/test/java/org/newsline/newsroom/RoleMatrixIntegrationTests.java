package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.account.Account;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleNotFoundException;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role against every action, as the server checks it. "owner" is the correspondent who wrote the
 * draft; "other" is another correspondent.
 */
@IntegrationTest
class RoleMatrixIntegrationTests {

    @Autowired
    Desk desk;

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoryQueries stories;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    private StaffUser user(Role role) {
        Account account = accounts.create(
                null,
                role.code() + "-" + UUID.randomUUID() + "@test.example",
                "T",
                role,
                NewsroomApiIntegrationTests.PASSWORD);
        return accounts.find(account.id()).orElseThrow();
    }

    private long draftBy(StaffUser owner) {
        return desk.create(owner, ArticleBuilder.story(writer).toDraft());
    }

    private long published(StaffUser editor) {
        long id = desk.create(editor, ArticleBuilder.story(writer).toDraft());
        desk.publish(editor, id, null, null);
        return id;
    }

    private StaffUser actor(String who, StaffUser owner) {
        return switch (who) {
            case "owner" -> owner;
            case "other" -> user(Role.CORRESPONDENT);
            case "editor" -> user(Role.EDITOR);
            default -> user(Role.ADMIN);
        };
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
        "owner, edit own draft, true",
        "other, edit own draft, false",
        "editor, edit own draft, true",
        "admin, edit own draft, true",
        "owner, submit, true",
        "other, submit, false",
        "editor, submit, true",
        "owner, edit submitted, false",
        "editor, edit submitted, true",
        "owner, publish, false",
        "other, publish, false",
        "editor, publish, true",
        "admin, publish, true",
        "owner, schedule, false",
        "editor, schedule, true",
        "owner, embargo, false",
        "editor, embargo, true",
        "owner, correct, false",
        "editor, correct, true",
        "admin, correct, true",
        "owner, unpublish, false",
        "editor, unpublish, true",
        "admin, unpublish, true",
        "owner, restore, false",
        "editor, restore, true",
        "owner, edit published, false",
        "editor, edit published, true"
    })
    void everyActionIsCheckedAgainstTheRole(String who, String action, boolean allowed) {
        StaffUser owner = user(Role.CORRESPONDENT);
        StaffUser editor = user(Role.EDITOR);
        StaffUser actor = actor(who, owner);
        Consumer<StaffUser> attempt = switch (action) {
            case "edit own draft" ->
                u -> {
                    long id = draftBy(owner);
                    desk.save(u, id, ArticleBuilder.story(writer).toDraft(), 1);
                };
            case "submit" -> u -> desk.submit(u, draftBy(owner));
            case "edit submitted" ->
                u -> {
                    long id = draftBy(owner);
                    desk.submit(owner, id);
                    desk.save(u, id, ArticleBuilder.story(writer).toDraft(), 2);
                };
            case "publish" -> u -> desk.publish(u, draftBy(owner), null, null);
            case "schedule" ->
                u -> desk.publish(u, draftBy(owner), clock.instant().plusSeconds(3600), null);
            case "embargo" ->
                u -> desk.publish(u, draftBy(owner), null, clock.instant().plusSeconds(3600));
            case "correct" -> u -> desk.correct(u, published(editor), "A fix.");
            case "unpublish" -> u -> desk.unpublish(u, published(editor), "Legal advice.");
            case "restore" ->
                u -> {
                    long id = draftBy(owner);
                    desk.save(owner, id, ArticleBuilder.story(writer).toDraft(), 1);
                    desk.restore(u, id, 1, 2);
                };
            case "edit published" ->
                u -> {
                    long id = published(editor);
                    int version = stories.find(id).orElseThrow().version();
                    desk.save(u, id, ArticleBuilder.story(writer).toDraft(), version);
                };
            default -> throw new IllegalArgumentException(action);
        };

        if (allowed) {
            assertThatCode(() -> attempt.accept(actor)).doesNotThrowAnyException();
        } else {
            // Another correspondent's draft is not even found: its id tells them nothing.
            assertThatThrownBy(() -> attempt.accept(actor))
                    .isInstanceOfAny(AccessDeniedException.class, ArticleNotFoundException.class);
        }
    }

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({
        "correspondent, /newsroom, 200",
        "correspondent, /newsroom/staff, 403",
        "correspondent, /newsroom/audit, 403",
        "editor, /newsroom/staff, 403",
        "editor, /newsroom/audit, 403",
        "admin, /newsroom/staff, 200",
        "admin, /newsroom/audit, 200",
        "editor, /newsroom/tokens, 200"
    })
    void adminScreensAreForAdminsOnly(String role, String path, int status) {
        StaffUser staff = user(Role.of(role));
        StaffSession session = new StaffSession(port);
        assertThat(session.signIn(staff.email(), NewsroomApiIntegrationTests.PASSWORD)
                        .statusCode())
                .isEqualTo(302);

        assertThat(session.get(path).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest(name = "anonymous {0}")
    @CsvSource({"/newsroom", "/newsroom/articles/new", "/newsroom/staff"})
    void anonymousVisitorsAreSentToTheLoginForm(String path) {
        var response = new StaffSession(port).get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom/login"));
    }
}
