-- The catalog: halls and service items. Each row keeps its whole API document as
-- JSON (`body`, and `summary` for lists) beside the columns the filters use, so a
-- read never reassembles an item from parts.

CREATE TABLE catalog_meta (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    -- Content hash of the seeded catalog; the snapshot's version and ETag.
    version TEXT NOT NULL
) STRICT;

CREATE TABLE halls (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    body     TEXT NOT NULL
) STRICT;

CREATE TABLE items (
    code       TEXT PRIMARY KEY,
    hall       TEXT NOT NULL REFERENCES halls (code),
    name       TEXT NOT NULL,
    department TEXT NOT NULL,
    kind       TEXT NOT NULL,
    -- Comma-wrapped lists, e.g. ',person,organisation,', matched with LIKE '%,x,%'.
    audiences  TEXT NOT NULL,
    themes     TEXT NOT NULL,
    popularity INTEGER NOT NULL,
    summary    TEXT NOT NULL,
    body       TEXT NOT NULL
) STRICT;

CREATE INDEX items_by_popularity ON items (popularity DESC, code);
CREATE INDEX items_by_hall ON items (hall, popularity DESC, code);
