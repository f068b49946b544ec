//! Queries of consultations: a new one stored with its first message, its
//! photos linked by conditional updates and its idempotency key completed in
//! one transaction; the thread read in order; a reply appended with the
//! asker's notification, the first reply marking it answered.

use async_trait::async_trait;
use banshi_api::consultations::ConsultationMessage;
use banshi_api::ids::{ConsultationId, HallCode, UploadId};
use banshi_api::tags::tag_of;

use super::notifications::insert_notification;
use super::seeding::tag;
use super::{QueryContext, SqliteStore, word};
use crate::store::applications::NewNotification;
use crate::store::consultations::{ConsultationRecord, ConsultationStore};
use crate::store::error::StoreError;
use crate::store::idempotency::HeldKey;

const COLUMNS: &str = "SELECT id, user_id, kind, about, subject, hall, promised_days, asked_at,
        answered_at
    FROM consultations";

#[derive(sqlx::FromRow)]
struct ConsultationRow {
    id: ConsultationId,
    user_id: i64,
    kind: String,
    about: String,
    subject: String,
    hall: HallCode,
    promised_days: i64,
    asked_at: i64,
    answered_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct MessageRow {
    at: i64,
    author: String,
    staff: Option<String>,
    text: String,
    photos: String,
}

fn corrupt(what: String) -> impl FnOnce(serde_json::Error) -> StoreError {
    move |source| StoreError::Corrupt { what, source }
}

fn encode(value: &impl serde::Serialize, what: &str) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|source| StoreError::Encode {
        what: what.to_owned(),
        source,
    })
}

/// The thread of consultation `id`, the oldest first.
async fn messages_of(
    executor: impl sqlx::SqliteExecutor<'_>,
    id: &ConsultationId,
) -> Result<Vec<ConsultationMessage>, StoreError> {
    let rows: Vec<MessageRow> = sqlx::query_as(
        "SELECT at, author, staff, text, photos FROM consultation_messages
         WHERE consultation_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(executor)
    .await
    .doing("read a consultation's thread")?;
    rows.into_iter()
        .map(|row| {
            Ok(ConsultationMessage {
                at: row.at,
                author: word(&row.author, "message author")?,
                staff: row.staff,
                text: row.text,
                photos: serde_json::from_str::<Vec<UploadId>>(&row.photos)
                    .map_err(corrupt(format!("the photos of consultation {id}")))?,
            })
        })
        .collect()
}

impl SqliteStore {
    /// The consultations of `rows` with their threads.
    async fn with_threads(
        &self,
        rows: Vec<ConsultationRow>,
    ) -> Result<Vec<ConsultationRecord>, StoreError> {
        let mut records = Vec::with_capacity(rows.len());
        for row in rows {
            let messages = messages_of(&self.pool, &row.id).await?;
            records.push(ConsultationRecord {
                kind: word(&row.kind, "consultation kind")?,
                about: serde_json::from_str(&row.about)
                    .map_err(corrupt(format!("what consultation {} is about", row.id)))?,
                promised_days: u16::try_from(row.promised_days).unwrap_or(u16::MAX),
                id: row.id,
                user_id: row.user_id,
                subject: row.subject,
                hall: row.hall,
                asked_at: row.asked_at,
                answered_at: row.answered_at,
                messages,
            });
        }
        Ok(records)
    }
}

async fn insert_message(
    tx: &mut sqlx::SqliteConnection,
    id: &ConsultationId,
    message: &ConsultationMessage,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO consultation_messages (consultation_id, at, author, staff, text, photos)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(message.at)
    .bind(tag_of(&message.author))
    .bind(&message.staff)
    .bind(&message.text)
    .bind(encode(&message.photos, "the photos of a message")?)
    .execute(&mut *tx)
    .await
    .doing("add a message to a consultation")?;
    Ok(())
}

#[async_trait]
impl ConsultationStore for SqliteStore {
    async fn ask(
        &self,
        consultation: &ConsultationRecord,
        key: &HeldKey,
        response: &serde_json::Value,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin a consultation").await?;
        sqlx::query(
            "INSERT INTO consultations (id, user_id, kind, about, subject, hall, promised_days,
                 asked_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&consultation.id)
        .bind(consultation.user_id)
        .bind(tag(&consultation.kind))
        .bind(encode(&consultation.about, "what a consultation is about")?)
        .bind(&consultation.subject)
        .bind(&consultation.hall)
        .bind(i64::from(consultation.promised_days))
        .bind(consultation.asked_at)
        .execute(&mut *tx)
        .await
        .doing("store a consultation")?;
        for message in &consultation.messages {
            insert_message(&mut tx, &consultation.id, message).await?;
        }
        for photo in consultation.messages.iter().flat_map(|m| &m.photos) {
            let linked = sqlx::query(
                "UPDATE uploads SET consultation_id = ?
                 WHERE id = ? AND user_id = ? AND offset = length
                   AND application_id IS NULL AND consultation_id IS NULL",
            )
            .bind(&consultation.id)
            .bind(photo)
            .bind(consultation.user_id)
            .execute(&mut *tx)
            .await
            .doing("link a photo to its consultation")?;
            if linked.rows_affected() != 1 {
                return Ok(false);
            }
        }
        key.complete(&mut tx, response).await?;
        tx.commit().await.doing("commit a consultation")?;
        Ok(true)
    }

    async fn consultation(
        &self,
        id: &ConsultationId,
    ) -> Result<Option<ConsultationRecord>, StoreError> {
        let rows: Vec<ConsultationRow> = sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
            .bind(id)
            .fetch_all(&self.pool)
            .await
            .doing("read a consultation")?;
        Ok(self.with_threads(rows).await?.pop())
    }

    async fn consultations_of(&self, user_id: i64) -> Result<Vec<ConsultationRecord>, StoreError> {
        let rows: Vec<ConsultationRow> = sqlx::query_as(&format!(
            "{COLUMNS} WHERE user_id = ? ORDER BY asked_at DESC, rowid DESC"
        ))
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a person's consultations")?;
        self.with_threads(rows).await
    }

    async fn hall_consultations(
        &self,
        hall: &HallCode,
        open: bool,
    ) -> Result<Vec<ConsultationRecord>, StoreError> {
        let rows: Vec<ConsultationRow> = sqlx::query_as(&format!(
            "{COLUMNS} WHERE hall = ? AND (NOT ? OR answered_at IS NULL) ORDER BY asked_at, rowid"
        ))
        .bind(hall)
        .bind(open)
        .fetch_all(&self.pool)
        .await
        .doing("list what a hall is asked")?;
        self.with_threads(rows).await
    }

    async fn add_reply(
        &self,
        id: &ConsultationId,
        message: &ConsultationMessage,
        notification: &NewNotification,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin a reply to a consultation").await?;
        let marked = sqlx::query(
            "UPDATE consultations SET answered_at = coalesce(answered_at, ?) WHERE id = ?",
        )
        .bind(message.at)
        .bind(id)
        .execute(&mut *tx)
        .await
        .doing("mark a consultation answered")?;
        if marked.rows_affected() != 1 {
            return Ok(false);
        }
        insert_message(&mut tx, id, message).await?;
        insert_notification(&mut tx, notification).await?;
        tx.commit()
            .await
            .doing("commit a reply to a consultation")?;
        Ok(true)
    }
}
