//! Queries of applications: storing a submitted one with its number, its
//! materials' pages and its first event; reading one, a caller's and a
//! hall's; moving one on with its event and notification in one transaction;
//! and the notifications feed, whose queries are [`super::notifications`]'s.

use banshi_api::applications::{
    Application, ApplicationEvent, ApplicationStatus, CorrectionNotice, SubmittedMaterial,
};
use banshi_api::dates::Date;
use banshi_api::delivery::DeliveryKind;
use banshi_api::halls::HallCode;
use banshi_api::ids::{ApplicationNumber, ItemCode};
use banshi_api::notifications::Notification;
use banshi_api::tags::tag_of;
use serde::de::DeserializeOwned;

use async_trait::async_trait;

use super::delivery::insert_delivery;
use super::notifications::{self, insert_notification};
use super::{QueryContext, SqliteStore, word};
use crate::store::applications::{
    ApplicationRecord, ApplicationStore, Handler, Moved, NewApplication, NewNotification,
    Transition,
};
use crate::store::delivery::NewDelivery;
use crate::store::error::StoreError;

/// The columns of [`ApplicationRow`], for every query that reads one.
pub(super) const COLUMNS: &str =
    "a.id, a.number, a.user_id, a.acting_as, a.item_code, a.item_name, a.answers,
    a.materials, a.form_version, a.delivery, a.status, a.submitted_at, a.hall, a.department,
    a.promised_days, a.accepted_at, a.paused_since, a.paused_days, a.ended_at, a.correction,
    (SELECT h.name FROM users h WHERE h.id = a.user_id AND a.acting_as IS NOT NULL) AS handler,
    (SELECT r.role FROM enterprise_staff r WHERE r.uscc = a.acting_as AND r.user_id = a.user_id)
        AS handler_role,
    a.handled_by, (SELECT name FROM users WHERE id = a.handled_by) AS handler_name,
    (SELECT withdrawn_at IS NULL FROM relative_authorities WHERE id = a.authority)
        AS authority_open";

#[derive(sqlx::FromRow)]
pub(super) struct ApplicationRow {
    id: i64,
    number: ApplicationNumber,
    user_id: i64,
    acting_as: Option<String>,
    item_code: ItemCode,
    item_name: String,
    answers: String,
    materials: String,
    form_version: i64,
    delivery: String,
    status: String,
    submitted_at: i64,
    hall: String,
    department: String,
    promised_days: i64,
    accepted_at: Option<i64>,
    paused_since: Option<i64>,
    paused_days: i64,
    ended_at: Option<i64>,
    correction: Option<String>,
    /// Who submitted it for an enterprise, and their role there if they still have one.
    handler: Option<String>,
    handler_role: Option<String>,
    /// The relative who handled it for the applicant, and whether their authority is open.
    handled_by: Option<i64>,
    handler_name: Option<String>,
    authority_open: Option<bool>,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    at: i64,
    action: Option<String>,
    status: String,
    department: String,
    window: Option<String>,
    staff: Option<String>,
    reason: Option<String>,
    legal_basis: Option<String>,
}

fn document<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|source| StoreError::Corrupt {
        what: what.to_owned(),
        source,
    })
}

fn encode(value: &impl serde::Serialize, what: &str) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|source| StoreError::Encode {
        what: what.to_owned(),
        source,
    })
}

impl TryFrom<ApplicationRow> for ApplicationRecord {
    type Error = StoreError;

    fn try_from(row: ApplicationRow) -> Result<Self, StoreError> {
        let what = || format!("application {}", row.number);
        Ok(ApplicationRecord {
            materials: document(&row.materials, &what())?,
            correction: row
                .correction
                .as_deref()
                .map(|text| document::<CorrectionNotice>(text, &what()))
                .transpose()?,
            delivery: word(&row.delivery, "delivery")?,
            status: word(&row.status, "application status")?,
            hall: HallCode::parse(&row.hall).map_err(|source| StoreError::InvalidId {
                what: "hall of an application",
                source,
            })?,
            handler: row
                .handler
                .map(|name| {
                    let role = row
                        .handler_role
                        .as_deref()
                        .map(|role| word(role, "staff role"))
                        .transpose()?;
                    Ok::<_, StoreError>((name, role))
                })
                .transpose()?,
            form_version: u32::try_from(row.form_version).unwrap_or_default(),
            promised_days: u16::try_from(row.promised_days).unwrap_or(u16::MAX),
            id: row.id,
            number: row.number,
            user_id: row.user_id,
            relative: row
                .handled_by
                .zip(row.handler_name)
                .map(|(user_id, name)| Handler {
                    user_id,
                    name,
                    authority_open: row.authority_open.unwrap_or(false),
                }),
            acting_as: row.acting_as,
            item_code: row.item_code,
            item_name: row.item_name,
            answers: row.answers,
            submitted_at: row.submitted_at,
            department: row.department,
            accepted_at: row.accepted_at,
            paused_since: row.paused_since,
            paused_days: row.paused_days,
            ended_at: row.ended_at,
        })
    }
}

impl TryFrom<EventRow> for ApplicationEvent {
    type Error = StoreError;

    fn try_from(row: EventRow) -> Result<Self, StoreError> {
        Ok(ApplicationEvent {
            at: row.at,
            action: row
                .action
                .as_deref()
                .map(|text| word(text, "application action"))
                .transpose()?,
            status: word(&row.status, "application status")?,
            department: row.department,
            window: row.window,
            staff: row.staff,
            reason: row.reason,
            legal_basis: row.legal_basis,
        })
    }
}

async fn insert_event(
    tx: &mut sqlx::SqliteConnection,
    application_id: i64,
    event: &ApplicationEvent,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO application_events
             (application_id, at, action, status, department, window, staff, reason, legal_basis)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(application_id)
    .bind(event.at)
    .bind(event.action.as_ref().and_then(tag_of))
    .bind(tag_of(&event.status))
    .bind(&event.department)
    .bind(&event.window)
    .bind(&event.staff)
    .bind(&event.reason)
    .bind(&event.legal_basis)
    .execute(&mut *tx)
    .await
    .doing("record an application's event")?;
    Ok(())
}

/// Links the uploads of `materials` of `user_id` to application `id` (those
/// it holds already stay); false if one of them is gone or handed in with
/// another.
async fn link_uploads(
    tx: &mut sqlx::SqliteConnection,
    id: i64,
    user_id: i64,
    materials: &[SubmittedMaterial],
) -> Result<bool, StoreError> {
    for upload in materials.iter().flat_map(|material| &material.uploads) {
        let linked = sqlx::query(
            "UPDATE uploads SET application_id = ?1
             WHERE id = ?2 AND user_id = ?3 AND offset = length AND consultation_id IS NULL
               AND (application_id IS NULL OR application_id = ?1)",
        )
        .bind(id)
        .bind(upload)
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .doing("link an upload to its application")?;
        if linked.rows_affected() != 1 {
            return Ok(false);
        }
    }
    Ok(true)
}

#[async_trait]
impl ApplicationStore for SqliteStore {
    async fn create_application(
        &self,
        new: &NewApplication<'_>,
    ) -> Result<Option<Application>, StoreError> {
        let materials = encode(&new.materials, "an application's materials")?;
        let mut tx = self.write("begin a submission").await?;
        let prefix = ApplicationNumber::day_prefix(new.day);
        let today_count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM applications WHERE number LIKE ? || '%'")
                .bind(&prefix)
                .fetch_one(&mut *tx)
                .await
                .doing("count today's applications")?;
        let serial = u32::try_from(today_count + 1).unwrap_or(u32::MAX);
        let number =
            ApplicationNumber::of(new.day, serial).map_err(|source| StoreError::InvalidId {
                what: "application number",
                source,
            })?;
        let status = ApplicationStatus::Submitted;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO applications (number, user_id, acting_as, item_code, item_name, answers,
                 materials, delivery, status, submitted_at, form_version, hall, department,
                 promised_days, handled_by, authority)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&number)
        .bind(new.user_id)
        .bind(new.acting_as)
        .bind(new.item_code)
        .bind(new.item_name)
        .bind(new.answers)
        .bind(&materials)
        .bind(tag_of(&new.delivery).unwrap_or_default())
        .bind(tag_of(&status).unwrap_or_default())
        .bind(new.submitted_at)
        .bind(i64::from(new.form_version))
        .bind(new.hall)
        .bind(new.department)
        .bind(i64::from(new.promised_days))
        .bind(new.relative.map(|(user_id, _)| user_id))
        .bind(new.relative.map(|(_, authority)| authority))
        .fetch_one(&mut *tx)
        .await
        .doing("store an application")?;
        let uploader = new.relative.map_or(new.user_id, |(user_id, _)| user_id);
        if !link_uploads(&mut tx, id, uploader, new.materials).await? {
            return Ok(None);
        }
        let submitted = ApplicationEvent {
            at: new.submitted_at,
            action: None,
            status,
            department: new.department.to_owned(),
            window: None,
            staff: None,
            reason: None,
            legal_basis: None,
        };
        insert_event(&mut tx, id, &submitted).await?;
        if let Some((recipient, fee_fen)) = new.recipient {
            let parcel = NewDelivery {
                application_id: id,
                user_id: new.user_id,
                kind: DeliveryKind::Result,
                recipient,
                window: None,
                fee_fen,
                originals: &[],
                ordered_at: new.submitted_at,
            };
            insert_delivery(&mut tx, &parcel).await?;
        }
        let application = Application {
            number,
            item_code: new.item_code.clone(),
            item_name: new.item_name.to_owned(),
            acting_as: new.acting_as.map(str::to_owned),
            handled_by: new.handled_by.map(str::to_owned),
            delivery: new.delivery,
            status,
            submitted_at: new.submitted_at,
            promised_days: new.promised_days,
            deadline: None,
        };
        new.key.complete(&mut tx, &application).await?;
        tx.commit().await.doing("commit a submission")?;
        Ok(Some(application))
    }

    async fn application(
        &self,
        number: &ApplicationNumber,
    ) -> Result<Option<ApplicationRecord>, StoreError> {
        let row: Option<ApplicationRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM applications a WHERE a.number = ?"
        ))
        .bind(number)
        .fetch_optional(&self.pool)
        .await
        .doing("read an application")?;
        row.map(ApplicationRecord::try_from).transpose()
    }

    async fn applications_of(&self, user_id: i64) -> Result<Vec<ApplicationRecord>, StoreError> {
        let rows: Vec<ApplicationRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM applications a
             WHERE a.user_id = ?1 OR (a.handled_by = ?1 AND EXISTS (
                 SELECT 1 FROM relative_authorities r
                 WHERE r.id = a.authority AND r.withdrawn_at IS NULL))
             ORDER BY a.submitted_at DESC, a.id DESC"
        ))
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a user's applications")?;
        rows.into_iter().map(ApplicationRecord::try_from).collect()
    }

    async fn hall_applications(
        &self,
        hall: &HallCode,
        state: Option<ApplicationStatus>,
        due_before: Option<Date>,
    ) -> Result<Vec<(ApplicationRecord, String)>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Listed {
            #[sqlx(flatten)]
            application: ApplicationRow,
            applicant: String,
        }
        let rows: Vec<Listed> = sqlx::query_as(&format!(
            "SELECT {COLUMNS}, coalesce(e.name, u.name) AS applicant
             FROM applications a
             JOIN users u ON u.id = a.user_id
             LEFT JOIN enterprises e ON e.uscc = a.acting_as
             WHERE a.hall = ?
               AND (?2 IS NULL AND a.ended_at IS NULL OR a.status = ?2)
               AND (?3 IS NULL OR a.due_on <= ?3)
             ORDER BY a.due_on IS NULL, a.due_on, a.submitted_at, a.id"
        ))
        .bind(hall)
        .bind(state.as_ref().and_then(tag_of))
        .bind(due_before)
        .fetch_all(&self.pool)
        .await
        .doing("list a hall's applications")?;
        rows.into_iter()
            .map(|row| Ok((ApplicationRecord::try_from(row.application)?, row.applicant)))
            .collect()
    }

    async fn events_of(&self, application_id: i64) -> Result<Vec<ApplicationEvent>, StoreError> {
        let rows: Vec<EventRow> = sqlx::query_as(
            "SELECT at, action, status, department, window, staff, reason, legal_basis
             FROM application_events WHERE application_id = ? ORDER BY id",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await
        .doing("read an application's timeline")?;
        rows.into_iter().map(ApplicationEvent::try_from).collect()
    }

    async fn transition(&self, transition: &Transition<'_>) -> Result<Moved, StoreError> {
        let correction = transition
            .correction
            .map(|notice| encode(notice, "a correction notice"))
            .transpose()?;
        let mut tx = self.write("begin moving an application").await?;
        let moved = sqlx::query(
            "UPDATE applications SET status = ?, accepted_at = ?, paused_since = ?,
                 paused_days = ?, ended_at = ?, due_on = ?, correction = ?
             WHERE id = ? AND status = ?",
        )
        .bind(tag_of(&transition.event.status))
        .bind(transition.accepted_at)
        .bind(transition.paused_since)
        .bind(transition.paused_days)
        .bind(transition.ended_at)
        .bind(transition.due_on)
        .bind(correction)
        .bind(transition.application_id)
        .bind(tag_of(&transition.from))
        .execute(&mut *tx)
        .await
        .doing("move an application")?;
        if moved.rows_affected() != 1 {
            return Ok(Moved::Overtaken);
        }
        if let Some((answers, materials)) = transition.corrected {
            let user_id = transition.notification.user_id;
            if !link_uploads(&mut tx, transition.application_id, user_id, materials).await? {
                return Ok(Moved::PageGone);
            }
            sqlx::query("UPDATE applications SET answers = ?, materials = ? WHERE id = ?")
                .bind(answers)
                .bind(encode(&materials, "an application's materials")?)
                .bind(transition.application_id)
                .execute(&mut *tx)
                .await
                .doing("store a correction")?;
        }
        insert_event(&mut tx, transition.application_id, transition.event).await?;
        insert_notification(&mut tx, transition.notification).await?;
        if let Some((holder, kind, number)) = transition.licence {
            let (user_id, uscc) = match holder {
                Ok(user_id) => (Some(user_id), None),
                Err(uscc) => (None, Some(uscc)),
            };
            sqlx::query(
                "INSERT INTO licences (user_id, uscc, kind, number, valid_until)
                 VALUES (?, ?, ?, ?, '长期')",
            )
            .bind(user_id)
            .bind(uscc)
            .bind(kind)
            .bind(number)
            .execute(&mut *tx)
            .await
            .doing("file the licence issued")?;
        }
        if let Some((key, response)) = transition.key {
            key.complete(&mut tx, response).await?;
        }
        tx.commit().await.doing("commit an application's move")?;
        Ok(Moved::Done)
    }

    async fn notify(&self, notification: &NewNotification) -> Result<Option<i64>, StoreError> {
        let mut tx = self.write("begin adding a notification").await?;
        let id = insert_notification(&mut tx, notification).await?;
        tx.commit().await.doing("commit a notification")?;
        Ok(id)
    }

    async fn notifications_of(
        &self,
        user_id: i64,
        after: i64,
    ) -> Result<Vec<Notification>, StoreError> {
        notifications::of(&self.pool, user_id, after).await
    }
}
