-- Uploaded and generated images. Bytes live in PostgreSQL so that every app node serves the same
-- files and a database backup is a complete backup; renditions are derived and cached elsewhere.
CREATE TABLE media_file (
    id            uuid PRIMARY KEY,
    content_type  text        NOT NULL,
    width         integer     NOT NULL CHECK (width > 0),
    height        integer     NOT NULL CHECK (height > 0),
    byte_size     integer     NOT NULL CHECK (byte_size > 0),
    sha256        text        NOT NULL,
    data          bytea       NOT NULL,
    created_at    timestamptz NOT NULL
);
