-- An enterprise's staff with their roles and authority, the audit of every
-- change to them, its business scope, and the indexes of its matters table.

-- Everyone who may act for an enterprise, its legal representative included.
-- `id` is the member's `MemberId` (32 hex digits); `role` a `StaffRole` and
-- `state` a `MemberState` as their wire words; `scope` a `Scope` as JSON.
CREATE TABLE enterprise_staff (
    id      TEXT PRIMARY KEY,
    uscc    TEXT NOT NULL REFERENCES enterprises (uscc),
    user_id INTEGER NOT NULL REFERENCES users (id),
    role    TEXT NOT NULL CHECK (role IN ('legal_representative', 'admin', 'clerk', 'viewer')),
    scope   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(scope)),
    state   TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'suspended')),
    since   INTEGER NOT NULL,
    UNIQUE (uscc, user_id)
) STRICT;

CREATE INDEX enterprise_staff_by_user ON enterprise_staff (user_id);

INSERT INTO enterprise_staff (id, uscc, user_id, role, since)
SELECT lower(hex(randomblob(16))), uscc, legal_representative, 'legal_representative', created_at
FROM enterprises;

INSERT OR IGNORE INTO enterprise_staff (id, uscc, user_id, role, since)
SELECT lower(hex(randomblob(16))), m.uscc, m.user_id,
       CASE m.role WHEN '管理员' THEN 'admin' WHEN '只读' THEN 'viewer' ELSE 'clerk' END,
       e.created_at
FROM enterprise_members m JOIN enterprises e ON e.uscc = m.uscc;

DROP TABLE enterprise_members;

-- Every change to an enterprise's staff: who made it (`actor`), to whom
-- (`member`), the `AuditAction` as its wire word, and the change as a sentence.
CREATE TABLE enterprise_audit (
    id      INTEGER PRIMARY KEY,
    uscc    TEXT NOT NULL REFERENCES enterprises (uscc),
    at      INTEGER NOT NULL,
    actor   INTEGER NOT NULL REFERENCES users (id),
    action  TEXT NOT NULL,
    member  INTEGER NOT NULL REFERENCES users (id),
    detail  TEXT NOT NULL
) STRICT;

CREATE INDEX enterprise_audit_by_enterprise ON enterprise_audit (uscc, id);
CREATE INDEX enterprise_audit_by_member ON enterprise_audit (uscc, member, action);

-- 经营范围 as registered; empty when the hall has none on file.
ALTER TABLE enterprises ADD COLUMN business_scope TEXT NOT NULL DEFAULT '';

-- The matters table: one index per order it is sorted in, each ending in the
-- keyset's tie-breaker `id`, so a page is a range scan however many there are.
CREATE INDEX applications_of_enterprise ON applications (acting_as, submitted_at, id)
    WHERE acting_as IS NOT NULL;
CREATE INDEX applications_of_enterprise_by_due ON applications (acting_as, due_on, id)
    WHERE acting_as IS NOT NULL;
CREATE INDEX applications_of_enterprise_by_item ON applications (acting_as, item_name, submitted_at, id)
    WHERE acting_as IS NOT NULL;
CREATE INDEX applications_of_enterprise_by_status ON applications (acting_as, status, submitted_at, id)
    WHERE acting_as IS NOT NULL;
CREATE INDEX applications_of_enterprise_by_clerk ON applications (acting_as, user_id, submitted_at, id)
    WHERE acting_as IS NOT NULL;
