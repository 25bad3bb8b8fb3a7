package org.newsline.media;

import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Serves stored images; their bytes never change, so they are cached for a year. */
@Controller
class MediaController {

    private final MediaStore store;

    MediaController(MediaStore store) {
        this.store = store;
    }

    @GetMapping("/media/{id:[0-9a-f-]{36}}.{ext:jpg|png|webp}")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable String ext) {
        MediaFile file = store.find(id).orElseThrow(() -> notFound(id));
        byte[] bytes = store.bytes(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag(file.sha256())
                .body(bytes);
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "No image " + id);
    }
}
