-- The content model: stories in translation sets, their bylines, categories, tags and photos.

CREATE TABLE article_category (
    id        smallserial PRIMARY KEY,
    slug      text    NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]*$'),
    name_az   text    NOT NULL,
    name_ru   text    NOT NULL,
    name_en   text    NOT NULL,
    position  integer NOT NULL
);

INSERT INTO article_category (slug, name_az, name_ru, name_en, position) VALUES
    ('politics',  'Siyasət',   'Политика',  'Politics',  1),
    ('economy',   'İqtisadiyyat', 'Экономика', 'Economy', 2),
    ('society',   'Cəmiyyət',  'Общество',  'Society',   3),
    ('region',    'Region',    'Регион',    'Region',    4),
    ('world',     'Dünya',     'В мире',    'World',     5),
    ('culture',   'Mədəniyyət', 'Культура', 'Culture',   6),
    ('sport',     'İdman',     'Спорт',     'Sport',     7),
    ('analytics', 'Analitika', 'Аналитика', 'Analytics', 8);

-- A correspondent or editor as shown in a byline; not a user account.
CREATE TABLE article_author (
    id        bigserial PRIMARY KEY,
    slug      text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    name_az   text NOT NULL,
    name_ru   text NOT NULL,
    name_en   text NOT NULL,
    role_az   text NOT NULL DEFAULT '',
    role_ru   text NOT NULL DEFAULT '',
    role_en   text NOT NULL DEFAULT '',
    bio_az    text NOT NULL DEFAULT '',
    bio_ru    text NOT NULL DEFAULT '',
    bio_en    text NOT NULL DEFAULT ''
);

CREATE TABLE article_tag (
    id        bigserial PRIMARY KEY,
    slug      text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    name_az   text,
    name_ru   text,
    name_en   text
);

-- A photo as published: the image plus its caption in each language, credit, source and licence.
CREATE TABLE article_photo (
    id           bigserial PRIMARY KEY,
    media_id     uuid NOT NULL REFERENCES media_file (id),
    caption_az   text NOT NULL DEFAULT '',
    caption_ru   text NOT NULL DEFAULT '',
    caption_en   text NOT NULL DEFAULT '',
    credit       text NOT NULL,
    source_kind  text NOT NULL CHECK (source_kind IN ('open-sources', 'handout', 'staff', 'agency')),
    licence      text NOT NULL DEFAULT ''
);

-- The same story in several languages.
CREATE TABLE article_translation_set (
    id          bigserial PRIMARY KEY,
    created_at  timestamptz NOT NULL
);

CREATE TABLE article (
    id                  bigserial PRIMARY KEY,
    translation_set_id  bigint      NOT NULL REFERENCES article_translation_set (id),
    lang                text        NOT NULL CHECK (lang IN ('az', 'ru', 'en')),
    slug                text        NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    headline            text        NOT NULL CHECK (length(headline) BETWEEN 1 AND 300),
    standfirst          text        NOT NULL DEFAULT '',
    body_md             text        NOT NULL DEFAULT '',
    dateline_place      text        NOT NULL DEFAULT '',
    dateline_at         timestamptz,
    category_id         smallint    NOT NULL REFERENCES article_category (id),
    photo_id            bigint      REFERENCES article_photo (id),
    urgency             text        NOT NULL DEFAULT 'normal' CHECK (urgency IN ('flash', 'urgent', 'normal')),
    status              text        NOT NULL DEFAULT 'draft'
                                    CHECK (status IN ('draft', 'submitted', 'published', 'unpublished')),
    publish_at          timestamptz,
    embargo_until       timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             integer     NOT NULL DEFAULT 1,
    UNIQUE (lang, slug),
    UNIQUE (translation_set_id, lang),
    CHECK (status <> 'published' OR publish_at IS NOT NULL)
);

-- The reading side asks for visible stories newest first; these indexes serve the News Line and lists.
CREATE INDEX article_visible_lang_idx ON article (lang, publish_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX article_visible_category_idx ON article (lang, category_id, publish_at DESC, id DESC)
    WHERE status = 'published';

CREATE TABLE article_byline (
    article_id  bigint   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    author_id   bigint   NOT NULL REFERENCES article_author (id),
    position    smallint NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_byline_author_idx ON article_byline (author_id);

CREATE TABLE article_tagging (
    article_id  bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id      bigint NOT NULL REFERENCES article_tag (id),
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tagging_tag_idx ON article_tagging (tag_id);

-- Every slug an article ever had, so that old links answer 301 with the current address.
CREATE TABLE article_slug_history (
    lang        text   NOT NULL,
    slug        text   NOT NULL,
    article_id  bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    retired_at  timestamptz NOT NULL,
    PRIMARY KEY (lang, slug)
);

-- Public, dated correction notes shown under the story.
CREATE TABLE article_correction (
    id          bigserial PRIMARY KEY,
    article_id  bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    noted_at    timestamptz NOT NULL,
    note        text        NOT NULL CHECK (length(note) > 0)
);
CREATE INDEX article_correction_article_idx ON article_correction (article_id);

-- Every change readers or subscribers can see, in order. Search, caches, feeds and the wire follow it.
CREATE TABLE change_log (
    id           bigserial PRIMARY KEY,
    article_id   bigint      NOT NULL REFERENCES article (id),
    kind         text        NOT NULL CHECK (kind IN ('published', 'updated', 'corrected', 'unpublished')),
    version      integer     NOT NULL,
    occurred_at  timestamptz NOT NULL
);
CREATE INDEX change_log_article_idx ON change_log (article_id);
