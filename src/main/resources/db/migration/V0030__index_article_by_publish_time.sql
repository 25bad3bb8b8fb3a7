-- Sitemaps stream every visible story of a month in publish order, across languages; without this index
-- PostgreSQL would sort a large month in memory or on disk for every request.
CREATE INDEX article_published_at_idx ON article (publish_at, id) WHERE status = 'published';
