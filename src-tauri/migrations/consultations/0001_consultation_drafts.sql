-- Questions and complaints being written on this device, not sent yet
-- (consultations.sqlite3; the drafts' migrations one folder up are another
-- database's). One draft per account and subject, the whole draft one JSON
-- document replaced on every save; deleted once the hall has it.
CREATE TABLE consultation_drafts (
    id         TEXT PRIMARY KEY,
    -- The account it belongs to (the hall's account id).
    owner      TEXT NOT NULL,
    -- What it is about, as the `ConsultationAbout` JSON.
    about      TEXT NOT NULL,
    -- Unix milliseconds of the last change.
    updated_at INTEGER NOT NULL,
    -- The `ConsultationDraft`.
    body       TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX consultation_drafts_by_subject ON consultation_drafts (owner, about);
