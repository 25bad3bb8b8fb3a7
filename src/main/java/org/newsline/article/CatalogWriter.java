package org.newsline.article;

import org.newsline.platform.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates what stories refer to: correspondents (bylines), tags and published photos. */
@Service
@Transactional
public class CatalogWriter {

    private final JdbcClient jdbc;

    CatalogWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Author createAuthor(String slug, LocalizedText name, LocalizedText role, LocalizedText bio) {
        ArticleWriter.requireSlug(slug);
        long id = jdbc.sql("""
                        INSERT INTO article_author (slug, name_az, name_ru, name_en, role_az, role_ru, role_en,
                                                    bio_az, bio_ru, bio_en)
                        VALUES (:slug, :nameAz, :nameRu, :nameEn, :roleAz, :roleRu, :roleEn, :bioAz, :bioRu, :bioEn)
                        RETURNING id""")
                .param("slug", slug)
                .param("nameAz", name.az())
                .param("nameRu", name.ru())
                .param("nameEn", name.en())
                .param("roleAz", role.az())
                .param("roleRu", role.ru())
                .param("roleEn", role.en())
                .param("bioAz", bio.az())
                .param("bioRu", bio.ru())
                .param("bioEn", bio.en())
                .query(Long.class)
                .single();
        return new Author(id, slug, name, role, bio);
    }

    /** Returns the tag with this slug, creating it with these names if it does not exist yet. */
    public Tag tag(String slug, LocalizedText name) {
        ArticleWriter.requireSlug(slug);
        jdbc.sql("""
                        INSERT INTO article_tag (slug, name_az, name_ru, name_en) VALUES (:slug, :az, :ru, :en)
                        ON CONFLICT (slug) DO NOTHING""")
                .param("slug", slug)
                .param("az", name.az())
                .param("ru", name.ru())
                .param("en", name.en())
                .update();
        return jdbc.sql("SELECT * FROM article_tag WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, row) -> ArticleRepository.tag(rs))
                .single();
    }

    /** Records a photo as it will be published with a story. */
    public long createPhoto(
            java.util.UUID mediaId, LocalizedText caption, String credit, PhotoSource source, String licence) {
        return jdbc.sql("""
                        INSERT INTO article_photo (media_id, caption_az, caption_ru, caption_en, credit, source_kind, licence)
                        VALUES (:media, :az, :ru, :en, :credit, :source, :licence) RETURNING id""")
                .param("media", mediaId)
                .param("az", caption.az())
                .param("ru", caption.ru())
                .param("en", caption.en())
                .param("credit", credit)
                .param("source", source.code())
                .param("licence", licence == null ? "" : licence)
                .query(Long.class)
                .single();
    }

    /** Changes a photo's caption, credit, source and licence (the image stays). */
    public void updatePhoto(long photoId, LocalizedText caption, String credit, PhotoSource source, String licence) {
        jdbc.sql("""
                        UPDATE article_photo SET caption_az = :az, caption_ru = :ru, caption_en = :en, credit = :credit,
                               source_kind = :source, licence = :licence
                        WHERE id = :id""")
                .param("id", photoId)
                .param("az", caption.az())
                .param("ru", caption.ru())
                .param("en", caption.en())
                .param("credit", credit)
                .param("source", source.code())
                .param("licence", licence == null ? "" : licence)
                .update();
    }
}
