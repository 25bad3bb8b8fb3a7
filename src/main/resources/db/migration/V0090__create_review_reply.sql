-- The newsroom's reply to a reader review, shown pinned under the review while the review is approved.
-- One reply per review: editing it replaces the text, removing it deletes the row.
CREATE TABLE review_reply (
    review_id   bigint      PRIMARY KEY REFERENCES review (id) ON DELETE CASCADE,
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    -- The editor's display name the reply is signed with when it was written; NULL signs it as "Editors".
    signed_as   text        CHECK (length(signed_as) BETWEEN 1 AND 200),
    written_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
