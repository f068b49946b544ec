-- A notification may be about a parcel (an EMS delivery's tracking) or a
-- question or complaint answered, besides an application or a booking.
ALTER TABLE notifications ADD COLUMN waybill TEXT;
ALTER TABLE notifications ADD COLUMN consultation TEXT;
