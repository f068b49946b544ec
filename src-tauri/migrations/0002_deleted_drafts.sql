-- Drafts deleted (or submitted) on this device whose copy at the hall is
-- still to be deleted: kept until the hall confirms, so a draft deleted
-- offline does not come back from the account at the next sync.
CREATE TABLE deleted_drafts (
    id    TEXT PRIMARY KEY,
    -- The account the draft belonged to.
    owner TEXT NOT NULL
) STRICT;
