import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.newsline.NewslineApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * generate-corpus --articles N: writes N published stories (a third in each language, as translation sets)
 * into the database of NEWSLINE_HOME with plain JDBC. Deterministic: the same N gives the same stories.
 * Words follow a Zipf distribution over per-language vocabularies, with names and places mixed in.
 */
public final class GenerateCorpus {

    public static void main(String[] args) throws Exception {
        int articles = 100_000;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--articles")) {
                articles = Integer.parseInt(args[i + 1]);
            }
        }
        SpringApplication app = new SpringApplication(NewslineApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context =
                app.run("--newsline.demo.enabled=false", "--logging.level.root=WARN")) {
            long started = System.nanoTime();
            generate(context.getBean(DataSource.class), articles);
            System.err.printf("%nGenerated %d stories in %d s%n", articles, (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    private static void generate(DataSource dataSource, int articles) throws Exception {
        SplittableRandom random = new SplittableRandom(20261129L);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            List<Long> authors = authors(db);
            int sets = (articles + 2) / 3;
            int written = 0;
            try (PreparedStatement set = db.prepareStatement(
                            "INSERT INTO article_translation_set (created_at) VALUES (?) RETURNING id");
                    PreparedStatement article = db.prepareStatement("""
                            INSERT INTO article (translation_set_id, lang, slug, headline, standfirst, body_md,
                                dateline_place, category_id, urgency, status, publish_at, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'normal', 'published', ?, ?, ?) RETURNING id""");
                    PreparedStatement byline = db.prepareStatement(
                            "INSERT INTO article_byline (article_id, author_id, position) VALUES (?, ?, 0)")) {
                for (int s = 0; s < sets && written < articles; s++) {
                    Timestamp at = Timestamp.from(now.minusSeconds(random.nextLong(3L * 365 * 24 * 3600)));
                    set.setTimestamp(1, at);
                    long setId;
                    try (ResultSet rs = set.executeQuery()) {
                        rs.next();
                        setId = rs.getLong(1);
                    }
                    int category = 1 + random.nextInt(8);
                    long author = authors.get(random.nextInt(authors.size()));
                    for (Vocabulary language : Vocabulary.ALL) {
                        if (written == articles) {
                            break;
                        }
                        article.setLong(1, setId);
                        article.setString(2, language.code);
                        article.setString(3, "bench-" + s);
                        article.setString(4, language.sentence(random, 6 + random.nextInt(6)));
                        article.setString(5, language.sentence(random, 14 + random.nextInt(10)));
                        article.setString(6, language.body(random));
                        article.setString(7, language.place(random));
                        article.setInt(8, category);
                        article.setTimestamp(9, at);
                        article.setTimestamp(10, at);
                        article.setTimestamp(11, at);
                        long id;
                        try (ResultSet rs = article.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1);
                        }
                        byline.setLong(1, id);
                        byline.setLong(2, author);
                        byline.addBatch();
                        written++;
                    }
                    if (s % 500 == 0) {
                        byline.executeBatch();
                        db.commit();
                        System.err.printf("\r%d/%d stories", written, articles);
                    }
                }
                byline.executeBatch();
                db.commit();
            }
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
