-- EMS delivery orders (邮件) of applications: a result mailed home or the
-- paper originals collected, at most one of each kind per application; their
-- tracking events; and the delivery addresses people keep (收货地址).

CREATE TABLE deliveries (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    -- S10, e.g. EA521600011CN: made from the row's serial when ordered.
    waybill        TEXT NOT NULL UNIQUE,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    -- The applicant, who follows it.
    user_id        INTEGER NOT NULL REFERENCES users (id),
    kind           TEXT NOT NULL CHECK (kind IN ('result', 'originals')),
    stage          TEXT NOT NULL,
    -- The API's `Recipient` as JSON.
    recipient      TEXT NOT NULL CHECK (json_valid(recipient)),
    -- The API's `CollectionWindow` as JSON, for a collection.
    pickup_window  TEXT CHECK (pickup_window IS NULL OR json_valid(pickup_window)),
    fee_fen        INTEGER NOT NULL CHECK (fee_fen >= 0),
    -- The originals to hand the courier, by name (JSON array).
    originals      TEXT NOT NULL CHECK (json_valid(originals)),
    ordered_at     INTEGER NOT NULL,
    -- When its last event happened: the courier's next step waits on it.
    moved_at       INTEGER NOT NULL,
    -- Failed attempts to deliver.
    failures       INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE UNIQUE INDEX deliveries_one_per_kind ON deliveries (application_id, kind);
CREATE INDEX deliveries_by_user ON deliveries (user_id, id);
CREATE INDEX deliveries_under_way ON deliveries (stage) WHERE stage <> 'delivered';

CREATE TABLE delivery_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
    at          INTEGER NOT NULL,
    stage       TEXT NOT NULL,
    place       TEXT NOT NULL,
    -- The API's `Courier` as JSON, when one has the parcel.
    courier     TEXT CHECK (courier IS NULL OR json_valid(courier)),
    note        TEXT NOT NULL
) STRICT;

CREATE INDEX delivery_events_of ON delivery_events (delivery_id, id);

CREATE TABLE saved_addresses (
    id         TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    recipient  TEXT NOT NULL CHECK (json_valid(recipient)),
    is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
    created_at INTEGER NOT NULL
) STRICT;

-- Exactly one default per person is kept by the store; never two.
CREATE UNIQUE INDEX saved_addresses_one_default ON saved_addresses (user_id) WHERE is_default = 1;
CREATE INDEX saved_addresses_of ON saved_addresses (user_id, created_at);
