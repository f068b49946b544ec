-- 好差评: a rating of a finished application or of a visit checked in at the
-- hall, at most one per matter (国办发〔2019〕51号): the partial UNIQUE indexes
-- make a second rating of the same matter fail even when two arrive at once.
-- A bad rating (score 1 or 2) opens a case of `case_days` working days from
-- `rated_at`, which the hall's reply stops; the rater may then score the reply.

CREATE TABLE ratings (
    -- Random and unguessable: it is all a URL needs to name one.
    id             TEXT PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id),
    -- Exactly one subject: an application or a visit (booking).
    application_id INTEGER REFERENCES applications (id),
    booking_id     TEXT REFERENCES bookings (id),
    hall           TEXT NOT NULL REFERENCES halls (code),
    item_name      TEXT NOT NULL,
    score          INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    -- JSON, as the API's `DimensionScore`s.
    dimensions     TEXT NOT NULL DEFAULT '[]',
    comment        TEXT,
    reason         TEXT,
    rated_at       INTEGER NOT NULL,
    -- The case a bad rating opens.
    case_days      INTEGER,
    reply_at       INTEGER,
    reply_staff    TEXT,
    reply_text     TEXT,
    reply_score    INTEGER CHECK (reply_score BETWEEN 1 AND 5),
    CHECK ((application_id IS NULL) <> (booking_id IS NULL)),
    CHECK ((case_days IS NULL) = (score > 2)),
    CHECK (reply_at IS NULL OR case_days IS NOT NULL),
    CHECK (reply_score IS NULL OR reply_at IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX ratings_once_per_application ON ratings (application_id)
    WHERE application_id IS NOT NULL;
CREATE UNIQUE INDEX ratings_once_per_visit ON ratings (booking_id)
    WHERE booking_id IS NOT NULL;
CREATE INDEX ratings_by_user ON ratings (user_id, rated_at);
CREATE INDEX ratings_by_hall ON ratings (hall, score);

-- 已签到: the kiosk's check-in of a booking, on the booking's day.
ALTER TABLE bookings ADD COLUMN checked_in_at INTEGER;
