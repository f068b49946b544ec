-- Bookings (预约): the places of each bookable half hour, and the bookings that
-- hold them. A slot's row is created when first looked at for booking, with the
-- calendar's capacity; `booked` only moves by conditional updates, and the CHECK
-- makes overbooking impossible even for a query that forgot the condition.

CREATE TABLE slots (
    hall      TEXT NOT NULL REFERENCES halls (code),
    item_code TEXT NOT NULL REFERENCES items (code),
    -- YYYY-MM-DD and HH:MM, China local time.
    date      TEXT NOT NULL,
    starts    TEXT NOT NULL,
    capacity  INTEGER NOT NULL,
    booked    INTEGER NOT NULL DEFAULT 0,
    CHECK (booked >= 0 AND booked <= capacity),
    PRIMARY KEY (hall, item_code, date, starts)
) STRICT;

CREATE TABLE bookings (
    -- Random and unguessable: it is all a URL needs to name one.
    id            TEXT PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    hall          TEXT NOT NULL REFERENCES halls (code),
    item_code     TEXT NOT NULL REFERENCES items (code),
    item_name     TEXT NOT NULL,
    date          TEXT NOT NULL,
    starts        TEXT NOT NULL,
    ends          TEXT NOT NULL,
    -- 签到码: eight digits read by the hall's kiosk on the day.
    check_in_code TEXT NOT NULL,
    -- booked or cancelled (the API's words).
    status        TEXT NOT NULL,
    booked_at     INTEGER NOT NULL,
    UNIQUE (hall, date, check_in_code)
) STRICT;

CREATE INDEX bookings_by_user ON bookings (user_id, date, starts);
