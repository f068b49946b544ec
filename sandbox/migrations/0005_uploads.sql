-- Resumable uploads (tus 1.0.0): each file's declared length and how much of it
-- has arrived. The bytes live in files named by id under the uploads folder.
CREATE TABLE uploads (
    id         TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    length     INTEGER NOT NULL,
    offset     INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
) STRICT;
