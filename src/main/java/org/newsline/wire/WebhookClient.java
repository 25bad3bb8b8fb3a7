package org.newsline.wire;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sends one signed push. Redirects are never followed (a 3xx counts as a failure, so a webhook cannot bounce
 * the server elsewhere), connect and read times are bounded, and at most a few kilobytes of the answer are
 * read.
 */
@Component
class WebhookClient {

    private final HttpClient http;
    private final WireProperties properties;

    WebhookClient(WireProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout())
                .build();
    }

    /**
     * Posts the body. Accepted means a 2xx answer.
     *
     * @return the outcome; never throws for network trouble
     */
    Outcome post(URI url, UUID deliveryKey, String secret, long timestamp, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(properties.readTimeout())
                .header("Content-Type", contentType)
                .header("User-Agent", "Newsline-Wire/1")
                .header("X-Newsline-Delivery", deliveryKey.toString())
                .header("X-Newsline-Timestamp", Long.toString(timestamp))
                .header("X-Newsline-Signature", Signatures.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(properties.maxResponseBytes()), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            boolean accepted = status >= 200 && status < 300;
            return new Outcome(
                    accepted,
                    status,
                    accepted ? null : "HTTP " + status + (answer.isBlank() ? "" : ": " + answer.strip()));
        } catch (IOException e) {
            return new Outcome(
                    false, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "Interrupted while sending");
        }
    }

    /**
     * What the webhook answered.
     *
     * @param accepted a 2xx answer
     * @param status the HTTP status, or {@code null} when there was none
     * @param error what went wrong, or {@code null}
     */
    record Outcome(boolean accepted, Integer status, String error) {}
}
