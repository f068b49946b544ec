-- 亲友代办: a person (the principal) authorizes a relative to handle named
-- items, or all of them, until a day. The relative confirms before it is in
-- force; either side may end it (`withdrawn_at`). One open authority per pair
-- at a time, held by the partial UNIQUE index even when two arrive at once.

CREATE TABLE relative_authorities (
    -- Random and unguessable: it is all a URL needs to name one.
    id           TEXT PRIMARY KEY,
    principal    INTEGER NOT NULL REFERENCES users (id),
    relative     INTEGER NOT NULL REFERENCES users (id),
    -- JSON, as the API's `Scope` (its `until` is always set).
    scope        TEXT NOT NULL CHECK (json_valid(scope)),
    given_at     INTEGER NOT NULL,
    confirmed_at INTEGER,
    withdrawn_at INTEGER,
    CHECK (principal <> relative)
) STRICT;

CREATE UNIQUE INDEX relative_authorities_open
    ON relative_authorities (principal, relative) WHERE withdrawn_at IS NULL;
CREATE INDEX relative_authorities_by_relative ON relative_authorities (relative);

-- Who handled an application for its applicant, when a relative did: the
-- application is the principal's (`user_id`), handled under `authority`.
ALTER TABLE applications ADD COLUMN handled_by INTEGER REFERENCES users (id);
ALTER TABLE applications ADD COLUMN authority TEXT REFERENCES relative_authorities (id);
CREATE INDEX applications_by_handler ON applications (handled_by) WHERE handled_by IS NOT NULL;
