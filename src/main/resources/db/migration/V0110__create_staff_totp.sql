-- Staff two-factor sign-in (TOTP, RFC 6238). The secret has to be readable to check codes, so it is kept
-- as is (Base32); confirmed_at stays empty until the first correct code, so a half-done enrolment never
-- asks for codes at sign-in. last_used_step is the newest 30-second step a code was accepted for: a code
-- of that step or an older one is refused, so an overheard code cannot be used again.
CREATE TABLE account_totp (
    account_id      bigint      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret          text        NOT NULL,
    created_at      timestamptz NOT NULL,
    confirmed_at    timestamptz,
    last_used_step  bigint
);

-- One-time recovery codes, stored as SHA-256 (they are long random strings, so a fast hash suffices).
CREATE TABLE account_totp_recovery (
    id          bigserial   PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash   text        NOT NULL,
    used_at     timestamptz
);
CREATE INDEX account_totp_recovery_account_idx ON account_totp_recovery (account_id);
