-- Drafts deleted (or submitted) from a device: when, by the deleting device's
-- clock, as drafts' `updated_at` are. A draft sent again with an older change
-- than its deletion (from a device that had not heard of it) is refused, so a
-- deletion is a change like any other and the newest still wins.
CREATE TABLE deleted_drafts (
    user_id    INTEGER NOT NULL REFERENCES users (id),
    id         TEXT NOT NULL,
    -- Unix milliseconds.
    deleted_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, id)
) STRICT;
