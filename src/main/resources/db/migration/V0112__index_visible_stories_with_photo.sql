-- The home page's lead: the latest stories of a language that have a photo. Without this index a language
-- whose stories seldom carry photos was read whole to find five.
CREATE INDEX article_visible_photo_idx ON article (lang, publish_at DESC, id DESC)
    WHERE status = 'published' AND photo_id IS NOT NULL;
