import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes stories through the newsroom API of a running Newsline and measures, for each, the time from
 * the publish call's answer until the story shows on the News Line page, in the RSS feed and in search.
 * Prints every measurement and the median and p90 per place. Only talks to the given base address.
 *
 * <p>usage: java PublishLatency.java BASE EMAIL PASSWORD [COUNT]
 */
public final class PublishLatency {

    private static final Duration GIVE_UP = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 10;
    private static final String[] PLACES = {"news line", "rss feed", "search"};

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private PublishLatency(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java PublishLatency.java BASE EMAIL PASSWORD [COUNT]");
            System.exit(2);
        }
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        new PublishLatency(args[0]).run(args[1], args[2], count);
    }

    private void run(String email, String password, int count) throws Exception {
        // An account with two-factor sign-in on sends its current code (scripts/totp-code) as well.
        String code = System.getenv().getOrDefault("NEWSLINE_TOTP_CODE", "");
        Map<String, String> credentials = code.isBlank()
                ? Map.of("email", email, "password", password)
                : Map.of("email", email, "password", password, "code", code);
        String token = field(send("POST", "/api/v1/tokens", json(credentials), null, 201), "token");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<List<Long>> millis = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        ExecutorService pollers = Executors.newFixedThreadPool(PLACES.length);
        try {
            for (int i = 0; i < count; i++) {
                String word = "zylquor" + letters(run) + letters(Integer.toString(i, 36));
                String slug = "latency-" + run + "-" + i;
                String created = send("POST", "/api/v1/articles", json(Map.of(
                        "language", "en",
                        "headline", "Publish latency " + word,
                        "standfirst", "Measuring how soon a story is visible.",
                        "body", "The word " + word + " marks this story.",
                        "category", "society",
                        "slug", slug)), token, 201);
                String id = field(created, "id");
                send("POST", "/api/v1/articles/" + id + "/publish", "{}", token, 200);
                long published = System.nanoTime();
                List<CompletableFuture<Long>> seen = List.of(
                        CompletableFuture.supplyAsync(() -> until(published, "/en/news-line", slug), pollers),
                        CompletableFuture.supplyAsync(() -> until(published, "/en/feed.rss", slug), pollers),
                        CompletableFuture.supplyAsync(
                                () -> until(published, "/api/v1/search?language=en&q=" + encode(word), slug), pollers));
                StringBuilder line = new StringBuilder("story " + (i + 1) + ":");
                for (int p = 0; p < PLACES.length; p++) {
                    long ms = seen.get(p).get();
                    millis.get(p).add(ms);
                    line.append(' ').append(PLACES[p]).append(' ').append(ms < 0 ? "never" : ms + " ms");
                }
                System.out.println(line);
                Thread.sleep(100);
            }
        } finally {
            pollers.shutdownNow();
        }
        System.out.println();
        System.out.println("| where | median | p90 | worst | not seen within " + GIVE_UP.toSeconds() + " s |");
        System.out.println("|---|---|---|---|---|");
        for (int p = 0; p < PLACES.length; p++) {
            List<Long> seen = new ArrayList<>(millis.get(p).stream().filter(ms -> ms >= 0).toList());
            Collections.sort(seen);
            long missing = millis.get(p).size() - seen.size();
            System.out.printf("| %s | %s | %s | %s | %d |%n", PLACES[p], percentile(seen, 50), percentile(seen, 90),
                    seen.isEmpty() ? "-" : seen.get(seen.size() - 1) + " ms", missing);
        }
    }

    /** Milliseconds from {@code since} until {@code path} answers 200 containing {@code text}; -1 if never. */
    private long until(long since, String path, String text) {
        while (System.nanoTime() - since < GIVE_UP.toNanos()) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(text)) {
                    return (System.nanoTime() - since) / 1_000_000;
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            } catch (java.io.IOException e) {
                // try again until giving up
            }
        }
        return -1;
    }

    private String send(String method, String path, String body, String token, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) + " ms";
    }

    /** Digits as letters, so that the marker word stays one word for every analyzer. */
    private static String letters(String base36) {
        StringBuilder out = new StringBuilder();
        for (char c : base36.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String json(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(name).append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        });
        return out.append('}').toString();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
