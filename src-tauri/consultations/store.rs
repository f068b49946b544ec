//! The questions and complaints not sent yet, in SQLite on the device
//! (`consultations.sqlite3`, WAL with `synchronous = FULL` as every device
//! database): one per account and subject, so opening the form again finds
//! what was typed.

use std::path::Path;

use banshi_api::consultations::ConsultationAbout;
use banshi_api::ipc::consultations::ConsultationDraft;
use sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum ConsultationStoreError {
    #[error("failed to open the store of questions and complaints")]
    Open(#[from] crate::device_db::OpenError),
    #[error("failed to {action}")]
    Query {
        action: &'static str,
        source: sqlx::Error,
    },
    #[error("a stored question or complaint is not the documented JSON")]
    Json(#[from] serde_json::Error),
}

fn doing(action: &'static str) -> impl FnOnce(sqlx::Error) -> ConsultationStoreError {
    move |source| ConsultationStoreError::Query { action, source }
}

#[derive(Debug, Clone)]
pub struct ConsultationStore {
    pool: SqlitePool,
}

impl ConsultationStore {
    /// Opens (creating if needed) the store at `path`.
    pub async fn open(path: &Path) -> Result<Self, ConsultationStoreError> {
        static MIGRATOR: sqlx::migrate::Migrator =
            sqlx::migrate!("src-tauri/migrations/consultations");
        let pool = crate::device_db::open(path, &MIGRATOR).await?;
        Ok(Self { pool })
    }

    /// Stores `draft`, replacing the stored one with its id; durable on return.
    pub async fn put(&self, draft: &ConsultationDraft) -> Result<(), ConsultationStoreError> {
        sqlx::query(
            "INSERT INTO consultation_drafts (id, owner, about, updated_at, body)
             VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body",
        )
        .bind(draft.id.as_str())
        .bind(&draft.owner)
        .bind(serde_json::to_string(&draft.about)?)
        .bind(draft.updated_at)
        .bind(serde_json::to_string(draft)?)
        .execute(&self.pool)
        .await
        .map_err(doing("keep a question or complaint"))?;
        Ok(())
    }

    pub async fn get(&self, id: &str) -> Result<Option<ConsultationDraft>, ConsultationStoreError> {
        let body: Option<String> =
            sqlx::query_scalar("SELECT body FROM consultation_drafts WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .map_err(doing("read a question or complaint"))?;
        Ok(body.map(|body| serde_json::from_str(&body)).transpose()?)
    }

    /// `owner`'s draft about `about`, if any.
    pub async fn about(
        &self,
        owner: &str,
        about: &ConsultationAbout,
    ) -> Result<Option<ConsultationDraft>, ConsultationStoreError> {
        let body: Option<String> = sqlx::query_scalar(
            "SELECT body FROM consultation_drafts WHERE owner = ? AND about = ?",
        )
        .bind(owner)
        .bind(serde_json::to_string(about)?)
        .fetch_optional(&self.pool)
        .await
        .map_err(doing("find the question or complaint about a subject"))?;
        Ok(body.map(|body| serde_json::from_str(&body)).transpose()?)
    }

    /// Deletes a draft; one not there is not an error.
    pub async fn delete(&self, id: &str) -> Result<(), ConsultationStoreError> {
        sqlx::query("DELETE FROM consultation_drafts WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(doing("delete a question or complaint"))?;
        Ok(())
    }
}
