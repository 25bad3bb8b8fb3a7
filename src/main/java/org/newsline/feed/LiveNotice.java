package org.newsline.feed;

import java.time.Instant;
import java.util.List;
import org.newsline.article.ArticleSummary;
import org.newsline.platform.Language;
import org.newsline.web.Chrome;

/**
 * The view of the "N new stories" notice on the home page and the News Line (template
 * {@code feed/live.jte}). Hidden until {@code /js/live.js} hears of a story newer than the page's newest; a
 * page without JavaScript simply never shows it.
 *
 * @param src the live event stream of the page's language
 * @param newest publish time (epoch milliseconds) of the newest story the page shows; older news is not new
 * @param category only stories of this category slug count, or empty for all
 * @param one the notice for one story, such as "{0} new story" (plural forms as Intl.PluralRules names them)
 * @param few the notice for a "few" count (Russian)
 * @param many the notice for a "many" count (Russian)
 * @param other the notice for any other count
 * @param flash the label that highlights a flash story in the notice
 * @param refreshHref the page to load to see the new stories
 */
public record LiveNotice(
        String src,
        long newest,
        String category,
        String one,
        String few,
        String many,
        String other,
        String flash,
        String refreshHref) {

    /** The notice for a page showing {@code shown}, newest first, in the chrome's language. */
    public static LiveNotice of(Chrome chrome, List<ArticleSummary> shown, String category, String refreshHref) {
        Instant newest = shown.stream()
                .map(ArticleSummary::publishAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        return new LiveNotice(
                LiveController.path(Language.of(chrome.lang())),
                newest.toEpochMilli(),
                category == null ? "" : category,
                chrome.t("live.new.one"),
                chrome.t("live.new.few"),
                chrome.t("live.new.many"),
                chrome.t("live.new.other"),
                chrome.t("urgency.flash"),
                refreshHref);
    }
}
