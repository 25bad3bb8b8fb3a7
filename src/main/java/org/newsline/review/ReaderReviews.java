package org.newsline.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsline.article.Article;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.newsline.review.ReviewRepository.NewReview;
import org.newsline.review.ReviewRepository.Story;
import org.newsline.review.ReviewRepository.StorySetting;
import org.newsline.review.ReviewViews.ReviewForm;
import org.newsline.review.ReviewViews.ReviewSection;
import org.newsline.web.PageNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readers' side: the reviews and form under a story, and taking in what readers send. A submission
 * passes, in order: the rate limits per network and per story, the honeypot field, the signed form time, whether the story
 * takes reviews, the fields themselves, the blocklist of senders and a repeat check; only then is it stored
 * (as spam, never shown, when it holds a blocked word).
 */
@Service
public class ReaderReviews {

    private static final Logger log = LoggerFactory.getLogger(ReaderReviews.class);
    private static final int SHOWN_MAX = 500;
    private static final List<String> NOTICES = List.of("pending", "published", "report");

    private final ReviewRepository repository;
    private final ReviewSecrets secrets;
    private final FormToken tokens;
    private final ReviewRateLimiter limiter;
    private final ReviewBlocklist blocklist;
    private final ArticleWriter writer;
    private final ReviewProperties properties;
    private final Clock clock;

    ReaderReviews(
            ReviewRepository repository,
            ReviewSecrets secrets,
            FormToken tokens,
            ReviewRateLimiter limiter,
            ReviewBlocklist blocklist,
            ArticleWriter writer,
            ReviewProperties properties,
            Clock clock) {
        this.repository = repository;
        this.secrets = secrets;
        this.tokens = tokens;
        this.limiter = limiter;
        this.blocklist = blocklist;
        this.writer = writer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The reviews of a story readers are looking at, and a fresh form when it takes reviews.
     *
     * @param notice what the reader just sent ({@code pending}, {@code published} or {@code report} from the
     *     address they were sent back to), or {@code null}
     */
    public ReviewSection section(Article article, String notice) {
        Policy policy = policy(article.id(), article.publishAt());
        ReviewForm form =
                form(article.id(), article.language(), policy.open(), ReviewKind.REVIEW.code(), "", "", "", List.of());
        return new ReviewSection(
                repository.approved(article.id(), SHOWN_MAX),
                policy.open(),
                policy.moderation() == ModerationMode.PRE,
                notice != null && NOTICES.contains(notice) ? "review.thanks." + notice : "",
                form);
    }

    /** A form for this story with a newly signed time, holding the values given. */
    ReviewForm form(
            long articleId,
            Language language,
            boolean reviewsOpen,
            String kind,
            String name,
            String email,
            String body,
            List<String> errors) {
        return new ReviewForm(
                "/" + language.code() + "/reviews/" + articleId,
                tokens.issue(articleId),
                reviewsOpen,
                kind,
                name,
                email,
                body,
                errors);
    }

    /**
     * Whether a story takes reviews now, and how they are moderated.
     *
     * @param open false when closed by an editor, or by age under the automatic rule
     * @param moderation the story's own moderation, else the site's
     */
    record Policy(boolean open, ModerationMode moderation) {}

    Policy policy(long articleId, Instant publishAt) {
        StorySetting setting = repository.setting(articleId);
        ModerationMode moderation =
                setting.moderation() != null ? setting.moderation() : properties.defaultModeration();
        boolean open = switch (setting.state()) {
            case "open" -> true;
            case "closed" -> false;
            default ->
                properties.closeAfter().isZero()
                        || publishAt == null
                        || clock.instant().isBefore(publishAt.plus(properties.closeAfter()));
        };
        return new Policy(open, moderation);
    }

    /**
     * What a reader sent with the form.
     *
     * @param articleId the story
     * @param language the language of the address posted to
     * @param kind {@code review} or {@code error-report}
     * @param name their name
     * @param email their e-mail address
     * @param body the text
     * @param token the signed time the form was shown
     * @param honeypot the field people do not see; anything in it gives a script away
     * @param address the sender's network address (hashed before it is kept)
     */
    record Submission(
            long articleId,
            Language language,
            String kind,
            String name,
            String email,
            String body,
            String token,
            String honeypot,
            String address) {}

    /** How a submission ended. */
    enum Result {
        /** Shown at once (post-moderation). */
        PUBLISHED,
        /** Stored, waiting for an editor (also the answer a detected script gets, so it learns nothing). */
        PENDING,
        /** An error report, stored for the corrections queue. */
        REPORTED,
        /** Refused: the reader can mend the form and send it again. */
        REFUSED,
        /** Refused: the story takes no reviews. */
        CLOSED
    }

    /**
     * The result of a submission.
     *
     * @param result how it ended
     * @param story the story
     * @param errors message keys of what to mend, when refused
     */
    record Outcome(Result result, Story story, List<String> errors) {}

    /**
     * Takes in a review or error report.
     *
     * @throws ReviewRateLimitedException when this network sent too many lately
     * @throws PageNotFoundException when the story does not exist or readers cannot see it
     */
    @Transactional
    Outcome submit(Submission submission) {
        ReviewRateLimiter.Verdict verdict = limiter.take(submission.address(), submission.articleId());
        if (!verdict.allowed()) {
            throw new ReviewRateLimitedException(verdict.retryAfter(), verdict.perStory());
        }
        Story story = repository
                .story(submission.articleId())
                .filter(Story::visible)
                .filter(s -> s.language() == submission.language())
                .orElseThrow(() -> new PageNotFoundException("No story " + submission.articleId() + " takes reviews"));
        if (submission.honeypot() != null && !submission.honeypot().isEmpty()) {
            log.info("Review for story {} dropped: the hidden field was filled in", story.id());
            return new Outcome(Result.PENDING, story, List.of());
        }
        FormToken.Check check = tokens.check(submission.token(), story.id());
        if (check != FormToken.Check.VALID) {
            return new Outcome(
                    Result.REFUSED,
                    story,
                    List.of(check == FormToken.Check.TOO_FAST ? "review.error.tooFast" : "review.error.expired"));
        }
        ReviewKind kind =
                ReviewKind.ERROR_REPORT.code().equals(submission.kind()) ? ReviewKind.ERROR_REPORT : ReviewKind.REVIEW;
        Policy policy = policy(story.id(), story.publishAt());
        if (!policy.open() && kind == ReviewKind.REVIEW) {
            return new Outcome(Result.CLOSED, story, List.of("review.closed"));
        }
        String name = ReviewText.normalizeLine(submission.name());
        String email = ReviewText.normalizeEmail(submission.email());
        String body = ReviewText.normalize(submission.body());
        List<String> errors = new ArrayList<>();
        if (name.isEmpty() || ReviewText.length(name) > ReviewText.NAME_MAX) {
            errors.add("review.error.name");
        }
        boolean emailGiven = submission.email() != null && !submission.email().isBlank();
        if (emailGiven && email.isEmpty()) {
            errors.add("review.error.email");
        }
        if (ReviewText.length(body) < ReviewText.BODY_MIN || ReviewText.length(body) > ReviewText.BODY_MAX) {
            errors.add("review.error.body");
        }
        if (!errors.isEmpty()) {
            return new Outcome(Result.REFUSED, story, errors);
        }
        String addressHash = secrets.addressHash(submission.address());
        if (blocklist.refuses(email, addressHash)) {
            log.info("Review for story {} refused: the sender is on the blocklist", story.id());
            return new Outcome(Result.REFUSED, story, List.of("review.error.blocked"));
        }
        if (repository.sentBefore(story.id(), addressHash, body, clock.instant().minus(Duration.ofDays(1)))) {
            // Sent twice (a double click, a reload): the first one counts.
            return new Outcome(kind == ReviewKind.ERROR_REPORT ? Result.REPORTED : Result.PENDING, story, List.of());
        }
        boolean spam = blocklist.holdsBlockedWord(body) || blocklist.holdsBlockedWord(name);
        boolean showNow = kind == ReviewKind.REVIEW
                && !spam
                && policy.moderation() == ModerationMode.POST
                && ReviewText.links(body) <= properties.holdLinks();
        repository.insert(new NewReview(
                story.id(),
                kind,
                spam ? ReviewStatus.SPAM : showNow ? ReviewStatus.APPROVED : ReviewStatus.PENDING,
                name,
                email.isEmpty() ? null : email,
                body,
                addressHash));
        if (showNow) {
            writer.reviewApproved(story.id());
        }
        Result result = kind == ReviewKind.ERROR_REPORT ? Result.REPORTED : showNow ? Result.PUBLISHED : Result.PENDING;
        return new Outcome(result, story, List.of());
    }
}
