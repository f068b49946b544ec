-- Accounts: people, their sessions, the enterprises they act for and their
-- e-licences. Times are Unix seconds; tokens and codes are stored only as SHA-256
-- digests (hex), so a copy of the database logs nobody in.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    resident_id     TEXT NOT NULL UNIQUE,
    mobile          TEXT NOT NULL UNIQUE,
    -- argon2id PHC string.
    password_hash   TEXT NOT NULL,
    -- 实名认证等级: 1 = ID number and mobile checked, 2 = face or bank card, 3 = in person.
    real_name_level INTEGER NOT NULL DEFAULT 1 CHECK (real_name_level BETWEEN 1 AND 3),
    -- Failed password logins in a row since the last success or lock.
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER,
    created_at      INTEGER NOT NULL
) STRICT;

-- One login and every token rotated from it; revoking the family logs it out.
CREATE TABLE session_families (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    revoked    INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id  INTEGER NOT NULL REFERENCES session_families (id),
    -- Set when rotated; presenting a used token again revokes the family.
    used       INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id);

CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id  INTEGER NOT NULL REFERENCES session_families (id),
    expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX access_tokens_by_family ON access_tokens (family_id);

-- The one pending SMS login code per mobile number (the number need not have an
-- account: asking for a code must not tell who is registered).
CREATE TABLE sms_codes (
    mobile         TEXT PRIMARY KEY,
    code_hash      TEXT NOT NULL,
    expires_at     INTEGER NOT NULL,
    -- Wrong codes tried against this one; enough of them discard it.
    wrong_attempts INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE enterprises (
    uscc                 TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    legal_representative INTEGER NOT NULL REFERENCES users (id),
    created_at           INTEGER NOT NULL
) STRICT;

CREATE TABLE enterprise_members (
    uscc    TEXT NOT NULL REFERENCES enterprises (uscc),
    user_id INTEGER NOT NULL REFERENCES users (id),
    role    TEXT NOT NULL,
    PRIMARY KEY (uscc, user_id)
) STRICT;

CREATE INDEX enterprise_members_by_user ON enterprise_members (user_id);

-- 电子证照, held by a person or by an enterprise.
CREATE TABLE licences (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users (id),
    uscc        TEXT REFERENCES enterprises (uscc),
    kind        TEXT NOT NULL,
    -- As shown to the holder (personal numbers are stored masked).
    number      TEXT NOT NULL,
    -- YYYY-MM-DD, or 长期 for no expiry.
    valid_until TEXT NOT NULL,
    CHECK ((user_id IS NULL) <> (uscc IS NULL))
) STRICT;

CREATE INDEX licences_by_user ON licences (user_id);
CREATE INDEX licences_by_enterprise ON licences (uscc);
