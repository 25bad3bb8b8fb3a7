-- Editors' decisions on extracted quotes. The extraction rows in `quote` are replaced on every reading of a
-- story, so the decisions live in their own table, keyed by story and the quoted words (with the offsets they
-- were last found at); each reading applies them again. `quote.review_state` mirrors the decision on the row
-- readers' queries see.

ALTER TABLE quote
    ADD COLUMN review_state text NOT NULL DEFAULT 'auto' CHECK (review_state IN ('auto', 'confirmed', 'rejected')),
    ADD COLUMN decided_by text,
    ADD COLUMN decided_at timestamptz;

CREATE TABLE quote_decision (
    id           bigserial PRIMARY KEY,
    article_id   bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    state        text NOT NULL CHECK (state IN ('confirmed', 'rejected')),
    start_offset int NOT NULL CHECK (start_offset >= 0),
    end_offset   int NOT NULL,
    quoted       text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    speaker_name text,
    speaker_id   bigint REFERENCES quote_entity (id) ON DELETE SET NULL,
    cue          text,
    rule         text NOT NULL,
    confidence   real NOT NULL,
    decided_by   text NOT NULL,
    decided_at   timestamptz NOT NULL,
    CHECK (end_offset > start_offset)
);
CREATE INDEX quote_decision_by_article ON quote_decision (article_id);
