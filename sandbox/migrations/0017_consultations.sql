-- 咨询投诉: questions and complaints about an item, an application or a hall,
-- answered by that hall's staff in a thread. The promised answer runs
-- `promised_days` working days from `asked_at`, stopped by the first reply
-- (`answered_at`); later replies join the thread.

CREATE TABLE consultations (
    -- Random and unguessable: it is all a URL needs to name one.
    id            TEXT PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    -- question or complaint (the API's words).
    kind          TEXT NOT NULL,
    -- JSON, as the API's `ConsultationAbout`.
    about         TEXT NOT NULL,
    subject       TEXT NOT NULL,
    hall          TEXT NOT NULL REFERENCES halls (code),
    promised_days INTEGER NOT NULL,
    asked_at      INTEGER NOT NULL,
    answered_at   INTEGER
) STRICT;

CREATE INDEX consultations_by_user ON consultations (user_id, asked_at);
CREATE INDEX consultations_by_hall ON consultations (hall, answered_at);

-- The thread, in order: the question or complaint first, then the replies.
CREATE TABLE consultation_messages (
    id              INTEGER PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    at              INTEGER NOT NULL,
    -- asker or hall (the API's words).
    author          TEXT NOT NULL,
    staff           TEXT,
    text            TEXT NOT NULL,
    -- JSON, the upload ids of its photos.
    photos          TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE INDEX consultation_messages_in_order ON consultation_messages (consultation_id, id);

-- A photo of a question or complaint is kept with it for good, as a page is
-- with its application: never removed, never used again.
ALTER TABLE uploads ADD COLUMN consultation_id TEXT REFERENCES consultations (id);
