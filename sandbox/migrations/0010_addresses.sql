-- The address on file of a person (常住地址) and the registered address of an
-- enterprise (住所): an `Address` as JSON (division codes and street), which
-- forms fill in for them. NULL when the hall has none.
ALTER TABLE users ADD COLUMN address TEXT CHECK (address IS NULL OR json_valid(address));
ALTER TABLE enterprises ADD COLUMN address TEXT CHECK (address IS NULL OR json_valid(address));
