-- Senders and words that admins keep out of reader reviews. A review from a blocked e-mail address or
-- client key (the salted hash of the sender's network address, as review.address_hash) is refused and not
-- stored; a review containing a blocked word (whole word, any case) is kept as spam and never shown.
CREATE TABLE review_block (
    id          bigserial PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('email', 'word', 'client')),
    value       text        NOT NULL CHECK (length(value) BETWEEN 1 AND 254),
    -- Why or where from, for the admins (for example the review an editor blocked the sender of).
    note        text        NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL,
    created_by  bigint      REFERENCES account (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX review_block_value_idx ON review_block (kind, lower(value));
