-- Following an application to its result: where it stands beyond submission,
-- the deadline's clock, the open correction notice, the timeline's events and
-- the notifications of its applicant.

-- The promised time limit runs from `accepted_at` in working days; the working
-- days spent suspended or awaiting a correction are `paused_days`, and the
-- pause going on began at `paused_since`. `ended_at` stops the clock for good.
-- `due_on` is the due date as of the last transition (for the staff's list).
ALTER TABLE applications ADD COLUMN form_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN hall TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN department TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN promised_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN accepted_at INTEGER;
ALTER TABLE applications ADD COLUMN paused_since INTEGER;
ALTER TABLE applications ADD COLUMN paused_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN ended_at INTEGER;
ALTER TABLE applications ADD COLUMN due_on TEXT;
-- The one-time correction notice (JSON, as the API's `CorrectionNotice`) while
-- the application awaits its correction.
ALTER TABLE applications ADD COLUMN correction TEXT;
ALTER TABLE applications DROP COLUMN promised_by;

UPDATE applications SET
    hall = coalesce((SELECT items.hall FROM items WHERE items.code = applications.item_code), ''),
    department = coalesce((SELECT items.department FROM items WHERE items.code = applications.item_code), '');

CREATE INDEX applications_by_hall ON applications (hall, status, due_on);

-- Each step of an application's timeline, the submission first.
CREATE TABLE application_events (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    at             INTEGER NOT NULL,
    action         TEXT,
    status         TEXT NOT NULL,
    department     TEXT NOT NULL,
    window         TEXT,
    staff          TEXT,
    reason         TEXT,
    legal_basis    TEXT
) STRICT;

CREATE INDEX application_events_by_application ON application_events (application_id, id);

INSERT INTO application_events (application_id, at, action, status, department)
    SELECT id, submitted_at, NULL, 'submitted', department FROM applications;

-- What the hall told each person, in order: `id` is the feed's cursor.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    at         INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    number     TEXT,
    status     TEXT,
    booking    TEXT,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL
) STRICT;

CREATE INDEX notifications_by_user ON notifications (user_id, id);
