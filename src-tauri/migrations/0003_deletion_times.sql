-- When each draft was deleted here (Unix milliseconds, this device's clock, as
-- drafts' `updated_at` are), told to the hall with the deletion so that an
-- older change sent by a device that had not heard of it is refused. NULL for
-- deletions remembered before this was kept: the hall then takes the last
-- change it held.
ALTER TABLE deleted_drafts ADD COLUMN deleted_at INTEGER;
