-- The application forms of the items that take online applications, as their
-- API documents: a city's forms are its data, kept beside its items, not code.

CREATE TABLE forms (
    item_code TEXT PRIMARY KEY REFERENCES items (code),
    body      TEXT NOT NULL
) STRICT;
