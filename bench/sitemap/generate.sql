-- One million visible stories in October 2026 for the sitemap benchmark: 333,334 translation sets in
-- three languages (so every entry carries hreflang alternates), a story every 2.6 seconds.
-- Run against a scratch database only.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO article_translation_set (id, created_at)
SELECT 1000000 + s, timestamptz '2026-10-01 00:00:00+04'
FROM generate_series(1, 333334) AS s;

INSERT INTO article (translation_set_id, lang, slug, headline, category_id, status, publish_at,
                     created_at, updated_at)
SELECT 1000000 + (n + 2) / 3,
       (ARRAY['az', 'ru', 'en'])[n % 3 + 1],
       'bench-story-' || n,
       'Benchmark story number ' || n,
       1 + n % 8,
       'published',
       timestamptz '2026-10-01 00:00:00+04' + n * interval '2.6 seconds',
       timestamptz '2026-10-01 00:00:00+04',
       timestamptz '2026-10-01 00:00:00+04' + n * interval '2.6 seconds'
FROM generate_series(1, 1000000) AS n;
COMMIT;
ANALYZE article;
