package org.newsline.media;

import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves stored images and their renditions. Their bytes never change under an address, so they are
 * cached for a year as immutable; the entity tag lets a client revalidate with a 304 anyway.
 */
@Controller
class MediaController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaStore store;

    MediaController(MediaStore store) {
        this.store = store;
    }

    @GetMapping("/media/{id:[0-9a-f-]{36}}.{ext:jpg|png|webp}")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable String ext) {
        MediaFile file = store.find(id).orElseThrow(() -> notFound("No image " + id));
        byte[] bytes = store.bytes(id).orElseThrow(() -> notFound("No image " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(FOREVER)
                .eTag(file.sha256())
                .body(bytes);
    }

    @GetMapping("/media/{id:[0-9a-f-]{36}}/{width:[0-9]{1,5}}.{ext:jpg|png}")
    ResponseEntity<byte[]> rendition(@PathVariable UUID id, @PathVariable int width, @PathVariable String ext) {
        MediaStore.StoredRendition rendition = store.rendition(id, width)
                .filter(r ->
                        ImageFormat.ofContentType(r.contentType()).extension.equals(ext))
                .orElseThrow(() -> notFound("No rendition " + width + "." + ext + " of image " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendition.contentType()))
                .cacheControl(FOREVER)
                .eTag(rendition.sha256())
                .body(rendition.bytes());
    }

    private static ResponseStatusException notFound(String reason) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
    }
}
