-- The materials of a submitted application: the submission's list of materials
-- (JSON, as the API's `SubmittedMaterial`s: which uploads, in page order, or
-- which e-licence make each material of the guide), and on each upload the
-- application it was handed in with.
--
-- A column on `uploads` rather than a link table: an upload is a page of at most
-- one application, and one nullable column says exactly that, so a conditional
-- `UPDATE … WHERE application_id IS NULL` links it at most once and a
-- `DELETE … WHERE application_id IS NULL` never takes a page from an application.
ALTER TABLE applications ADD COLUMN materials TEXT NOT NULL DEFAULT '[]';
ALTER TABLE uploads ADD COLUMN application_id INTEGER REFERENCES applications (id);

CREATE INDEX uploads_by_application ON uploads (application_id);
