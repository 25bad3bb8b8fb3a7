package org.newsline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Renditions are made at upload, never wider than the original, and served to be cached for good. */
@IntegrationTest
class MediaRenditionIntegrationTests {

    @Autowired
    MediaStore media;

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
    }

    @Test
    void renditionsAreMadeAtTheConfiguredWidthsNarrowerThanTheOriginal() {
        MediaFile file = media.upload(TestImages.jpeg(1000, 500), "wide.jpg");

        assertThat(file.renditionWidths()).containsExactly(320, 640, 960);
        assertThat(media.find(file.id()).orElseThrow().renditionWidths()).containsExactly(320, 640, 960);
        assertThat(file.srcset())
                .isEqualTo("/media/%1$s/320.jpg 320w, /media/%1$s/640.jpg 640w, /media/%1$s/960.jpg 960w,"
                                .formatted(file.id())
                        + " /media/" + file.id() + ".jpg 1000w");
    }

    @Test
    void renditionIsServedWithImmutableCacheHeadersAndAnEntityTag() {
        MediaFile file = media.upload(TestImages.jpeg(700, 350), "wide.jpg");

        HttpResponse<byte[]> response = site.getBytes(file.renditionUrl(320));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(TestImages.read(response.body()).getWidth()).isEqualTo(320);
        assertThat(TestImages.read(response.body()).getHeight()).isEqualTo(160);

        HttpResponse<byte[]> again = site.getBytes(file.renditionUrl(320), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void originalIsServedWithImmutableCacheHeaders() {
        MediaFile file = media.upload(TestImages.png(50, 40), "small.png");

        HttpResponse<byte[]> response = site.getBytes(file.url());

        assertThat(file.renditionWidths()).isEmpty();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void pngRenditionsStayPng() {
        MediaFile file = media.upload(TestImages.png(400, 200), "chart.png");

        HttpResponse<byte[]> response = site.getBytes("/media/" + file.id() + "/320.png");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(site.getBytes("/media/" + file.id() + "/320.jpg").statusCode())
                .isEqualTo(404);
    }

    @Test
    void unknownImageOrWidthAnswers404() {
        MediaFile file = media.upload(TestImages.jpeg(700, 350), "wide.jpg");

        assertThat(site.getBytes("/media/" + file.id() + "/500.jpg").statusCode())
                .isEqualTo(404);
        assertThat(site.getBytes("/media/" + file.id() + "/960.jpg").statusCode())
                .isEqualTo(404);
        assertThat(site.getBytes("/media/" + UUID.randomUUID() + "/320.jpg").statusCode())
                .isEqualTo(404);
        assertThat(site.getBytes("/media/" + file.id() + "/99999999999.jpg").statusCode())
                .isEqualTo(404);
    }
}
