-- Staff accounts, their API tokens, and the audit log of everything staff do.

CREATE TABLE account (
    id             bigserial PRIMARY KEY,
    email          text        NOT NULL,
    display_name   text        NOT NULL,
    role           text        NOT NULL CHECK (role IN ('correspondent', 'editor', 'admin')),
    password_hash  text        NOT NULL,
    enabled        boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL,
    last_login_at  timestamptz
);
CREATE UNIQUE INDEX account_email_idx ON account (lower(email));

-- Personal API tokens: only a SHA-256 of the token is kept; the token itself is shown once.
CREATE TABLE account_api_token (
    id            bigserial PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    token_hash    text        NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX account_api_token_account_idx ON account_api_token (account_id);

CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    account_id   bigint REFERENCES account (id),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    target       text        NOT NULL DEFAULT '',
    detail       text        NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_time_idx ON audit_log (occurred_at DESC, id DESC);

-- HTTP sessions, so that any node can serve any staff request (the layout Spring Session JDBC expects).
CREATE TABLE spring_session (
    primary_id             char(36)     NOT NULL PRIMARY KEY,
    session_id             char(36)     NOT NULL,
    creation_time          bigint       NOT NULL,
    last_access_time       bigint       NOT NULL,
    max_inactive_interval  integer      NOT NULL,
    expiry_time            bigint       NOT NULL,
    principal_name         varchar(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id  char(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name      varchar(200) NOT NULL,
    attribute_bytes     bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
