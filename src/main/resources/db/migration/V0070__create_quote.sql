-- Who said what: the entity registry, what each published story was found to quote and mention, and the
-- names waiting for an editor. Extraction results are derived data: a story's rows are replaced whenever it
-- is read again, and removed when it is unpublished.

CREATE TABLE quote_entity (
    id         bigserial PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('person', 'place', 'organisation')),
    slug       text NOT NULL UNIQUE,
    name_az    text NOT NULL,
    name_ru    text NOT NULL,
    name_en    text NOT NULL,
    gender     text CHECK (gender IN ('f', 'm')),
    titles     text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE quote_alias (
    entity_id bigint NOT NULL REFERENCES quote_entity (id) ON DELETE CASCADE,
    alias     text NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

-- The exact text a story was read from, so that quote offsets always point at the words they name.
CREATE TABLE quote_source (
    article_id   bigint PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    version      int NOT NULL,
    lang         text NOT NULL,
    plain_text   text NOT NULL,
    extracted_at timestamptz NOT NULL
);

CREATE TABLE quote (
    id           bigserial PRIMARY KEY,
    article_id   bigint NOT NULL REFERENCES quote_source (article_id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    start_offset int NOT NULL CHECK (start_offset >= 0),
    end_offset   int NOT NULL,
    quoted       text NOT NULL,
    speaker_name text,
    speaker_key  text,
    speaker_id   bigint REFERENCES quote_entity (id) ON DELETE SET NULL,
    cue          text,
    rule         text NOT NULL,
    confidence   real NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX quote_by_speaker ON quote (speaker_id);
CREATE INDEX quote_by_article ON quote (article_id);

CREATE TABLE quote_mention (
    article_id   bigint NOT NULL REFERENCES quote_source (article_id) ON DELETE CASCADE,
    entity_id    bigint NOT NULL REFERENCES quote_entity (id) ON DELETE CASCADE,
    start_offset int NOT NULL,
    end_offset   int NOT NULL,
    PRIMARY KEY (article_id, start_offset)
);
CREATE INDEX quote_mention_by_entity ON quote_mention (entity_id);

-- Names the extractor met that the registry does not know; a dismissed name is not offered again.
CREATE TABLE quote_candidate (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    name_key    text NOT NULL UNIQUE,
    lang        text NOT NULL,
    article_id  bigint REFERENCES article (id) ON DELETE SET NULL,
    seen        int NOT NULL DEFAULT 1,
    status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed')),
    decided_by  text,
    decided_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quote_candidate_pending ON quote_candidate (created_at) WHERE status = 'pending';
