package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.media.HostileImages;
import org.newsline.media.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile "photos" sent through the story editor, as a browser sends them (named {@code .jpg}, typed
 * {@code image/jpeg}): each is refused with a clear 400 or 413 page, or, if it truly is an image, stored
 * re-encoded and served as an image that no browser will sniff into a page. Nothing is ever written to
 * the file system, where a crafted name could aim.
 */
@IntegrationTest
class PhotoUploadAbuseIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${newsline.home}")
    Path home;

    @LocalServerPort
    int port;

    @Test
    void pageNamedLikeAPhotoIsRefusedAndNotStored() {
        Upload upload = upload("photo.jpg", HostileImages.htmlPage());

        assertThat(upload.response.statusCode()).isEqualTo(400);
        assertThat(upload.errorDetail()).isEqualTo("The file 'photo.jpg' is not a JPEG, PNG or WebP image.");
        assertThat(upload.response.body()).doesNotContain(HostileImages.SCRIPT);
        assertThat(upload.storedMedia()).isZero();
    }

    @Test
    void svgWithScriptNamedLikeAPhotoIsRefused() {
        Upload upload = upload("logo.jpg", HostileImages.svgWithScript());

        assertThat(upload.response.statusCode()).isEqualTo(400);
        assertThat(upload.errorDetail()).isEqualTo("The file 'logo.jpg' is not a JPEG, PNG or WebP image.");
        assertThat(upload.storedMedia()).isZero();
    }

    @Test
    void gifThatIsAlsoAScriptIsRefused() {
        Upload upload = upload("pic.jpg", HostileImages.gifScriptPolyglot());

        assertThat(upload.response.statusCode()).isEqualTo(400);
        assertThat(upload.errorDetail())
                .isEqualTo("The file 'pic.jpg' is a GIF image; only JPEG, PNG and WebP images are accepted.");
        assertThat(upload.storedMedia()).isZero();
    }

    @Test
    void jpegCarryingAPageIsStoredWithoutItAndServedAsAnImageThatIsNeverSniffed() {
        Upload upload = upload("polyglot.jpg", HostileImages.jpegHtmlPolyglot());

        assertThat(upload.response.statusCode()).as(upload.response.body()).isEqualTo(302);
        assertThat(upload.storedMedia()).isEqualTo(1);
        String media =
                jdbc.sql("""
                        SELECT m.id || '.jpg' FROM article a JOIN article_photo p ON p.id = a.photo_id
                        JOIN media_file m ON m.id = p.media_id WHERE a.id = :id""").param("id", upload.storyId).query(String.class).single();
        HttpResponse<byte[]> served = new SiteClient(port).getBytes("/media/" + media);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(new String(served.body(), StandardCharsets.ISO_8859_1))
                .doesNotContain("<script")
                .doesNotContain("<html");
        assertThat(TestImages.read(served.body()).getWidth()).isEqualTo(64);
    }

    @Test
    void folderPathsInTheFileNameAreDroppedAndNothingIsWrittenToDisk() {
        String marker = "x-" + UUID.randomUUID().toString().substring(0, 8) + ".jpg";

        Upload refused = upload("../../" + marker, HostileImages.htmlPage());
        Upload stored = upload("..\\..\\..\\" + marker, TestImages.jpeg(40, 30));

        assertThat(refused.response.statusCode()).isEqualTo(400);
        assertThat(refused.errorDetail()).isEqualTo("The file '" + marker + "' is not a JPEG, PNG or WebP image.");
        assertThat(stored.response.statusCode()).isEqualTo(302);
        assertThat(filesNamed(marker, home.toAbsolutePath().getParent().getParent()))
                .as("media live in PostgreSQL; no upload becomes a file")
                .isZero();
    }

    @Test
    void fileNameWithANulByteGetsAClearRefusal() {
        Upload upload = upload("evil\0.html.jpg", TestImages.jpeg(40, 30));

        assertThat(upload.response.statusCode()).isEqualTo(400);
        assertThat(upload.errorDetail())
                .isEqualTo("The upload could not be read: a file name holds a control character,"
                        + " a file name or field is too long, or the form is malformed.");
        assertThat(upload.storedMedia()).isZero();
    }

    @Test
    void otherControlCharactersInTheFileNameStayOutOfMessagesAndTheAuditLog() {
        Upload refused = upload("evil\u0007.html\u001b.jpg", HostileImages.htmlPage());
        Upload stored = upload("photo\u0007.html\u202e.jpg", TestImages.jpeg(40, 30));

        assertThat(refused.response.statusCode()).isEqualTo(400);
        assertThat(refused.errorDetail()).isEqualTo("The file 'evil.html.jpg' is not a JPEG, PNG or WebP image.");
        assertThat(stored.response.statusCode()).as(stored.response.body()).isEqualTo(302);
        String detail = jdbc.sql("SELECT detail FROM audit_log WHERE action = 'photo.upload' AND account_id = "
                        + "(SELECT id FROM account WHERE email = :email)")
                .param("email", stored.email)
                .query(String.class)
                .single();
        assertThat(detail)
                .startsWith("photo.html.jpg (")
                .doesNotContain("\u0007")
                .doesNotContain("\u202e");
    }

    @Test
    void longFileNameIsShortenedInTheMessageAndAnAbsurdlyLongOneIsRefused() {
        String cyrillic = "Фотография-".repeat(25) + ".jpg";
        String absurd = "a".repeat(5_000) + ".jpg";

        Upload shortened = upload(cyrillic, HostileImages.htmlPage());
        Upload refused = upload(absurd, HostileImages.htmlPage());

        assertThat(shortened.response.statusCode()).isEqualTo(400);
        assertThat(shortened.errorDetail())
                .isEqualTo("The file '" + cyrillic.substring(0, 79) + "…' is not a JPEG, PNG or WebP image.");
        assertThat(refused.response.statusCode())
                .as(refused.response.headers().map() + refused.errorDetail())
                .isEqualTo(400);
        assertThat(refused.errorDetail())
                .isEqualTo("The upload could not be read: a file name holds a control character,"
                        + " a file name or field is too long, or the form is malformed.");
    }

    @Test
    void pixelFloodsAreRefusedFromTheirHeaders() {
        Upload bomb = upload("bomb.jpg", HostileImages.pngBomb(20_000, 20_000));
        Upload declared = upload("flood.jpg", HostileImages.jpegDeclaring(65_000, 65_000));

        assertThat(bomb.response.statusCode()).isEqualTo(400);
        assertThat(bomb.errorDetail())
                .isEqualTo(
                        "The file 'bomb.jpg' is 20000 × 20000 pixels (400.0 megapixels); the limit is 50 megapixels.");
        assertThat(declared.response.statusCode()).isEqualTo(400);
        assertThat(declared.errorDetail()).startsWith("The file 'flood.jpg' is 65000 × 65000 pixels");
        assertThat(bomb.storedMedia() + declared.storedMedia()).isZero();
    }

    @Test
    void truncatedImageIsRefusedAsDamaged() {
        byte[] jpeg = HostileImages.noisyJpeg(160, 120, 7);

        Upload upload = upload("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 3 / 4));

        assertThat(upload.response.statusCode()).isEqualTo(400);
        assertThat(upload.errorDetail())
                .isEqualTo("The file 'cut.jpg' could not be decoded as an image; it may be damaged.");
        assertThat(upload.storedMedia()).isZero();
    }

    @Test
    void mutatedImagesNeverCauseAServerError() {
        Random random = new Random(42);
        byte[] jpeg = HostileImages.noisyJpeg(64, 48, 9);
        byte[] png = HostileImages.noisyPng(64, 48, 10);
        StaffSession session = signedIn(editor());
        for (int i = 0; i < 12; i++) {
            byte[] mutated = HostileImages.mutate(i % 2 == 0 ? jpeg : png, 4, 1 + random.nextInt(8), random);
            long story = createStory(session);
            session.get("/newsroom/articles/" + story);

            int status = session.postMultipart(
                            "/newsroom/articles/" + story, fields(), "photoFile", "m" + i + ".jpg", mutated)
                    .statusCode();

            assertThat(status).as("mutation %d", i).isIn(302, 400);
        }
    }

    @Test
    void uploadOverTheRequestLimitGets413() {
        byte[] huge = new byte[27 * 1024 * 1024];
        byte[] jpeg = TestImages.jpeg(16, 16);
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);

        Upload upload = upload("huge.jpg", huge);

        assertThat(upload.response.statusCode()).isEqualTo(413);
        assertThat(upload.errorDetail()).isEqualTo("The upload is larger than the 20 MB limit.");
        assertThat(upload.response.headers().firstValue("X-Content-Type-Options"))
                .hasValue("nosniff");
        assertThat(upload.storedMedia()).isZero();
    }

    /** One editor's attempt: a new story, then its form sent back with the file as its photo. */
    private Upload upload(String filename, byte[] file) {
        String email = editor();
        StaffSession session = signedIn(email);
        long story = createStory(session);
        session.get("/newsroom/articles/" + story);
        HttpResponse<String> response =
                session.postMultipart("/newsroom/articles/" + story, fields(), "photoFile", filename, file);
        return new Upload(email, story, response);
    }

    private final class Upload {
        final String email;
        final long storyId;
        final HttpResponse<String> response;

        Upload(String email, long storyId, HttpResponse<String> response) {
            this.email = email;
            this.storyId = storyId;
            this.response = response;
        }

        String errorDetail() {
            return Jsoup.parse(response.body()).select(".error-detail").text();
        }

        /** Photos this editor's story holds: nothing refused may be stored. */
        long storedMedia() {
            return jdbc.sql("SELECT count(*) FROM article a JOIN article_photo p ON p.id = a.photo_id WHERE a.id = :id")
                    .param("id", storyId)
                    .query(Long.class)
                    .single();
        }
    }

    private String editor() {
        String email = "upload-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Upload tester", Role.EDITOR, NewsroomApiIntegrationTests.PASSWORD);
        return email;
    }

    private StaffSession signedIn(String email) {
        StaffSession session = new StaffSession(port);
        assertThat(session.signIn(email, NewsroomApiIntegrationTests.PASSWORD).statusCode())
                .isEqualTo(302);
        return session;
    }

    private static long createStory(StaffSession session) {
        session.get("/newsroom/articles/new");
        Map<String, String> fields = fields();
        fields.put("version", "0");
        HttpResponse<String> created = session.post("/newsroom/articles", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", "1");
        fields.put("language", "en");
        fields.put("headline", "Upload abuse " + UUID.randomUUID());
        fields.put("standfirst", "A standfirst.");
        fields.put("body", "Paragraph one.");
        fields.put("datelinePlace", "Baku");
        fields.put("category", "politics");
        fields.put("urgency", "normal");
        fields.put("tags", "");
        fields.put("credit", "Photo from open sources");
        fields.put("sourceKind", "open-sources");
        return fields;
    }

    private static long filesNamed(String name, Path under) {
        try (Stream<Path> files = Files.walk(under, 6)) {
            return files.filter(f -> f.getFileName() != null
                            && f.getFileName().toString().equals(name))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
