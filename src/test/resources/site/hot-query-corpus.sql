-- 100,000 stories (every 50th a draft) over about two years with their bylines, tags, photos, revisions,
-- change-log rows, reviews and quotes, each table filled by one set-based INSERT ... SELECT, for
-- HotQueryPlanIntegrationTests. Runs in a scratch database that no other test reads.
-- Skips foreign-key checks and triggers (change-log notifications) while filling: the rows are consistent
-- by construction and this keeps the test fast.
SET session_replication_role = replica;
SET synchronous_commit = off;

INSERT INTO article_author (slug, name_az, name_ru, name_en)
SELECT 'plan-author-' || i, 'Müəllif ' || i, 'Автор ' || i, 'Author ' || i FROM generate_series(1, 200) i;

INSERT INTO article_tag (slug, name_az, name_ru, name_en)
SELECT 'plan-tag-' || i, 'Teq ' || i, 'Тег ' || i, 'Tag ' || i FROM generate_series(1, 2000) i;

INSERT INTO media_file (id, content_type, width, height, byte_size, sha256, data, created_at)
SELECT md5(i::text)::uuid, 'image/jpeg', 1280, 720, 1, md5(i::text), '\x00', now()
FROM generate_series(1, 33334) i;

INSERT INTO media_rendition (media_id, width, height, content_type, byte_size, sha256, data, created_at)
SELECT md5(i::text)::uuid, w, w * 9 / 16, 'image/jpeg', 1, md5(i::text), '\x00', now()
FROM generate_series(1, 33334) i, (VALUES (320), (640)) AS widths (w);

INSERT INTO article_photo (id, media_id, caption_en, credit, source_kind)
SELECT i, md5(i::text)::uuid, 'Photo ' || i, 'Staff', 'staff' FROM generate_series(1, 33334) i;

INSERT INTO article_translation_set (id, created_at) SELECT i, now() FROM generate_series(1, 33334) i;

INSERT INTO article (id, translation_set_id, lang, slug, headline, standfirst, body_md, category_id, photo_id,
                     status, publish_at, created_at, updated_at)
SELECT i, (i + 2) / 3, (ARRAY['az', 'ru', 'en'])[i % 3 + 1], 'plan-story-' || i, 'Story ' || i,
       'What happened in story ' || i, 'The body of story ' || i || '.', i % 8 + 1,
       CASE WHEN (i + 2) / 3 % 4 <> 0 THEN (i + 2) / 3 END,
       CASE WHEN i % 50 = 7 THEN 'draft' ELSE 'published' END,
       now() - (100000 - i) * interval '10 minutes', now(), now()
FROM generate_series(1, 100000) i;

INSERT INTO article_byline (article_id, author_id, position) SELECT i, i % 200 + 1, 0 FROM generate_series(1, 100000) i;

INSERT INTO article_tagging (article_id, tag_id)
SELECT i, t FROM generate_series(1, 100000) i, LATERAL (VALUES (i % 2000 + 1), ((i / 7) % 2000 + 1)) AS tags (t)
ON CONFLICT DO NOTHING;

INSERT INTO article_revision (article_id, version, saved_at, status, slug, headline, standfirst, body_md,
                              dateline_place, category_slug, urgency, author_ids, tag_slugs)
SELECT i, 1, now(), 'published', 'plan-story-' || i, 'Story ' || i, '', '', '', 'politics', 'normal',
       ARRAY[i % 200 + 1], ARRAY['plan-tag-' || (i % 2000 + 1)]
FROM generate_series(1, 100000) i;

INSERT INTO change_log (article_id, kind, version, occurred_at)
SELECT id, 'published', 1, publish_at FROM article WHERE status = 'published' ORDER BY id;

INSERT INTO review (article_id, kind, status, author_name, email, body, address_hash, created_at)
SELECT i % 100000 + 1, 'review', (ARRAY['approved', 'pending', 'rejected'])[i % 3 + 1], 'Reader ' || i,
       'reader' || i || '@example.com', 'A review.', md5(i::text), now()
FROM generate_series(1, 30000) i;

INSERT INTO quote_entity (kind, slug, name_az, name_ru, name_en)
SELECT 'person', 'plan-person-' || i, 'Şəxs ' || i, 'Персона ' || i, 'Person ' || i FROM generate_series(1, 500) i;

INSERT INTO quote_source (article_id, version, lang, plain_text, extracted_at)
SELECT id, 1, lang, 'Someone said something.', now() FROM article WHERE status = 'published' AND id % 3 = 0;

INSERT INTO quote (article_id, kind, start_offset, end_offset, quoted, speaker_id, rule, confidence)
SELECT article_id, 'direct', 0, 10, 'something', (SELECT min(id) FROM quote_entity) + article_id % 500, 'plan', 0.9
FROM quote_source;

INSERT INTO quote_mention (article_id, entity_id, start_offset, end_offset)
SELECT article_id, (SELECT min(id) FROM quote_entity) + article_id % 500, 0, 7 FROM quote_source;

INSERT INTO wire_subscriber (name, created_at) SELECT 'Plan subscriber ' || i, now() FROM generate_series(1, 50) i;
INSERT INTO wire_product (subscriber_id) SELECT id FROM wire_subscriber;

SET session_replication_role = origin;
