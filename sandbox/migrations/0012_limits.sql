-- What an attacker would otherwise repeat without end: each limited thing (a
-- mobile number's SMS codes, a client's registrations, a mobile's wrong SMS
-- guesses) has a counter whose window starts at its first hit. Kept apart
-- from what it limits, so deleting a code does not reset its budget.
CREATE TABLE rate_limits (
    key               TEXT PRIMARY KEY,
    window_started_at INTEGER NOT NULL,
    hits              INTEGER NOT NULL
) STRICT;

-- A registration waiting for the code sent to its mobile number: nothing of it
-- is an account until the code comes back.
CREATE TABLE registrations (
    mobile         TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    resident_id    TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    code_hash      TEXT NOT NULL,
    expires_at     INTEGER NOT NULL,
    wrong_attempts INTEGER NOT NULL DEFAULT 0
) STRICT;

-- An upload whose chunk is being written, until when: a second PATCH at the
-- same offset meanwhile is refused instead of writing over it.
ALTER TABLE uploads ADD COLUMN writing_until INTEGER;
