import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire benchmark against a running Newsline (see run.sh): time from publish (the API call returning) to the
 * webhook receiving the accepted push, over N sequential publishes on loopback, and pull throughput.
 * usage: java WireBench.java BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [PUBLISHES]
 * (with NEWSLINE_TOTP_CODE set to the admin's current two-factor code if the account uses two-factor sign-in)
 */
public class WireBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int publishes = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        // An account with two-factor sign-in on sends its current code (scripts/totp-code) as well.
        String code = System.getenv().getOrDefault("NEWSLINE_TOTP_CODE", "");
        String credentials = "{\"email\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\""
                + (code.isBlank() ? "" : ",\"code\":\"" + code + "\"") + "}";
        String token = field(send("POST", "/api/v1/tokens", credentials, null), "token");

        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes());
            Matcher uri = Pattern.compile("\"uri\":\"tag:[^\"]*:article-(\\d+)\"").matcher(body);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            if (uri.find()) {
                receivedAt.putIfAbsent(uri.group(1), now);
                CountDownLatch latch = waiting.get(uri.group(1));
                if (latch != null) {
                    latch.countDown();
                }
            }
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        String subscriber = send("POST", "/api/v1/subscribers", "{\"name\":\"Bench\",\"products\":[{}],\"webhook\":{\"url\":\"" + hook + "\",\"format\":\"ninjs\"}}", token);
        String subscriberId = matchGroup(subscriber, "\"id\":(\\d+)");
        String key = field(send("POST", "/api/v1/subscribers/" + subscriberId + "/keys", null, token), "key");

        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < publishes; i++) {
            String created = send("POST", "/api/v1/articles", "{\"language\":\"en\",\"headline\":\"Bench story " + i + " " + System.nanoTime()
                    + "\",\"standfirst\":\"Short.\",\"body\":\"Body of the benchmark story.\",\"category\":\"politics\"}", token);
            String id = matchGroup(created, "\"id\":(\\d+)");
            CountDownLatch latch = new CountDownLatch(1);
            waiting.put(id, latch);
            long start = System.nanoTime();
            send("POST", "/api/v1/articles/" + id + "/publish", "{}", token);
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no push for story " + id + " within 60 s");
            }
            latencies.add((receivedAt.get(id) - start) / 1e6);
        }
        Collections.sort(latencies);
        System.out.printf("publish -> accepted push over %d publishes: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                latencies.size(), percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1));

        for (int pass = 0; pass < 5; pass++) {
            long items = 0;
            String cursor = "0";
            long start = System.nanoTime();
            while (true) {
                HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/wire/v1/items?limit=200&since=" + cursor))
                        .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() != 200) {
                    throw new IllegalStateException("pull answered " + page.statusCode() + ": " + page.body());
                }
                int count = count(page.body(), "\"representationtype\":\"full\"");
                items += count;
                String next = field(page.body(), "next");
                if (count == 0 || next.equals(cursor)) {
                    break;
                }
                cursor = next;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("pull pass %d: %d items in %.2f s = %.0f items/s (pages of 200, ninjs 2.1)%n", pass + 1, items, seconds, items / seconds);
        }
        receiver.stop(0);
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static String send(String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        return matchGroup(json, "\"" + name + "\":\"([^\"]*)\"");
    }

    static String matchGroup(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }
}
