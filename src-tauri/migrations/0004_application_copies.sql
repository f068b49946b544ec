-- The last copy of each application the hall gave this device, per account,
-- so 我的办件 can show an application's timeline offline and say when it
-- was fetched. Replaced by every fetch.
CREATE TABLE application_copies (
    number     TEXT NOT NULL,
    -- The account it belongs to.
    owner      TEXT NOT NULL,
    -- Unix seconds of the fetch.
    fetched_at INTEGER NOT NULL,
    -- The `ApplicationDetail` as the hall answered it.
    body       TEXT NOT NULL,
    PRIMARY KEY (number, owner)
) STRICT;
