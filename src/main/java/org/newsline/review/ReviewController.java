package org.newsline.review;

import jakarta.servlet.http.HttpServletRequest;
import org.newsline.platform.Language;
import org.newsline.review.ReaderReviews.Outcome;
import org.newsline.review.ReaderReviews.Submission;
import org.newsline.review.ReviewViews.ReviewForm;
import org.newsline.review.ReviewViews.ReviewFormPage;
import org.newsline.web.Chrome;
import org.newsline.web.ChromeSource;
import org.newsline.web.Layout;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Takes the review form of the article page. A review that was taken sends the reader back to the story
 * (303) with a thank-you; a form to mend is shown again on a page of its own (422) with a new signed time.
 */
@Controller
class ReviewController {

    private final ReaderReviews reviews;
    private final ChromeSource chromeSource;

    ReviewController(ReaderReviews reviews, ChromeSource chromeSource) {
        this.reviews = reviews;
        this.chromeSource = chromeSource;
    }

    @PostMapping("/{lang:az|ru|en}/reviews/{articleId:\\d+}")
    Object submit(
            @PathVariable String lang,
            @PathVariable long articleId,
            @RequestParam(defaultValue = "review") String kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String website,
            HttpServletRequest request) {
        Language language = Language.of(lang);
        Outcome outcome = reviews.submit(
                new Submission(articleId, language, kind, name, email, body, token, website, request.getRemoteAddr()));
        String storyPath = outcome.story().path();
        String notice = switch (outcome.result()) {
            case PUBLISHED -> "published";
            case PENDING -> "pending";
            case REPORTED -> "report";
            case REFUSED, CLOSED -> null;
        };
        if (notice != null) {
            RedirectView back = new RedirectView(storyPath + "?review=" + notice + "#reviews");
            back.setStatusCode(HttpStatus.SEE_OTHER);
            return back;
        }
        Chrome chrome = chromeSource.chrome(lang);
        boolean closed = outcome.result() == ReaderReviews.Result.CLOSED;
        // A review sent to a story that closed meanwhile comes back as an error report the reader may send.
        ReviewForm form = reviews.form(articleId, language, !closed, kind, name, email, body, outcome.errors());
        Layout layout = Layout.simple(chrome, chrome.t("review.mend.title"), storyPath, chromeSource.homeLinks(lang));
        ModelAndView page = new ModelAndView("review/mend");
        page.addObject("page", new ReviewFormPage(layout, outcome.story().headline(), storyPath, form));
        page.setStatus(closed ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }
}
