package org.newsline.feed;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.newsline.article.CatalogWriter;
import org.newsline.article.PhotoSource;
import org.newsline.media.MediaFile;
import org.newsline.media.MediaStore;
import org.newsline.platform.LocalizedText;

/** Test data and parsing shared by the feed tests. */
final class FeedFixtures {

    static final String CREDIT = "Photo by the test desk";

    private FeedFixtures() {}

    /** A stored photo with captions and {@link #CREDIT}; returns its id for a story. */
    static long photo(MediaStore media, CatalogWriter catalog) {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaFile file = media.store(out.toByteArray(), "image/jpeg");
        return catalog.createPhoto(
                file.id(),
                new LocalizedText("Limanda kranlar", "Краны в порту", "Cranes at the harbour"),
                CREDIT,
                PhotoSource.STAFF,
                "");
    }

    /** Parses a feed or sitemap, keeping prefixed names such as {@code media:credit} as they are. */
    static Document xml(String body) {
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
