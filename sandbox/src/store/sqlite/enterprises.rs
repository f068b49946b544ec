//! Queries of enterprises' workspaces: their registered data, their staff and
//! its audit (each change one transaction with its events), and their
//! matters read a keyset page at a time over the indexes of migration 0019.

use async_trait::async_trait;
use banshi_api::authority::Scope;
use banshi_api::enterprises::{AuditAction, MatterSort, StaffRole};
use banshi_api::ids::MemberId;
use banshi_api::tags::tag_of;

use super::applications::{ApplicationRow, COLUMNS as APPLICATION_COLUMNS};
use super::halls::decode;
use super::seeding::encode;
use super::{QueryContext, SqliteStore, word};
use crate::store::applications::ApplicationRecord;
use crate::store::enterprises::{
    AuditRecord, EnterpriseData, EnterpriseStore, MatterKey, MatterRecord, MattersFilter,
    StaffChangeRecord, StaffRecord, Standing,
};
use crate::store::error::StoreError;

const STAFF_COLUMNS: &str = "s.id, s.user_id, u.name, u.mobile, s.role, s.scope, s.state, s.since";

#[derive(sqlx::FromRow)]
struct StaffRow {
    id: MemberId,
    user_id: i64,
    name: String,
    mobile: String,
    role: String,
    scope: String,
    state: String,
    since: i64,
}

impl TryFrom<StaffRow> for StaffRecord {
    type Error = StoreError;

    fn try_from(row: StaffRow) -> Result<Self, StoreError> {
        Ok(StaffRecord {
            role: word(&row.role, "staff role")?,
            scope: decode("a member's scope", &row.scope)?,
            state: word(&row.state, "member state")?,
            id: row.id,
            user_id: row.user_id,
            name: row.name,
            mobile: row.mobile,
            since: row.since,
        })
    }
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(error) if error.is_unique_violation())
}

async fn insert_audit(
    tx: &mut sqlx::SqliteConnection,
    uscc: &str,
    at: i64,
    actor: i64,
    action: AuditAction,
    member: i64,
    detail: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO enterprise_audit (uscc, at, actor, action, member, detail)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(uscc)
    .bind(at)
    .bind(actor)
    .bind(tag_of(&action))
    .bind(member)
    .bind(detail)
    .execute(&mut *tx)
    .await
    .doing("record an audit event")?;
    Ok(())
}

/// Adds `user_id` to the staff of `uscc`; `None` if they already are on it.
pub(super) async fn insert_staff(
    tx: &mut sqlx::SqliteConnection,
    uscc: &str,
    user_id: i64,
    standing: &Standing,
    since: i64,
) -> Result<Option<MemberId>, StoreError> {
    let inserted = sqlx::query_scalar(
        "INSERT INTO enterprise_staff (id, uscc, user_id, role, scope, state, since)
         VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(uscc)
    .bind(user_id)
    .bind(tag_of(&standing.role))
    .bind(encode("a member's scope", &standing.scope)?)
    .bind(tag_of(&standing.state))
    .bind(since)
    .fetch_one(&mut *tx)
    .await;
    match inserted {
        Ok(id) => Ok(Some(id)),
        Err(error) if is_unique_violation(&error) => Ok(None),
        Err(error) => Err(error).doing("add a member to the staff"),
    }
}

/// The registration of `uscc` by `user_id`: they join its staff as its
/// legal representative, with the `Registered` event.
pub(super) async fn register_representative(
    tx: &mut sqlx::SqliteConnection,
    uscc: &str,
    user_id: i64,
    now: i64,
) -> Result<(), StoreError> {
    let standing = Standing {
        role: StaffRole::LegalRepresentative,
        scope: Scope::default(),
        state: banshi_api::enterprises::MemberState::Active,
    };
    insert_staff(tx, uscc, user_id, &standing, now).await?;
    insert_audit(
        tx,
        uscc,
        now,
        user_id,
        AuditAction::Registered,
        user_id,
        "登记企业，成为法定代表人",
    )
    .await
}

async fn staff_by_id(
    tx: &mut sqlx::SqliteConnection,
    uscc: &str,
    id: &MemberId,
) -> Result<Option<StaffRecord>, StoreError> {
    let row: Option<StaffRow> = sqlx::query_as(&format!(
        "SELECT {STAFF_COLUMNS} FROM enterprise_staff s JOIN users u ON u.id = s.user_id
         WHERE s.uscc = ? AND s.id = ?"
    ))
    .bind(uscc)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await
    .doing("read a member of the staff")?;
    row.map(StaffRecord::try_from).transpose()
}

/// The status in the order a matter moves, for the `status` sort.
const STATUS_RANK: &str =
    "CASE a.status WHEN 'submitted' THEN '0' WHEN 'awaiting_correction' THEN '1'
    WHEN 'accepted' THEN '2' WHEN 'in_review' THEN '3' WHEN 'suspended' THEN '4'
    WHEN 'approved' THEN '5' WHEN 'completed' THEN '6' WHEN 'denied' THEN '7'
    WHEN 'rejected' THEN '8' ELSE '9' END";

/// The sort's key as three SQL expressions (text, number, id), and whether
/// it runs downwards.
fn sort_key(sort: MatterSort) -> (String, &'static str, &'static str, bool) {
    match sort {
        MatterSort::NewestFirst => ("''".to_owned(), "a.submitted_at", "a.id", true),
        MatterSort::OldestFirst => ("''".to_owned(), "a.submitted_at", "a.id", false),
        // `~` sorts after every date: matters without a deadline come last.
        // `a.id * 0`, not `0`: a bare integer in `ORDER BY` names a column.
        MatterSort::DueFirst => (
            "coalesce(a.due_on, '~')".to_owned(),
            "a.id * 0",
            "a.id",
            false,
        ),
        MatterSort::DueLast => (
            "coalesce(a.due_on, '~')".to_owned(),
            "a.id * 0",
            "a.id",
            true,
        ),
        MatterSort::Item => ("a.item_name".to_owned(), "-a.submitted_at", "-a.id", false),
        MatterSort::Status => (STATUS_RANK.to_owned(), "-a.submitted_at", "-a.id", false),
    }
}

/// The `WHERE` of `filter`, its parameters bound by [`bind_filter`] in order.
const FILTER: &str = "a.acting_as = ?
    AND (? IS NULL OR a.status = ?)
    AND (? IS NULL OR a.item_code = ?)
    AND (? IS NULL OR a.hall = ?)
    AND (? IS NULL OR a.user_id = (SELECT c.user_id FROM enterprise_staff c WHERE c.uscc = a.acting_as AND c.id = ?))
    AND (? IS NULL OR a.submitted_at >= ?)
    AND (? IS NULL OR a.submitted_at < ?)
    AND (? IS NULL OR a.due_on <= ?)";

fn bind_filter<'q, O>(
    mut query: sqlx::query::QueryAs<'q, sqlx::Sqlite, O, sqlx::sqlite::SqliteArguments<'q>>,
    filter: &'q MattersFilter<'q>,
) -> sqlx::query::QueryAs<'q, sqlx::Sqlite, O, sqlx::sqlite::SqliteArguments<'q>> {
    let state = filter.state.as_ref().and_then(tag_of);
    query = query.bind(filter.uscc).bind(state.clone()).bind(state);
    query = query.bind(filter.item).bind(filter.item);
    query = query.bind(filter.hall).bind(filter.hall);
    query = query.bind(filter.clerk).bind(filter.clerk);
    query = query
        .bind(filter.submitted_from)
        .bind(filter.submitted_from);
    query = query
        .bind(filter.submitted_before)
        .bind(filter.submitted_before);
    query.bind(filter.due_before).bind(filter.due_before)
}

#[async_trait]
impl EnterpriseStore for SqliteStore {
    async fn enterprise(&self, uscc: &str) -> Result<Option<EnterpriseData>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            uscc: String,
            name: String,
            legal_representative: i64,
            representative_name: String,
            address: Option<String>,
            business_scope: String,
        }
        let row: Option<Row> = sqlx::query_as(
            "SELECT e.uscc, e.name, e.legal_representative, u.name AS representative_name,
                    e.address, e.business_scope
             FROM enterprises e JOIN users u ON u.id = e.legal_representative WHERE e.uscc = ?",
        )
        .bind(uscc)
        .fetch_optional(&self.pool)
        .await
        .doing("read an enterprise")?;
        row.map(|row| {
            Ok(EnterpriseData {
                address: row
                    .address
                    .as_deref()
                    .map(|text| decode("an enterprise's address", text))
                    .transpose()?,
                uscc: row.uscc,
                name: row.name,
                legal_representative: row.legal_representative,
                representative_name: row.representative_name,
                business_scope: row.business_scope,
            })
        })
        .transpose()
    }

    async fn licences_of_enterprise(
        &self,
        uscc: &str,
    ) -> Result<Vec<crate::store::LicenceRecord>, StoreError> {
        sqlx::query_as(
            "SELECT l.kind, l.number, e.name AS holder, l.valid_until FROM licences l
             JOIN enterprises e ON e.uscc = l.uscc WHERE l.uscc = ? ORDER BY l.id",
        )
        .bind(uscc)
        .fetch_all(&self.pool)
        .await
        .doing("list an enterprise's licences")
    }

    async fn set_business_scope(&self, uscc: &str, text: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE enterprises SET business_scope = ? WHERE uscc = ?")
            .bind(text)
            .bind(uscc)
            .execute(&self.pool)
            .await
            .doing("record an enterprise's business scope")?;
        Ok(())
    }

    async fn staff_member(
        &self,
        uscc: &str,
        user_id: i64,
    ) -> Result<Option<StaffRecord>, StoreError> {
        let row: Option<StaffRow> = sqlx::query_as(&format!(
            "SELECT {STAFF_COLUMNS} FROM enterprise_staff s JOIN users u ON u.id = s.user_id
             WHERE s.uscc = ? AND s.user_id = ?"
        ))
        .bind(uscc)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .doing("read a member of the staff")?;
        row.map(StaffRecord::try_from).transpose()
    }

    async fn staff_member_by_id(
        &self,
        uscc: &str,
        id: &MemberId,
    ) -> Result<Option<StaffRecord>, StoreError> {
        let mut connection = self
            .pool
            .acquire()
            .await
            .doing("connect to read a member")?;
        staff_by_id(&mut connection, uscc, id).await
    }

    async fn staff(&self, uscc: &str) -> Result<Vec<StaffRecord>, StoreError> {
        let rows: Vec<StaffRow> = sqlx::query_as(&format!(
            "SELECT {STAFF_COLUMNS} FROM enterprise_staff s JOIN users u ON u.id = s.user_id
             WHERE s.uscc = ? ORDER BY s.role <> 'legal_representative', s.since, s.rowid"
        ))
        .bind(uscc)
        .fetch_all(&self.pool)
        .await
        .doing("list an enterprise's staff")?;
        rows.into_iter().map(StaffRecord::try_from).collect()
    }

    async fn was_removed(&self, uscc: &str, user_id: i64) -> Result<bool, StoreError> {
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM enterprise_audit
                            WHERE uscc = ? AND member = ? AND action = 'removed')",
        )
        .bind(uscc)
        .bind(user_id)
        .fetch_one(&self.pool)
        .await
        .doing("look for a member's removal")
    }

    async fn add_staff(
        &self,
        uscc: &str,
        user_id: i64,
        standing: &Standing,
        actor: i64,
        now: i64,
        detail: &str,
    ) -> Result<Option<StaffRecord>, StoreError> {
        let mut tx = self.write("begin adding a member").await?;
        let Some(id) = insert_staff(&mut tx, uscc, user_id, standing, now).await? else {
            return Ok(None);
        };
        insert_audit(
            &mut tx,
            uscc,
            now,
            actor,
            AuditAction::Invited,
            user_id,
            detail,
        )
        .await?;
        let member = staff_by_id(&mut tx, uscc, &id).await?;
        tx.commit().await.doing("add a member")?;
        Ok(member)
    }

    async fn change_staff(
        &self,
        change: &StaffChangeRecord<'_>,
    ) -> Result<Option<StaffRecord>, StoreError> {
        let mut tx = self.write("begin changing a member").await?;
        let Some(current) = staff_by_id(&mut tx, change.uscc, &change.member.id).await? else {
            return Ok(None);
        };
        if current.role != change.before.role
            || current.scope != change.before.scope
            || current.state != change.before.state
        {
            return Ok(None);
        }
        sqlx::query("UPDATE enterprise_staff SET role = ?, scope = ?, state = ? WHERE id = ?")
            .bind(tag_of(&change.after.role))
            .bind(encode("a member's scope", &change.after.scope)?)
            .bind(tag_of(&change.after.state))
            .bind(&change.member.id)
            .execute(&mut *tx)
            .await
            .doing("change a member")?;
        for (action, detail) in change.events {
            insert_audit(
                &mut tx,
                change.uscc,
                change.now,
                change.actor,
                *action,
                change.member.user_id,
                detail,
            )
            .await?;
        }
        let changed = staff_by_id(&mut tx, change.uscc, &change.member.id).await?;
        tx.commit().await.doing("change a member")?;
        Ok(changed)
    }

    async fn remove_staff(
        &self,
        uscc: &str,
        member: &StaffRecord,
        actor: i64,
        now: i64,
        detail: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin removing a member").await?;
        let removed = sqlx::query(
            "DELETE FROM enterprise_staff WHERE uscc = ? AND id = ? AND role = ? AND role <> 'legal_representative'",
        )
        .bind(uscc)
        .bind(&member.id)
        .bind(tag_of(&member.role))
        .execute(&mut *tx)
        .await
        .doing("remove a member")?
        .rows_affected()
            == 1;
        if !removed {
            return Ok(false);
        }
        insert_audit(
            &mut tx,
            uscc,
            now,
            actor,
            AuditAction::Removed,
            member.user_id,
            detail,
        )
        .await?;
        // The company keeps what was begun for it: its representative takes it on.
        sqlx::query(
            "UPDATE drafts SET user_id = (SELECT legal_representative FROM enterprises WHERE uscc = ?1)
             WHERE user_id = ?2 AND json_extract(body, '$.acting_as') = ?1",
        )
        .bind(uscc)
        .bind(member.user_id)
        .execute(&mut *tx)
        .await
        .doing("hand a removed member's drafts to the company")?;
        tx.commit().await.doing("remove a member")?;
        Ok(true)
    }

    async fn audit(
        &self,
        uscc: &str,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            id: i64,
            at: i64,
            actor: String,
            action: String,
            member: String,
            detail: String,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT x.id, x.at, actor.name AS actor, x.action, member.name AS member, x.detail
             FROM enterprise_audit x
             JOIN users actor ON actor.id = x.actor
             JOIN users member ON member.id = x.member
             WHERE x.uscc = ? AND (? IS NULL OR x.id < ?)
             ORDER BY x.id DESC LIMIT ?",
        )
        .bind(uscc)
        .bind(before)
        .bind(before)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .doing("read an enterprise's audit")?;
        rows.into_iter()
            .map(|row| {
                Ok(AuditRecord {
                    action: word(&row.action, "audit action")?,
                    id: row.id,
                    at: row.at,
                    actor: row.actor,
                    member: row.member,
                    detail: row.detail,
                })
            })
            .collect()
    }

    async fn matters(
        &self,
        filter: &MattersFilter<'_>,
        sort: MatterSort,
        after: Option<&MatterKey>,
        limit: u32,
    ) -> Result<Vec<MatterRecord>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            application: ApplicationRow,
            hall_name: Option<String>,
            clerk: String,
            clerk_id: Option<MemberId>,
            key_text: String,
            key_number: i64,
            key_id: i64,
        }
        let (text, number, id, down) = sort_key(sort);
        let (order, beyond) = if down { ("DESC", "<") } else { ("ASC", ">") };
        let sql = format!(
            "SELECT {APPLICATION_COLUMNS}, json_extract(h.body, '$.name') AS hall_name, u.name AS clerk, s.id AS clerk_id,
                    {text} AS key_text, {number} AS key_number, {id} AS key_id
             FROM applications a
             JOIN users u ON u.id = a.user_id
             LEFT JOIN halls h ON h.code = a.hall
             LEFT JOIN enterprise_staff s ON s.uscc = a.acting_as AND s.user_id = a.user_id
             WHERE {FILTER}
               AND (? IS NULL OR ({text}, {number}, {id}) {beyond} (?, ?, ?))
             ORDER BY {text} {order}, {number} {order}, {id} {order}
             LIMIT ?"
        );
        let query = bind_filter(sqlx::query_as::<_, Row>(&sql), filter);
        let rows: Vec<Row> = query
            .bind(after.map(|_| 1))
            .bind(after.map(|key| key.text.clone()))
            .bind(after.map(|key| key.number))
            .bind(after.map(|key| key.id))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .doing("list an enterprise's matters")?;
        rows.into_iter()
            .map(|row| {
                Ok(MatterRecord {
                    application: ApplicationRecord::try_from(row.application)?,
                    hall_name: row.hall_name.unwrap_or_default(),
                    clerk: row.clerk,
                    clerk_id: row.clerk_id,
                    key: MatterKey {
                        text: row.key_text,
                        number: row.key_number,
                        id: row.key_id,
                    },
                })
            })
            .collect()
    }

    async fn count_matters(&self, filter: &MattersFilter<'_>) -> Result<u64, StoreError> {
        let sql = format!("SELECT COUNT(*) FROM applications a WHERE {FILTER}");
        let (count,): (i64,) = bind_filter(sqlx::query_as(&sql), filter)
            .fetch_one(&self.pool)
            .await
            .doing("count an enterprise's matters")?;
        Ok(u64::try_from(count).unwrap_or_default())
    }
}
