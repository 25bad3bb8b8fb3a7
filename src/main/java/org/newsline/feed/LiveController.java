package org.newsline.feed;

import org.newsline.platform.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live News Line's event stream, one per language. */
@Controller
class LiveController {

    private final LiveNewsLine live;

    LiveController(LiveNewsLine live) {
        this.live = live;
    }

    static String path(Language language) {
        return "/" + language.code() + "/news-line/live";
    }

    @GetMapping("/{lang:az|ru|en}/news-line/live")
    ResponseEntity<SseEmitter> stream(@PathVariable String lang) {
        return live.open(Language.of(lang))
                .map(emitter -> ResponseEntity.ok()
                        .contentType(MediaType.TEXT_EVENT_STREAM)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        // Tells proxies such as nginx not to buffer the stream.
                        .header("X-Accel-Buffering", "no")
                        .body(emitter))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "30")
                        .build());
    }
}
