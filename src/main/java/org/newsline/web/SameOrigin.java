package org.newsline.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request protection for the public site, whose pages set no cookie and keep no session: a form
 * post is taken only when the browser says it comes from a page of this site. Browsers send
 * {@code Sec-Fetch-Site} (and {@code Origin}) themselves and no page can forge either, so a page elsewhere
 * cannot make a reader's browser post here; a script that sets them is posting from its own address anyway.
 */
final class SameOrigin {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SameOrigin() {}

    /** Whether the request changes something and cannot show it was sent by a page of this site. */
    static boolean unsafeCrossSite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && !verified(request);
    }

    /** {@code Sec-Fetch-Site: same-origin}, or without it an {@code Origin} naming this site. */
    static boolean verified(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        return origin != null && origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request));
    }

    /** This site's origin as the browser addressed it, such as {@code https://news.example}. */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
