package org.newsline.newsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleDraft;
import org.newsline.article.ArticleRepository;
import org.newsline.article.CatalogWriter;
import org.newsline.article.EditableStory;
import org.newsline.article.Photo;
import org.newsline.article.PhotoSource;
import org.newsline.article.Urgency;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.newsline.web.BadRequestException;
import org.newsline.web.Link;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Turns the editor's form into a story draft (uploading a new photo on the way) and a story back into a form. */
@Component
class EditorForms {

    private final Desk desk;
    private final CatalogWriter catalog;
    private final Frames frames;
    private final ArticleRepository articles;

    EditorForms(Desk desk, CatalogWriter catalog, Frames frames, ArticleRepository articles) {
        this.articles = articles;
        this.desk = desk;
        this.catalog = catalog;
        this.frames = frames;
    }

    ArticleDraft draft(StaffUser me, EditorForm form, MultipartFile photoFile, EditableStory current) {
        Language language = current != null
                ? current.language()
                : Language.fromCode(form.language() == null ? "" : form.language())
                        .orElseThrow(() -> new BadRequestException("Choose the story's language"));
        if (form.headline() == null || form.headline().isBlank()) {
            throw new BadRequestException("A story needs a headline");
        }
        // Checked before anything is written: an upload or a caption change must not outlive a refused save.
        if (current != null && !Desk.canEdit(me, current)) {
            throw new AccessDeniedException("Story " + current.id() + " is not yours to change");
        }
        EditableStory base = current != null
                ? current
                : form.translationSetId() == null ? null : desk.getTranslationSet(me, form.translationSetId());
        Long photoId = form.photoId();
        if (photoId != null && (base == null || !photoId.equals(base.content().photoId()))) {
            // The form carries the story's own photo (or, for a new translation, the original's) and no other.
            throw new AccessDeniedException("Photo " + photoId + " belongs to another story");
        }
        LocalizedText caption = new LocalizedText(
                form.text(form.captionAz()), form.text(form.captionRu()), form.text(form.captionEn()));
        PhotoSource source = source(form.sourceKind());
        if (photoFile != null && !photoFile.isEmpty()) {
            photoId = desk.uploadPhoto(
                    me,
                    bytes(photoFile),
                    photoFile.getOriginalFilename(),
                    caption,
                    form.credit(),
                    source,
                    form.licence());
        } else if (photoId != null && form.credit() != null && !form.credit().isBlank() && Desk.canEdit(me, base)) {
            catalog.updatePhoto(photoId, caption, form.credit().strip(), source, form.text(form.licence()));
        }
        List<String> tags = new ArrayList<>();
        for (String tag : form.text(form.tags()).split(",")) {
            String slug = tag.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
            if (!slug.isEmpty() && !slug.equals("-")) {
                catalog.tag(slug, LocalizedText.of(tag.strip()));
                tags.add(slug);
            }
        }
        return new ArticleDraft(
                base != null ? base.content().translationSetId() : null,
                language,
                form.slug() == null || form.slug().isBlank()
                        ? (current == null ? null : current.content().slug())
                        : form.slug().strip(),
                form.headline().strip(),
                form.text(form.standfirst()).strip(),
                form.text(form.body()),
                form.text(form.datelinePlace()).strip(),
                current == null ? null : current.content().datelineAt(),
                form.category(),
                form.authorIds(),
                tags,
                photoId,
                urgency(form.urgency()),
                frames.parse(form.embargoUntil(), "Embargo"));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    private static Urgency urgency(String code) {
        try {
            return Urgency.valueOf(code == null ? "NORMAL" : code.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown urgency: " + code);
        }
    }

    private static PhotoSource source(String code) {
        try {
            return PhotoSource.of(code == null ? "open-sources" : code);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown photo source: " + code);
        }
    }

    EditorForm formOf(EditableStory story) {
        ArticleDraft c = story.content();
        Photo photo = story.photo();
        return new EditorForm(
                story.version(),
                c.translationSetId(),
                c.language().code(),
                c.headline(),
                c.slug(),
                c.standfirst(),
                c.bodyMarkdown(),
                c.datelinePlace(),
                c.categorySlug(),
                c.urgency().code(),
                c.authorIds(),
                String.join(", ", c.tagSlugs()),
                frames.field(c.embargoUntil()),
                c.photoId(),
                photo == null ? "" : photo.caption().az(),
                photo == null ? "" : photo.caption().ru(),
                photo == null ? "" : photo.caption().en(),
                photo == null ? "" : photo.credit(),
                photo == null ? "open-sources" : photo.sourceKind().code(),
                photo == null ? "" : photo.licence());
    }

    /** The choices the editor offers: categories, bylines, urgencies, photo sources and languages. */
    NewsroomViews.Options options() {
        return new NewsroomViews.Options(
                articles.categories().stream()
                        .map(c -> Link.to(c.name().en(), c.slug()))
                        .toList(),
                articles.authors().stream()
                        .map(a -> Link.to(
                                a.name().en()
                                        + (a.role().en().isBlank()
                                                ? ""
                                                : " (" + a.role().en() + ")"),
                                Long.toString(a.id())))
                        .toList(),
                Arrays.stream(Urgency.values()).map(Urgency::code).toList(),
                Arrays.stream(PhotoSource.values()).map(PhotoSource::code).toList(),
                Arrays.stream(Language.values()).map(Language::code).toList());
    }

    static EditorForm withVersion(EditorForm f, int version) {
        return new EditorForm(
                version,
                f.translationSetId(),
                f.language(),
                f.headline(),
                f.slug(),
                f.standfirst(),
                f.body(),
                f.datelinePlace(),
                f.category(),
                f.urgency(),
                f.authorIds(),
                f.tags(),
                f.embargoUntil(),
                f.photoId(),
                f.captionAz(),
                f.captionRu(),
                f.captionEn(),
                f.credit(),
                f.sourceKind(),
                f.licence());
    }
}
