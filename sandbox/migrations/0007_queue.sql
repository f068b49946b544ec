-- The live queue (排队叫号): per hall, zone and day, how many numbers were
-- issued and how many called (numbers are issued and called in order, so the
-- waiting ones are called + 1 … issued); and the numbers taken in the app.

CREATE TABLE queue_lines (
    hall       TEXT NOT NULL REFERENCES halls (code),
    -- The zone letter the numbers begin with, e.g. A.
    zone       TEXT NOT NULL,
    date       TEXT NOT NULL,
    issued     INTEGER NOT NULL,
    called     INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (called >= 0 AND called <= issued),
    PRIMARY KEY (hall, zone, date)
) STRICT;

CREATE TABLE tickets (
    id        TEXT PRIMARY KEY,
    user_id   INTEGER NOT NULL REFERENCES users (id),
    hall      TEXT NOT NULL,
    zone      TEXT NOT NULL,
    date      TEXT NOT NULL,
    -- The number within the line: 23 is shown as A023.
    sequence  INTEGER NOT NULL,
    taken_at  INTEGER NOT NULL,
    -- The window the number was called to, e.g. A02; NULL while it waits.
    called_to TEXT,
    FOREIGN KEY (hall, zone, date) REFERENCES queue_lines (hall, zone, date),
    UNIQUE (hall, zone, date, sequence)
) STRICT;

CREATE INDEX tickets_by_user ON tickets (user_id, date);
