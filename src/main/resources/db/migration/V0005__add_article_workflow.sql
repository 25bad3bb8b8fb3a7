-- Editorial workflow: who started a story, why it was unpublished, and every saved version of it.

ALTER TABLE article ADD COLUMN created_by bigint REFERENCES account (id);
ALTER TABLE article ADD COLUMN unpublish_reason text;
CREATE INDEX article_status_idx ON article (status, updated_at DESC);

-- A snapshot of a story as saved; restoring one saves it again as a new version.
CREATE TABLE article_revision (
    id             bigserial PRIMARY KEY,
    article_id     bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version        integer     NOT NULL,
    saved_at       timestamptz NOT NULL,
    saved_by       bigint REFERENCES account (id),
    status         text        NOT NULL,
    slug           text        NOT NULL,
    headline       text        NOT NULL,
    standfirst     text        NOT NULL,
    body_md        text        NOT NULL,
    dateline_place text        NOT NULL,
    category_slug  text        NOT NULL,
    urgency        text        NOT NULL,
    photo_id       bigint,
    author_ids     bigint[]    NOT NULL,
    tag_slugs      text[]      NOT NULL,
    embargo_until  timestamptz,
    UNIQUE (article_id, version)
);

-- Background work claimed with FOR UPDATE SKIP LOCKED: with several nodes each job runs once.
-- A job is identified by (kind, key); scheduling it again moves its time instead of adding a second one.
CREATE TABLE job (
    id          bigserial PRIMARY KEY,
    kind        text        NOT NULL,
    key         text        NOT NULL,
    run_at      timestamptz NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  text,
    done_at     timestamptz,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX job_pending_key_idx ON job (kind, key) WHERE done_at IS NULL;
CREATE INDEX job_due_idx ON job (run_at) WHERE done_at IS NULL;
