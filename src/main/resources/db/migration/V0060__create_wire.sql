-- The wire service: subscribing media, what they pay for, their API keys and the log of pushed deliveries.

-- 'embargoed': a story was published under an embargo that still lies ahead. Only the wire acts on it
-- (subscribers allowed early delivery get the story marked as embargoed); other followers ignore it.
ALTER TABLE change_log DROP CONSTRAINT change_log_kind_check;
ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check
    CHECK (kind IN ('published', 'updated', 'corrected', 'unpublished', 'embargoed'));

CREATE TABLE wire_subscriber (
    id                   bigserial PRIMARY KEY,
    name                 text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    contact              text        NOT NULL DEFAULT '',
    status               text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    early_embargo        boolean     NOT NULL DEFAULT false,
    webhook_url          text,
    webhook_secret       text,
    webhook_format       text        NOT NULL DEFAULT 'ninjs' CHECK (webhook_format IN ('ninjs', 'ninjs3', 'newsml')),
    requests_per_minute  integer     NOT NULL DEFAULT 600 CHECK (requests_per_minute > 0),
    -- pushes start after this change: a new subscriber is not sent the agency's whole history
    push_after_change    bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
);

-- One entitlement: stories in these languages and categories (empty means all) of at least this urgency
-- (1 flash, 2 urgent, 3 normal: a story is included when its rank is at most max_urgency_rank).
CREATE TABLE wire_product (
    id                bigserial PRIMARY KEY,
    subscriber_id     bigint   NOT NULL REFERENCES wire_subscriber (id) ON DELETE CASCADE,
    languages         text[]   NOT NULL DEFAULT '{}',
    categories        text[]   NOT NULL DEFAULT '{}',
    max_urgency_rank  smallint NOT NULL DEFAULT 3 CHECK (max_urgency_rank BETWEEN 1 AND 3)
);
CREATE INDEX wire_product_subscriber_idx ON wire_product (subscriber_id);

-- Pull keys: only a SHA-256 of the key is kept; the key itself is shown once.
CREATE TABLE wire_api_key (
    id             bigserial PRIMARY KEY,
    subscriber_id  bigint      NOT NULL REFERENCES wire_subscriber (id) ON DELETE CASCADE,
    key_hash       text        NOT NULL UNIQUE,
    key_prefix     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    last_used_at   timestamptz,
    revoked_at     timestamptz
);
CREATE INDEX wire_api_key_subscriber_idx ON wire_api_key (subscriber_id);

-- One push of one change to one subscriber, claimed with FOR UPDATE SKIP LOCKED by whichever node is free.
-- The id is sent as X-Newsline-Delivery and stays the same across retries.
CREATE TABLE wire_delivery (
    id               bigserial PRIMARY KEY,
    delivery_key     uuid        NOT NULL UNIQUE,
    subscriber_id    bigint      NOT NULL REFERENCES wire_subscriber (id) ON DELETE CASCADE,
    change_id        bigint      NOT NULL REFERENCES change_log (id),
    article_id       bigint      NOT NULL REFERENCES article (id),
    version          integer     NOT NULL,
    kind             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    last_error       text,
    last_status      integer,
    next_attempt_at  timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (subscriber_id, change_id)
);
CREATE INDEX wire_delivery_due_idx ON wire_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX wire_delivery_story_idx ON wire_delivery (subscriber_id, article_id, change_id) WHERE status = 'pending';
CREATE INDEX wire_delivery_log_idx ON wire_delivery (subscriber_id, id DESC);
