-- Drafts kept for the account, so an application started on one device can be
-- continued on another. A draft is replaced only by a newer change of it: the
-- newest change wins, whichever device it comes from.
CREATE TABLE drafts (
    user_id    INTEGER NOT NULL REFERENCES users (id),
    -- Chosen by the device when the draft starts.
    id         TEXT NOT NULL,
    -- The draft as JSON, as the API's `Draft`.
    body       TEXT NOT NULL,
    -- The draft's own `updated_at` (Unix milliseconds), set by the device.
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, id)
) STRICT;
