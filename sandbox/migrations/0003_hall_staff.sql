-- Hall staff (窗口工作人员): the hall whose windows a user staffs, if any. Bookings
-- are checked in by them.
ALTER TABLE users ADD COLUMN staff_hall TEXT REFERENCES halls (code);
