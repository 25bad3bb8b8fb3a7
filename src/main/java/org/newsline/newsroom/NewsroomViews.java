package org.newsline.newsroom;

import java.util.List;
import java.util.Set;
import org.newsline.account.Account;
import org.newsline.account.ApiTokens;
import org.newsline.account.AuditLog;
import org.newsline.article.Revision;
import org.newsline.article.StoryRow;
import org.newsline.web.Link;

/**
 * The typed view records of the newsroom screens; each template takes exactly one. Public only because
 * the precompiled templates live in their own package.
 */
public final class NewsroomViews {

    private NewsroomViews() {}

    /**
     * What every newsroom screen shows around its content.
     *
     * @param title screen title
     * @param staffName the signed-in staff member, or empty on the login screen
     * @param role their role
     * @param admin whether they may see staff and audit screens
     * @param csrfParameter name of the CSRF form field
     * @param csrfToken its value
     * @param notice a message about the last action, or empty
     * @param zone label of the agency's time zone, for date fields
     */
    public record Frame(
            String title,
            String staffName,
            String role,
            boolean admin,
            String csrfParameter,
            String csrfToken,
            String notice,
            String zone) {}

    /**
     * The sign-in screen.
     *
     * @param frame chrome
     * @param message why the last attempt failed, or empty
     */
    public record LoginPage(Frame frame, String message) {}

    /**
     * The dashboard.
     *
     * @param frame chrome
     * @param query the text searched for, or empty
     * @param sections titled lists of stories
     */
    public record DashboardPage(Frame frame, String query, List<Section> sections) {}

    /**
     * A titled list of stories.
     *
     * @param title what the list holds
     * @param rows the stories
     * @param empty text when there are none
     */
    public record Section(String title, List<Row> rows, String empty) {}

    /**
     * One story in a list.
     *
     * @param story the story
     * @param href its editor
     * @param when the relevant time, formatted
     */
    public record Row(StoryRow story, String href, String when) {}

    /**
     * The revisions of a story.
     *
     * @param frame chrome
     * @param storyId the story
     * @param headline its current headline
     * @param currentVersion its current version (restores are based on it)
     * @param revisions every revision, newest first
     * @param compared the revision shown against its predecessor
     * @param diff the changes from the predecessor to {@code compared}
     * @param canRestore whether the viewer may restore
     */
    public record RevisionsPage(
            Frame frame,
            long storyId,
            String headline,
            int currentVersion,
            List<Revision> revisions,
            Revision compared,
            List<TextDiff.FieldChange> diff,
            boolean canRestore) {}

    /**
     * The staff accounts screen (admins).
     *
     * @param frame chrome
     * @param accounts every account
     * @param twoFactor the ids of the accounts with two-factor sign-in on
     * @param me the signed-in admin's account id (who cannot reset their own two-factor sign-in)
     */
    public record StaffPage(Frame frame, List<Account> accounts, Set<Long> twoFactor, long me) {}

    /**
     * The second sign-in step: a code from the authenticator app or a recovery code.
     *
     * @param frame chrome
     * @param message why the last code was refused, or empty
     */
    public record LoginCodePage(Frame frame, String message) {}

    /**
     * One's own two-factor sign-in: enrolment while off, recovery codes and turning off while on.
     *
     * @param frame chrome
     * @param enabled whether it is on
     * @param required whether the role requires it (then it cannot be turned off)
     * @param mustEnrol whether the newsroom stays closed until enrolment
     * @param secret the offered secret in Base32, grouped in fours for typing (empty while on)
     * @param uri the otpauth address the QR code holds (empty while on)
     * @param qrSvg the QR code as inline SVG markup (empty while on)
     * @param recoveryCodes new recovery codes to show this once, or none
     * @param recoveryCodesLeft unused recovery codes
     * @param error why the last code was refused, or empty
     */
    public record TwoFactorPage(
            Frame frame,
            boolean enabled,
            boolean required,
            boolean mustEnrol,
            String secret,
            String uri,
            String qrSvg,
            List<String> recoveryCodes,
            int recoveryCodesLeft,
            String error) {}

    /**
     * The audit log (admins).
     *
     * @param frame chrome
     * @param entries newest first
     */
    public record AuditPage(Frame frame, List<AuditLog.Entry> entries) {}

    /**
     * The signed-in staff member's API tokens.
     *
     * @param frame chrome
     * @param tokens their tokens
     * @param newToken a token just created, shown once, or empty
     */
    public record TokensPage(Frame frame, List<ApiTokens.Token> tokens, String newToken) {}

    /**
     * The story editor.
     *
     * @param frame chrome
     * @param form the values in the form
     * @param options choices for the select fields
     * @param actions what the viewer may do next
     * @param previewHtml rendered body for "Preview", or empty
     * @param conflict another editor's newer version, or {@code null}
     * @param reference the story this is a translation of, shown alongside, or {@code null}
     * @param translations links to other language versions and to start missing ones
     */
    public record EditorPage(
            Frame frame,
            EditorForm form,
            Options options,
            Actions actions,
            String previewHtml,
            Conflict conflict,
            Reference reference,
            List<Link> translations) {}

    /**
     * Values for the select fields.
     *
     * @param categories category slug and name
     * @param authors author id and name with role
     * @param urgencies urgency codes
     * @param sources photo source kinds
     * @param languages language codes
     */
    public record Options(
            List<Link> categories,
            List<Link> authors,
            List<String> urgencies,
            List<String> sources,
            List<String> languages) {}

    /**
     * What the viewer may do with the story.
     *
     * @param storyId the story, or 0 before the first save
     * @param status its status
     * @param canEdit save changes
     * @param canSubmit send to editors
     * @param canPublish publish, schedule, embargo
     * @param canCorrect add a public correction
     * @param canUnpublish take it down
     * @param publicPath its public address when visible, or empty
     * @param autosave whether the form saves itself
     */
    public record Actions(
            long storyId,
            String status,
            boolean canEdit,
            boolean canSubmit,
            boolean canPublish,
            boolean canCorrect,
            boolean canUnpublish,
            String publicPath,
            boolean autosave) {}

    /**
     * A newer version saved by someone else while this editor worked.
     *
     * @param theirVersion its version number
     * @param theirHeadline its headline
     * @param diff from their version to the values in this form
     */
    public record Conflict(int theirVersion, String theirHeadline, List<TextDiff.FieldChange> diff) {}

    /**
     * The original a translation is made from.
     *
     * @param language its language
     * @param headline its headline
     * @param standfirst its standfirst
     * @param body its Markdown body
     */
    public record Reference(String language, String headline, String standfirst, String body) {}

    /**
     * Names the quote extractor met that the registry does not know (editors).
     *
     * @param frame chrome
     * @param candidates names waiting, most often met first
     * @param entities the registry, to merge into
     */
    public record EntityQueuePage(
            Frame frame,
            List<org.newsline.quote.Candidates.Candidate> candidates,
            List<org.newsline.quote.Entity> entities) {}
}
