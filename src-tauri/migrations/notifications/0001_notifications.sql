-- What the hall told each account that used this device, kept for the list
-- and the bell (notifications.sqlite3; the drafts' migrations one folder up
-- are another database's). A notification is the hall's JSON as received;
-- its id is the hall's, increasing, so the next catch-up asks for those after
-- the account's largest.
CREATE TABLE notifications (
    -- The account it was sent to (the hall's account id).
    owner TEXT    NOT NULL,
    id    INTEGER NOT NULL,
    -- Unix seconds, as the hall dated it.
    at    INTEGER NOT NULL,
    body  TEXT    NOT NULL,
    -- 1 once the user opened the list after it arrived.
    read  INTEGER NOT NULL DEFAULT 0,
    -- 1 once it was shown as an OS notification: never twice, across restarts.
    shown INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, id)
) STRICT;
