package org.newsline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleDraft;
import org.newsline.article.ArticleRepository;
import org.newsline.article.ArticleWriter;
import org.newsline.article.CatalogWriter;
import org.newsline.article.PhotoSource;
import org.newsline.article.Urgency;
import org.newsline.media.MediaFile;
import org.newsline.media.MediaStore;
import org.newsline.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the demo agency on the first start with an empty database, all in one transaction, so an
 * interrupted start leaves nothing half-made and the next start tries again. It runs once every bean
 * exists (the schema is migrated by then) and before the web server opens, so no reader sees an empty site.
 */
@Component
class DemoContent implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final List<String> LANGUAGE_ORDER = List.of("az", "ru", "en");

    private final DemoProperties properties;
    private final ArticleRepository articles;
    private final ArticleWriter writer;
    private final CatalogWriter catalog;
    private final MediaStore media;
    private final TransactionTemplate transaction;
    private final Accounts accounts;
    private final Clock clock;

    DemoContent(
            DemoProperties properties,
            ArticleRepository articles,
            ArticleWriter writer,
            CatalogWriter catalog,
            MediaStore media,
            TransactionTemplate transaction,
            Accounts accounts,
            Clock clock) {
        this.properties = properties;
        this.articles = articles;
        this.writer = writer;
        this.catalog = catalog;
        this.media = media;
        this.transaction = transaction;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.enabled() || articles.countAll() > 0) {
            return;
        }
        DemoFile demo = read();
        log.info(
                "Empty site: creating the demo agency ({} stories)",
                demo.stories().size());
        int created = transaction.execute(status -> create(demo));
        log.info("Demo agency ready: {} language versions published", created);
        createStaff();
    }

    /** Demo staff, one per role, with random passwords shown once here and stored only hashed. */
    private void createStaff() {
        StringBuilder message = new StringBuilder("Demo staff accounts (passwords are shown only this once):");
        for (Role role : Role.values()) {
            String email = role.code() + "@demo.newsline";
            if (accounts.exists(email)) {
                continue;
            }
            String password = Accounts.generatePassword();
            accounts.create(null, email, "Demo " + role.code(), role, password);
            message.append("\n    ").append(email).append("  ").append(password);
        }
        log.info(
                "{}\n    Sign in at /newsroom/login. Editors and admins are then asked to set up two-factor sign-in"
                        + " (scan the QR code with an authenticator app, or compute codes with scripts/totp-code SECRET)"
                        + " before anything else.",
                message);
    }

    private int create(DemoFile demo) {
        Map<String, Long> authorIds = new HashMap<>();
        for (DemoFile.Author author : demo.authors()) {
            authorIds.put(
                    author.slug(),
                    catalog.createAuthor(author.slug(), author.name(), author.role(), author.bio())
                            .id());
        }
        for (DemoFile.Tag tag : demo.tags()) {
            catalog.tag(tag.slug(), tag.name());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        int versions = 0;
        int done = 0;
        for (DemoFile.Story story : demo.stories()) {
            long photoId = photo(story);
            Instant published = now.minus(Duration.ofHours(story.hoursAgo()))
                    .minus(Duration.ofMinutes(Math.floorMod(story.key().hashCode(), 50)));
            Long translationSet = null;
            int offset = 0;
            for (String lang : LANGUAGE_ORDER) {
                DemoFile.Version version = story.versions().get(lang);
                if (version == null) {
                    continue;
                }
                Language language = Language.of(lang);
                ArticleDraft draft = new ArticleDraft(
                        translationSet,
                        language,
                        null,
                        version.headline(),
                        version.standfirst(),
                        version.body(),
                        version.place(),
                        published,
                        story.category(),
                        story.authors().stream().map(authorIds::get).toList(),
                        story.tags(),
                        photoId,
                        Urgency.valueOf(story.urgency().toUpperCase(Locale.ROOT)),
                        null);
                long id = writer.create(draft);
                if (translationSet == null) {
                    translationSet = articles.translationSetOf(id);
                }
                Instant publishAt = published.plus(Duration.ofMinutes(offset));
                writer.publish(id, publishAt.isAfter(now) ? now : publishAt);
                offset += 4;
                versions++;
            }
            done++;
            if (done % 10 == 0 || done == demo.stories().size()) {
                log.info("Demo content: {}/{} stories", done, demo.stories().size());
            }
        }
        return versions;
    }

    private long photo(DemoFile.Story story) {
        DemoFile.Photo photo = story.photo();
        // The same path as a newsroom upload: checked, re-encoded and given renditions.
        MediaFile file = media.upload(
                PhotoGenerator.jpeg(photo.motif(), story.key().hashCode()), story.key() + "-" + photo.motif() + ".jpg");
        return catalog.createPhoto(
                file.id(), photo.caption(), photo.credit(), PhotoSource.of(photo.sourceKind()), photo.licence());
    }

    private static DemoFile read() {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/stories.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/stories.json is missing from the application");
            }
            return JsonMapper.builder().build().readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content", e);
        }
    }
}
