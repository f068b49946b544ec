-- Submitted applications (办件) and the idempotency keys of the submissions.

CREATE TABLE applications (
    id           INTEGER PRIMARY KEY,
    -- 办件编号: BZ, the date in China, and a 6-digit sequence.
    number       TEXT NOT NULL UNIQUE,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    acting_as    TEXT REFERENCES enterprises (uscc),
    item_code    TEXT NOT NULL,
    item_name    TEXT NOT NULL,
    answers      TEXT NOT NULL,
    delivery     TEXT NOT NULL,
    status       TEXT NOT NULL,
    submitted_at INTEGER NOT NULL,
    promised_by  TEXT NOT NULL
) STRICT;

CREATE INDEX applications_by_user ON applications (user_id, submitted_at);

-- One row per (caller, Idempotency-Key): the digest of the request it came
-- with, and once done the response to replay. A row without a response is a
-- request still being handled.
CREATE TABLE idempotency_keys (
    user_id      INTEGER NOT NULL REFERENCES users (id),
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER,
    response     TEXT,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
) STRICT;
