import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.newsline.NewslineApplication;
import org.newsline.search.SearchIndex;
import org.newsline.search.SearchRequest;
import org.newsline.search.SearchService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures a full index build and query latency (one word, two words, a quoted phrase) through the same
 * SearchService the site uses: query, facet counts, the page's stories from the database and snippets. The
 * baseline, measured in the same run, is what the site would do without an index: a PostgreSQL ILIKE scan
 * for the two-word queries.
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 300;
    private static final int BASELINE = 10;

    public static void main(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(NewslineApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context =
                app.run("--newsline.demo.enabled=false", "--logging.level.root=WARN")) {
            SearchIndex index = context.getBean(SearchIndex.class);
            SearchService search = context.getBean(SearchService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            while (!index.isReady()) {
                Thread.sleep(100);
            }
            long articles = jdbc.sql("SELECT count(*) FROM article WHERE status = 'published'")
                    .query(Long.class)
                    .single();
            System.out.printf("corpus: %d published stories, %.0f MB of Markdown%n", articles,
                    jdbc.sql("SELECT sum(length(body_md) + length(headline) + length(standfirst)) FROM article")
                                    .query(Long.class)
                                    .single()
                            / 1e6);

            long started = System.nanoTime();
            index.rebuild().join();
            System.out.printf("full index build: %.1f s%n", (System.nanoTime() - started) / 1e9);

            List<String> headlines = jdbc.sql("SELECT headline FROM article ORDER BY md5(id::text) LIMIT 2000")
                    .query(String.class)
                    .list();
            SplittableRandom random = new SplittableRandom(7);
            List<String> one = new ArrayList<>();
            List<String> two = new ArrayList<>();
            List<String> phrase = new ArrayList<>();
            for (String headline : headlines) {
                String[] words = headline.replace(".", "").split(" ");
                if (words.length < 3) {
                    continue;
                }
                int i = random.nextInt(words.length - 1);
                one.add(words[random.nextInt(words.length)]);
                two.add(words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
                phrase.add("\"" + words[i] + " " + words[i + 1] + "\"");
            }
            Consumer<String> viaIndex = q -> search.search(SearchRequest.parse(q, null, null, null, null, null, null));
            double[] oneWord = measure(one, viaIndex);
            double[] twoWords = measure(two, viaIndex);
            double[] phrases = measure(phrase, viaIndex);
            double[] scan = measureBaseline(two, jdbc);
            System.out.printf("%-22s %9s %9s%n", "query (search page)", "p50 ms", "p99 ms");
            print("1 word", oneWord);
            print("2 words", twoWords);
            print("phrase (2 words)", phrases);
            print("baseline: SQL ILIKE, 2 words", scan);
            System.out.printf("2-word p50: index is %.0fx faster than the ILIKE baseline%n", scan[0] / twoWords[0]);
        }
    }

    private static double[] measure(List<String> queries, Consumer<String> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.accept(queries.get(i % queries.size()));
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            run.accept(queries.get((WARM_UP + i) % queries.size()));
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return percentiles(millis);
    }

    private static double[] measureBaseline(List<String> queries, JdbcClient jdbc) {
        double[] millis = new double[BASELINE];
        for (int i = 0; i < BASELINE; i++) {
            String[] words = queries.get(i).split(" ");
            long t = System.nanoTime();
            jdbc.sql("""
                            SELECT id FROM article WHERE status = 'published'
                              AND (headline || ' ' || standfirst || ' ' || body_md) ILIKE :a
                              AND (headline || ' ' || standfirst || ' ' || body_md) ILIKE :b
                            ORDER BY publish_at DESC LIMIT 10""")
                    .param("a", "%" + words[0] + "%")
                    .param("b", "%" + words[1] + "%")
                    .query(Long.class)
                    .list();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return percentiles(millis);
    }

    private static double[] percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new double[] {
            sorted[sorted.length / 2], sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)]
        };
    }

    private static void print(String label, double[] p) {
        System.out.printf("%-22s %9.1f %9.1f%n", label, p[0], p[1]);
    }
}
