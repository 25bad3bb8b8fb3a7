package org.newsline.newsroom;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleDraft;
import org.newsline.article.ArticleRepository;
import org.newsline.article.BodyRenderer;
import org.newsline.article.EditableStory;
import org.newsline.article.Status;
import org.newsline.article.VersionConflictException;
import org.newsline.newsroom.NewsroomViews.Actions;
import org.newsline.newsroom.NewsroomViews.Conflict;
import org.newsline.newsroom.NewsroomViews.EditorPage;
import org.newsline.newsroom.NewsroomViews.Options;
import org.newsline.newsroom.NewsroomViews.Reference;
import org.newsline.platform.Language;
import org.newsline.web.BadRequestException;
import org.newsline.web.DatabaseOutages;
import org.newsline.web.Link;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The story editor: write, preview, save, autosave, submit, and (for editors) the workflow actions. */
@Controller
class EditorController {

    private final Desk desk;
    private final ArticleRepository articles;
    private final BodyRenderer renderer;
    private final Frames frames;
    private final EditorForms forms;
    private final java.time.Clock clock;

    static final String NOT_SAVED = "Not saved: the database is unavailable right now. Everything you typed is"
            + " still in this form; save again in a minute.";

    EditorController(
            Desk desk,
            ArticleRepository articles,
            BodyRenderer renderer,
            Frames frames,
            EditorForms forms,
            java.time.Clock clock) {
        this.clock = clock;
        this.desk = desk;
        this.articles = articles;
        this.renderer = renderer;
        this.frames = frames;
        this.forms = forms;
    }

    @GetMapping("/newsroom/articles/new")
    String newStory(
            @RequestParam(required = false) Long translationOf,
            @RequestParam(required = false) String lang,
            CsrfToken csrf,
            Model model) {
        Language language = Language.fromCode(lang == null ? "en" : lang)
                .orElseThrow(() -> new BadRequestException("Unknown language: " + lang));
        EditorForm form = new EditorForm(
                0,
                null,
                language.code(),
                "",
                "",
                "",
                "",
                "",
                "politics",
                "normal",
                List.of(),
                "",
                "",
                null,
                "",
                "",
                "",
                "",
                "open-sources",
                "");
        Reference reference = null;
        if (translationOf != null) {
            EditableStory original = desk.get(Frames.staff(), translationOf);
            if (original.translations().containsKey(language) || original.language() == language) {
                throw new BadRequestException("This story already has a " + language.nativeName() + " version");
            }
            ArticleDraft c = original.content();
            form = new EditorForm(
                    0,
                    c.translationSetId(),
                    language.code(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    c.categorySlug(),
                    c.urgency().code(),
                    c.authorIds(),
                    String.join(", ", c.tagSlugs()),
                    "",
                    c.photoId(),
                    "",
                    "",
                    "",
                    "",
                    "open-sources",
                    "");
            reference = new Reference(original.language().nativeName(), c.headline(), c.standfirst(), c.bodyMarkdown());
        }
        Actions actions = new Actions(0, "new", true, false, false, false, false, "", false);
        model.addAttribute("page", page("New story", csrf, "", form, actions, "", null, reference, List.of()));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/articles")
    String create(
            @ModelAttribute EditorForm form,
            @RequestParam(required = false) MultipartFile photoFile,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StaffUser me = Frames.staff();
        long id;
        try {
            id = desk.create(me, forms.draft(me, form, photoFile, null));
        } catch (RuntimeException failure) {
            Actions actions = new Actions(0, "new", true, false, false, false, false, "", false);
            return notSaved(
                    failure,
                    response,
                    model,
                    () -> page("New story", csrf, NOT_SAVED, form, actions, "", null, null, List.of()));
        }
        redirect.addFlashAttribute("notice", "Story created.");
        return "redirect:/newsroom/articles/" + id;
    }

    @GetMapping("/newsroom/articles/{id}")
    String edit(@PathVariable long id, CsrfToken csrf, Model model) {
        EditableStory story = desk.get(Frames.staff(), id);
        model.addAttribute(
                "page", editorPage(story, forms.formOf(story), csrf, (String) model.getAttribute("notice"), "", null));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/articles/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute EditorForm form,
            @RequestParam(required = false) MultipartFile photoFile,
            @RequestParam(defaultValue = "save") String action,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StaffUser me = Frames.staff();
        EditableStory story = desk.get(me, id);
        if ("preview".equals(action)) {
            model.addAttribute(
                    "page",
                    editorPage(
                            story,
                            form,
                            csrf,
                            "Preview below; nothing is saved yet.",
                            renderer.toHtml(form.body()),
                            null));
            return "newsroom/editor";
        }
        try {
            desk.save(me, id, forms.draft(me, form, photoFile, story), form.version() == null ? -1 : form.version());
        } catch (VersionConflictException conflict) {
            EditableStory theirs = desk.get(me, id);
            ArticleDraft mine = forms.draft(me, form, null, story);
            response.setStatus(409);
            model.addAttribute(
                    "page",
                    editorPage(
                            theirs,
                            EditorForms.withVersion(form, theirs.version()),
                            csrf,
                            "",
                            "",
                            new Conflict(
                                    theirs.version(),
                                    theirs.content().headline(),
                                    TextDiff.between(theirs.content(), mine))));
            return "newsroom/editor";
        } catch (RuntimeException failure) {
            return notSaved(failure, response, model, () -> editorPage(story, form, csrf, NOT_SAVED, "", null));
        }
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/newsroom/articles/" + id;
    }

    /** Saves the form in the background; answers the new version, or 409 with the latest one. */
    @PostMapping("/newsroom/articles/{id}/autosave")
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute EditorForm form) {
        StaffUser me = Frames.staff();
        EditableStory story = desk.get(me, id);
        try {
            int version =
                    desk.save(me, id, forms.draft(me, form, null, story), form.version() == null ? -1 : form.version());
            return ResponseEntity.ok(Map.of("version", version, "savedAt", frames.shown(clock.instant())));
        } catch (VersionConflictException conflict) {
            return ResponseEntity.status(409).body(Map.of("currentVersion", conflict.current()));
        }
    }

    @PostMapping("/newsroom/articles/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        desk.submit(Frames.staff(), id);
        redirect.addFlashAttribute("notice", "Submitted for review.");
        return "redirect:/newsroom/articles/" + id;
    }

    @PostMapping("/newsroom/articles/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) String publishAt,
            @RequestParam(required = false) String embargoUntil,
            RedirectAttributes redirect) {
        desk.publish(
                Frames.staff(), id, frames.parse(publishAt, "Publish time"), frames.parse(embargoUntil, "Embargo"));
        redirect.addFlashAttribute("notice", publishAt == null || publishAt.isBlank() ? "Published." : "Scheduled.");
        return "redirect:/newsroom/articles/" + id;
    }

    @PostMapping("/newsroom/articles/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        desk.unpublish(Frames.staff(), id, reason);
        redirect.addFlashAttribute("notice", "Unpublished.");
        return "redirect:/newsroom/articles/" + id;
    }

    @PostMapping("/newsroom/articles/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
        desk.correct(Frames.staff(), id, text);
        redirect.addFlashAttribute("notice", "Correction published.");
        return "redirect:/newsroom/articles/" + id;
    }

    /**
     * The editor again, filled in with what was sent, when the database failed the save (unavailable,
     * read-only or too slow): the writer's text is never lost. Other failures go on to the error pages; if
     * the editor cannot even be shown, the error pages hand the sent fields back themselves.
     */
    private static String notSaved(
            RuntimeException failure, HttpServletResponse response, Model model, Supplier<EditorPage> page) {
        if (!DatabaseOutages.isOutage(failure)) {
            throw failure;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(DatabaseOutages.RETRY_AFTER.toSeconds()));
        model.addAttribute("page", page.get());
        return "newsroom/editor";
    }

    private EditorPage editorPage(
            EditableStory story, EditorForm form, CsrfToken csrf, String notice, String preview, Conflict conflict) {
        StaffUser me = Frames.staff();
        boolean canEdit = Desk.canEdit(me, story);
        boolean editor = me.can(Role.EDITOR);
        boolean visible = story.publicPath() != null;
        Actions actions = new Actions(
                story.id(),
                story.status().code(),
                canEdit,
                canEdit && story.status() == Status.DRAFT,
                editor,
                editor && visible,
                editor && story.status() == Status.PUBLISHED,
                visible ? story.publicPath() : "",
                canEdit && (story.status() == Status.DRAFT || story.status() == Status.SUBMITTED));
        List<Link> translations = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language == story.language()) {
                continue;
            }
            Long other = story.translations().get(language);
            translations.add(
                    other != null
                            ? Link.to(language.nativeName() + " version", "/newsroom/articles/" + other)
                            : Link.to(
                                    "Start the " + language.nativeName() + " version",
                                    "/newsroom/articles/new?translationOf=" + story.id() + "&lang=" + language.code()));
        }
        String title = story.content().headline();
        return page(title, csrf, notice, form, actions, preview, conflict, null, translations);
    }

    private EditorPage page(
            String title,
            CsrfToken csrf,
            String notice,
            EditorForm form,
            Actions actions,
            String preview,
            Conflict conflict,
            Reference reference,
            List<Link> translations) {
        Options options = forms.options();
        return new EditorPage(
                frames.frame(title, csrf, notice), form, options, actions, preview, conflict, reference, translations);
    }
}
