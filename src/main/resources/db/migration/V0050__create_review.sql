-- Reader reviews ("Leave a review") and readers' reports of an error in a story, with their moderation.
-- Only approved reviews are public; error reports never are (editors turn them into corrections).
CREATE TABLE review (
    id            bigserial PRIMARY KEY,
    article_id    bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind          text        NOT NULL CHECK (kind IN ('review', 'error-report')),
    status        text        NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'spam', 'corrected')),
    author_name   text        NOT NULL CHECK (length(author_name) BETWEEN 1 AND 80),
    -- Never shown to readers; kept lower-case so that all reviews of an address can be erased.
    email         text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    body          text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    -- A keyed hash of the sender's network address, never the address itself (see review_secret).
    address_hash  text        NOT NULL,
    created_at    timestamptz NOT NULL,
    -- Set when a moderator decided; a post-moderated review is approved before anyone looked at it.
    moderated_at  timestamptz,
    moderated_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    CHECK (kind = 'review' OR status <> 'approved'),
    CHECK (kind = 'error-report' OR status <> 'corrected')
);
CREATE INDEX review_article_idx ON review (article_id, created_at, id) WHERE status = 'approved';
CREATE INDEX review_queue_idx ON review (kind, status, created_at DESC, id DESC);
CREATE INDEX review_email_idx ON review (email);
CREATE INDEX review_address_idx ON review (address_hash, created_at);

-- How one story takes reviews. A story without a row follows the site's settings (newsline.review.*).
CREATE TABLE review_story_setting (
    article_id  bigint      PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    -- 'pre': shown once approved; 'post': shown at once, moderated afterwards; NULL: the site's default.
    moderation  text        CHECK (moderation IN ('pre', 'post')),
    -- 'auto': open until newsline.review.close-after has passed since publishing; 'open'/'closed': always.
    state       text        NOT NULL DEFAULT 'auto' CHECK (state IN ('auto', 'open', 'closed')),
    updated_at  timestamptz NOT NULL,
    updated_by  bigint      REFERENCES account (id) ON DELETE SET NULL
);

-- Secrets the review feature generates for itself when no setting gives them, shared by all nodes: the
-- salt of address hashes and the key that signs the time a review form was shown.
CREATE TABLE review_secret (
    name        text        PRIMARY KEY,
    value       text        NOT NULL,
    created_at  timestamptz NOT NULL
);
