-- Applications being filled in on this device. The whole draft (form included)
-- is one JSON document, replaced on every save; the columns beside it are for
-- finding and ordering drafts.
CREATE TABLE drafts (
    id         TEXT PRIMARY KEY,
    item_code  TEXT NOT NULL,
    -- The credit code of the enterprise applying; '' for the user themself.
    acting_as  TEXT NOT NULL,
    -- Unix milliseconds of the last change.
    updated_at INTEGER NOT NULL,
    body       TEXT NOT NULL
) STRICT;

CREATE INDEX drafts_by_item ON drafts (item_code, acting_as);
