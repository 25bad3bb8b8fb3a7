import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.sql.Types;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.newsline.NewslineApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * generate-corpus --articles N: writes N published stories (a third in each language, as translation sets)
 * into the database of NEWSLINE_HOME with plain JDBC. Deterministic: the same N gives the same stories.
 * Words follow a Zipf distribution over per-language vocabularies, with names and places mixed in.
 * Three stories in four have a photo (from a pool of {@value #PHOTO_FILES} stored images with their srcset
 * renditions), every story has one to three of {@value #TAGS} tags of Zipf-like popularity, and about one
 * in five has approved reader reviews, as the speed issue's corpus asks for.
 */
public final class GenerateCorpus {

    /** Distinct images shared by all stories' photos; enough variety without a large database. */
    private static final int PHOTO_FILES = 200;

    private static final int TAGS = 500;

    public static void main(String[] args) throws Exception {
        int articles = 100_000;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--articles")) {
                articles = Integer.parseInt(args[i + 1]);
            }
        }
        SpringApplication app = new SpringApplication(NewslineApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        java.nio.file.Path index;
        try (ConfigurableApplicationContext context =
                app.run("--newsline.demo.enabled=false", "--logging.level.root=WARN")) {
            index = context.getBean(org.newsline.platform.NewslineProperties.class)
                    .home()
                    .resolve("index");
            long started = System.nanoTime();
            generate(context.getBean(DataSource.class), articles);
            System.err.printf("%nGenerated %d stories in %d s%n", articles, (System.nanoTime() - started) / 1_000_000_000);
        }
        // The context above built an index of the empty database, and the stories were written straight into
        // the tables (no change log), so that index would stay empty for good: remove it, and the application
        // builds the index from the stories when it first starts.
        if (java.nio.file.Files.isDirectory(index)) {
            try (var files = java.nio.file.Files.list(index)) {
                for (java.nio.file.Path file : files.toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
            java.nio.file.Files.delete(index);
        }
    }

    private static void generate(DataSource dataSource, int articles) throws Exception {
        SplittableRandom random = new SplittableRandom(20261129L);
        // Photos, tags and reviews draw from their own generator, so the text (and with it the search
        // benchmark's figures) is the same as in corpora made before they were added.
        SplittableRandom extra = new SplittableRandom(20261130L);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            List<Long> authors = authors(db);
            int sets = (articles + 2) / 3;
            long started = System.nanoTime();
            CorpusPhotos.Stored media = CorpusPhotos.store(db, PHOTO_FILES, now.minus(4 * 365, ChronoUnit.DAYS));
            System.err.printf(
                    "%d photo files with renditions stored (%d MB) in %d s%n",
                    media.ids().size(), media.bytes() >> 20, (System.nanoTime() - started) / 1_000_000_000);
            long[] photoOfSet = photos(db, extra, sets, media.ids());
            long[] tags = tags(db);
            Zipf tagPopularity = new Zipf(tags.length);
            Counts counts = new Counts();
            CRC32 text = new CRC32();
            try (PreparedStatement set = db.prepareStatement(
                            "INSERT INTO article_translation_set (created_at) VALUES (?)", new String[] {"id"});
                    PreparedStatement article = db.prepareStatement(
                            """
                            INSERT INTO article (translation_set_id, lang, slug, headline, standfirst, body_md,
                                dateline_place, category_id, urgency, status, publish_at, created_at, updated_at, photo_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'normal', 'published', ?, ?, ?, ?)""",
                            new String[] {"id"});
                    PreparedStatement byline = db.prepareStatement(
                            "INSERT INTO article_byline (article_id, author_id, position) VALUES (?, ?, 0)");
                    PreparedStatement tagging =
                            db.prepareStatement("INSERT INTO article_tagging (article_id, tag_id) VALUES (?, ?)");
                    PreparedStatement review = db.prepareStatement("""
                            INSERT INTO review (article_id, kind, status, author_name, email, body, address_hash,
                                created_at, moderated_at)
                            VALUES (?, 'review', ?, ?, ?, ?, ?, ?, ?)""")) {
                List<Story> chunk = new ArrayList<>();
                for (int s = 0; s < sets && counts.written + chunk.size() < articles; s++) {
                    // The text is drawn exactly as before batching: same calls on the same generator, in order.
                    Timestamp at = Timestamp.from(now.minusSeconds(random.nextLong(3L * 365 * 24 * 3600)));
                    int category = 1 + random.nextInt(8);
                    long author = authors.get(random.nextInt(authors.size()));
                    long[] storyTags = pickTags(extra, tagPopularity, tags);
                    for (Vocabulary language : Vocabulary.ALL) {
                        if (counts.written + chunk.size() == articles) {
                            break;
                        }
                        Story story = new Story(
                                s,
                                at,
                                category,
                                author,
                                language,
                                language.sentence(random, 6 + random.nextInt(6)),
                                language.sentence(random, 14 + random.nextInt(10)),
                                language.body(random),
                                language.place(random),
                                photoOfSet[s],
                                storyTags);
                        story.addTo(text);
                        chunk.add(story);
                    }
                    if (chunk.size() >= STORIES_PER_BATCH) {
                        write(db, chunk, set, article, byline, tagging, review, extra, now, counts, articles);
                    }
                }
                write(db, chunk, set, article, byline, tagging, review, extra, now, counts, articles);
            }
            long withPhoto = Arrays.stream(photoOfSet).filter(id -> id != 0).count();
            System.err.printf(
                    "%d stories in %d translation sets; %d sets with a photo; %d taggings over %d tags;"
                            + " %d approved and %d pending reviews; text checksum %08x%n",
                    counts.written, sets, withPhoto, counts.taggings, tags.length, counts.approved, counts.pending,
                    text.getValue());
        }
    }

    private static final int STORIES_PER_BATCH = 1500;

    /** What has been written so far, for progress lines and the summary. */
    private static final class Counts {
        int written;
        long taggings;
        long approved;
        long pending;
    }

    /** One language version of a story, drawn but not yet written. */
    private record Story(
            int set,
            Timestamp at,
            int category,
            long author,
            Vocabulary language,
            String headline,
            String standfirst,
            String body,
            String place,
            long photo,
            long[] tags) {

        /** Adds what the search benchmark depends on to a checksum, so two corpora's text can be compared. */
        void addTo(CRC32 text) {
            for (String part : new String[] {
                language.code, "bench-" + set, headline, standfirst, body, place, category + "/" + author
            }) {
                text.update(part.getBytes(StandardCharsets.UTF_8));
                text.update(0);
            }
        }
    }

    /**
     * Writes a chunk of drawn stories in a few round trips: translation sets, then articles (their ids come
     * back with the batch), then bylines, tags and reviews, and commits.
     */
    private static void write(
            Connection db,
            List<Story> chunk,
            PreparedStatement set,
            PreparedStatement article,
            PreparedStatement byline,
            PreparedStatement tagging,
            PreparedStatement review,
            SplittableRandom extra,
            Instant now,
            Counts counts,
            int articles)
            throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        Map<Integer, Long> setIds = new HashMap<>();
        List<Integer> setOrder = new ArrayList<>();
        for (Story story : chunk) {
            if (!setIds.containsKey(story.set())) {
                setIds.put(story.set(), 0L);
                setOrder.add(story.set());
                set.setTimestamp(1, story.at());
                set.addBatch();
            }
        }
        set.executeBatch();
        try (ResultSet keys = set.getGeneratedKeys()) {
            for (int s : setOrder) {
                keys.next();
                setIds.put(s, keys.getLong(1));
            }
        }
        for (Story story : chunk) {
            article.setLong(1, setIds.get(story.set()));
            article.setString(2, story.language().code);
            article.setString(3, "bench-" + story.set());
            article.setString(4, story.headline());
            article.setString(5, story.standfirst());
            article.setString(6, story.body());
            article.setString(7, story.place());
            article.setInt(8, story.category());
            article.setTimestamp(9, story.at());
            article.setTimestamp(10, story.at());
            article.setTimestamp(11, story.at());
            if (story.photo() == 0) {
                article.setNull(12, Types.BIGINT);
            } else {
                article.setLong(12, story.photo());
            }
            article.addBatch();
        }
        article.executeBatch();
        try (ResultSet keys = article.getGeneratedKeys()) {
            for (Story story : chunk) {
                keys.next();
                long id = keys.getLong(1);
                byline.setLong(1, id);
                byline.setLong(2, story.author());
                byline.addBatch();
                for (long tag : story.tags()) {
                    tagging.setLong(1, id);
                    tagging.setLong(2, tag);
                    tagging.addBatch();
                    counts.taggings++;
                }
                long[] reviews = reviews(review, extra, story.language(), id, story.at().toInstant(), now);
                counts.approved += reviews[0];
                counts.pending += reviews[1];
                counts.written++;
                if (counts.written % 10_000 == 0) {
                    System.err.printf("%d/%d stories%n", counts.written, articles);
                }
            }
        }
        flush(db, byline, tagging, review);
        chunk.clear();
    }

    private static void flush(Connection db, PreparedStatement... batches) throws Exception {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
        db.commit();
    }

    /**
     * One photo per translation set for about three sets in four, all pointing into the shared pool; every
     * language version of the story shows the same photo with the caption in its own language.
     *
     * @return the photo id of each set, 0 for none
     */
    private static long[] photos(Connection db, SplittableRandom extra, int sets, List<UUID> media)
            throws Exception {
        long[] photoOfSet = new long[sets];
        try (PreparedStatement photo = db.prepareStatement(
                """
                INSERT INTO article_photo (media_id, caption_az, caption_ru, caption_en, credit, source_kind, licence)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                new String[] {"id"})) {
            int pendingFrom = 0;
            for (int s = 0; s < sets; s++) {
                if (extra.nextInt(4) != 0) {
                    addPhoto(photo, extra, media);
                    photoOfSet[s] = -1; // its id comes back when the batch is written
                }
                if (s % 1000 == 999 || s == sets - 1) {
                    photo.executeBatch();
                    try (ResultSet keys = photo.getGeneratedKeys()) {
                        for (int t = pendingFrom; t <= s; t++) {
                            if (photoOfSet[t] == -1) {
                                keys.next();
                                photoOfSet[t] = keys.getLong(1);
                            }
                        }
                    }
                    pendingFrom = s + 1;
                }
            }
        }
        db.commit();
        return photoOfSet;
    }

    /** A photo of a story: staff, agency, handout or open-source credit, a caption in each language. */
    private static void addPhoto(PreparedStatement photo, SplittableRandom extra, List<UUID> media)
            throws Exception {
        String[] kinds = {"staff", "staff", "staff", "agency", "agency", "handout", "open-sources"};
        String kind = kinds[extra.nextInt(kinds.length)];
        String credit = switch (kind) {
            case "staff" -> "Newsline / " + Vocabulary.EN.names[extra.nextInt(Vocabulary.EN.names.length)];
            case "agency" -> extra.nextBoolean() ? "AFP" : "Reuters";
            case "handout" -> "Press service of the ministry";
            default -> "Open sources";
        };
        photo.setObject(1, media.get(extra.nextInt(media.size())));
        photo.setString(2, Vocabulary.AZ.sentence(extra, 5 + extra.nextInt(6)));
        photo.setString(3, Vocabulary.RU.sentence(extra, 5 + extra.nextInt(6)));
        photo.setString(4, Vocabulary.EN.sentence(extra, 5 + extra.nextInt(6)));
        photo.setString(5, credit);
        photo.setString(6, kind);
        photo.setString(7, kind.equals("agency") ? "Used under the agency's subscription" : "");
        photo.addBatch();
    }

    /** The tag pool, most popular first: two words of each language as names, so tag pages read naturally. */
    private static long[] tags(Connection db) throws Exception {
        SplittableRandom names = new SplittableRandom(20261131L);
        long[] ids = new long[TAGS];
        try (PreparedStatement tag = db.prepareStatement("""
                INSERT INTO article_tag (slug, name_az, name_ru, name_en) VALUES (?, ?, ?, ?)
                ON CONFLICT (slug) DO UPDATE SET name_en = excluded.name_en RETURNING id""")) {
            for (int i = 0; i < TAGS; i++) {
                tag.setString(1, "bench-tag-" + i);
                tag.setString(2, tagName(Vocabulary.AZ, names, i));
                tag.setString(3, tagName(Vocabulary.RU, names, i));
                tag.setString(4, tagName(Vocabulary.EN, names, i));
                try (ResultSet rs = tag.executeQuery()) {
                    rs.next();
                    ids[i] = rs.getLong(1);
                }
            }
        }
        db.commit();
        return ids;
    }

    private static String tagName(Vocabulary language, SplittableRandom names, int i) {
        String first = i % 3 == 0
                ? language.place(names)
                : language.words[names.nextInt(Math.min(400, language.words.length))];
        String second = language.words[names.nextInt(language.words.length)];
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + second + " " + (i + 1);
    }

    /** One to three distinct tags with Zipf popularity: the first tags collect thousands of stories. */
    private static long[] pickTags(SplittableRandom extra, Zipf popularity, long[] tags) {
        int count = 1 + extra.nextInt(3);
        long[] picked = new long[count];
        for (int i = 0; i < count; i++) {
            long candidate;
            boolean repeated;
            do {
                candidate = tags[popularity.sample(extra)];
                repeated = false;
                for (int j = 0; j < i; j++) {
                    repeated |= picked[j] == candidate;
                }
            } while (repeated);
            picked[i] = candidate;
        }
        return picked;
    }

    /**
     * About one story in five gets one to five approved reader reviews, moderated a little after they came
     * in; a few stories also have one waiting for a moderator.
     *
     * @return approved and pending reviews added to the batch
     */
    private static long[] reviews(
            PreparedStatement review,
            SplittableRandom extra,
            Vocabulary language,
            long articleId,
            Instant published,
            Instant now)
            throws Exception {
        boolean reviewed = extra.nextInt(5) == 0;
        int approved = reviewed ? 1 + extra.nextInt(5) : 0;
        int pending = extra.nextInt(100) < (reviewed ? 30 : 2) ? 1 : 0;
        Instant at = published;
        for (int i = 0; i < approved + pending; i++) {
            at = at.plusSeconds(600 + extra.nextLong(24 * 3600));
            Instant created = at.isAfter(now) ? now : at;
            Instant moderated = created.plusSeconds(1800 + extra.nextLong(4 * 3600));
            boolean isApproved = i < approved;
            String name = language.names[extra.nextInt(language.names.length)] + " "
                    + (char) ('A' + extra.nextInt(26)) + ".";
            StringBuilder body = new StringBuilder();
            int sentences = 1 + extra.nextInt(3);
            for (int k = 0; k < sentences; k++) {
                body.append(k == 0 ? "" : " ").append(language.sentence(extra, 6 + extra.nextInt(12)));
            }
            review.setLong(1, articleId);
            review.setString(2, isApproved ? "approved" : "pending");
            review.setString(3, name);
            review.setString(4, extra.nextBoolean() ? null : "reader" + extra.nextInt(50_000) + "@example.org");
            review.setString(5, body.toString());
            review.setString(
                    6,
                    HexFormat.of().toHexDigits(extra.nextLong()) + HexFormat.of().toHexDigits(extra.nextLong())
                            + HexFormat.of().toHexDigits(extra.nextLong())
                            + HexFormat.of().toHexDigits(extra.nextLong()));
            review.setTimestamp(7, Timestamp.from(created));
            review.setTimestamp(8, isApproved ? Timestamp.from(moderated.isAfter(now) ? now : moderated) : null);
            review.addBatch();
        }
        return new long[] {approved, pending};
    }

    /** Ranks drawn with weight 1/rank, as the vocabularies draw words. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int size) {
            cumulative = new double[size];
            double sum = 0;
            for (int r = 0; r < size; r++) {
                sum += 1.0 / (r + 1);
                cumulative[r] = sum;
            }
            for (int r = 0; r < size; r++) {
                cumulative[r] /= sum;
            }
        }

        int sample(SplittableRandom random) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
        }
    }

    private static List<Long> authors(Connection db) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement()) {
            for (int i = 0; i < 24; i++) {
                String name = Vocabulary.EN.names[i % Vocabulary.EN.names.length] + " " + i;
                try (ResultSet rs = statement.executeQuery("""
                        INSERT INTO article_author (slug, name_az, name_ru, name_en) VALUES ('bench-author-%d', '%s', '%s', '%s')
                        ON CONFLICT (slug) DO UPDATE SET name_en = excluded.name_en RETURNING id"""
                        .formatted(i, name, name, name))) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        db.commit();
        return ids;
    }
}
