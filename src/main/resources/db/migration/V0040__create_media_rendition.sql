-- Smaller copies of each image for srcset, made when the image is stored. They are derived data: the
-- original in media_file is the source, so a rendition row may be deleted and made again.
CREATE TABLE media_rendition (
    media_id      uuid        NOT NULL REFERENCES media_file (id) ON DELETE CASCADE,
    width         integer     NOT NULL CHECK (width > 0),
    height        integer     NOT NULL CHECK (height > 0),
    content_type  text        NOT NULL,
    byte_size     integer     NOT NULL CHECK (byte_size > 0),
    sha256        text        NOT NULL,
    data          bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (media_id, width)
);
