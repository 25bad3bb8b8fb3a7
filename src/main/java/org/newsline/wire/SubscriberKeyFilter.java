package org.newsline.wire;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in pull requests carrying {@code Authorization: Bearer KEY} and applies each key's rate limit
 * (429 with {@code Retry-After}). A bad key answers 401 at once, a suspended subscriber 403. Limits are
 * counted per node.
 */
final class SubscriberKeyFilter extends OncePerRequestFilter {

    private final Subscribers subscribers;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    SubscriberKeyFilter(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Caller> caller =
                    subscribers.authenticate(header.substring(7).strip());
            if (caller.isEmpty()) {
                problem(response, 401, "Unauthorized", "The API key is unknown or revoked");
                return;
            }
            if (!caller.get().active()) {
                problem(response, 403, "Forbidden", "The subscription is suspended");
                return;
            }
            ConsumptionProbe probe = bucket(caller.get()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                response.setHeader("Retry-After", Long.toString(seconds));
                problem(
                        response,
                        429,
                        "Too Many Requests",
                        "This key may make " + caller.get().requestsPerMinute() + " requests a minute; retry in "
                                + seconds + " s");
                return;
            }
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            var authentication = UsernamePasswordAuthenticationToken.authenticated(
                    caller.get(), null, List.of(new SimpleGrantedAuthority("ROLE_SUBSCRIBER")));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }

    private Bucket bucket(Caller caller) {
        int limit = caller.requestsPerMinute();
        return buckets.get(
                caller.keyId(),
                key -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(limit)
                                .refillGreedy(limit, Duration.ofMinutes(1))
                                .build())
                        .build());
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
