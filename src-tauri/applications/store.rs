//! The drafts on this device, in SQLite: WAL journal with `synchronous = FULL`,
//! so a save the UI was told about survives the app being killed and the
//! machine losing power. A save is a few kilobytes once a second at most, and
//! a full sync costs a millisecond or two on a phone's flash; losing what a user
//! typed costs them a trip. Beside them, the last copy of each application
//! the hall gave, to follow it offline.

use std::path::Path;

use banshi_api::applications::{ApplicationDetail, Draft};
use sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum DraftStoreError {
    #[error("failed to open the draft store")]
    Open(#[from] crate::device_db::OpenError),
    #[error("failed to {action}")]
    Query {
        action: &'static str,
        source: sqlx::Error,
    },
    #[error("a stored draft is not the documented JSON")]
    Json(#[from] serde_json::Error),
}

fn doing(action: &'static str) -> impl FnOnce(sqlx::Error) -> DraftStoreError {
    move |source| DraftStoreError::Query { action, source }
}

#[derive(Debug, Clone)]
pub struct DraftStore {
    pool: SqlitePool,
}

impl DraftStore {
    /// Opens (creating if needed) the store at `path`.
    pub async fn open(path: &Path) -> Result<Self, DraftStoreError> {
        static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("src-tauri/migrations");
        let pool = crate::device_db::open(path, &MIGRATOR).await?;
        Ok(Self { pool })
    }

    /// Stores `draft`, replacing the stored one with its id; durable on return.
    pub async fn put(&self, draft: &Draft) -> Result<(), DraftStoreError> {
        sqlx::query(
            "INSERT INTO drafts (id, item_code, acting_as, updated_at, body) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body",
        )
        .bind(&draft.id)
        .bind(&draft.item_code)
        .bind(draft.acting_as.as_deref().unwrap_or_default())
        .bind(draft.updated_at)
        .bind(serde_json::to_string(draft)?)
        .execute(&self.pool)
        .await
        .map_err(doing("save a draft"))?;
        Ok(())
    }

    pub async fn get(&self, id: &str) -> Result<Option<Draft>, DraftStoreError> {
        let body: Option<String> = sqlx::query_scalar("SELECT body FROM drafts WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(doing("read a draft"))?;
        Ok(body.map(|body| serde_json::from_str(&body)).transpose()?)
    }

    /// The correction draft of `owner` answering application `number`, if any.
    pub async fn correction_for(
        &self,
        owner: &str,
        number: &str,
    ) -> Result<Option<Draft>, DraftStoreError> {
        let bodies: Vec<String> = sqlx::query_scalar(
            "SELECT body FROM drafts WHERE json_extract(body, '$.correcting.number') = ?
             ORDER BY updated_at DESC",
        )
        .bind(number)
        .fetch_all(&self.pool)
        .await
        .map_err(doing("find an application's correction draft"))?;
        for body in bodies {
            let draft: Draft = serde_json::from_str(&body)?;
            if draft.owner.as_deref() == Some(owner) {
                return Ok(Some(draft));
            }
        }
        Ok(None)
    }

    /// Keeps `detail` as `owner`'s last copy of its application, fetched at
    /// `fetched_at` (Unix seconds), in place of the one before.
    pub async fn keep_application(
        &self,
        owner: &str,
        detail: &ApplicationDetail,
        fetched_at: i64,
    ) -> Result<(), DraftStoreError> {
        sqlx::query(
            "INSERT INTO application_copies (number, owner, fetched_at, body) VALUES (?, ?, ?, ?)
             ON CONFLICT (number, owner) DO UPDATE
             SET fetched_at = excluded.fetched_at, body = excluded.body",
        )
        .bind(detail.application.number.as_str())
        .bind(owner)
        .bind(fetched_at)
        .bind(serde_json::to_string(detail)?)
        .execute(&self.pool)
        .await
        .map_err(doing("keep a copy of an application"))?;
        Ok(())
    }

    /// `owner`'s last copy of application `number` and when it was fetched.
    pub async fn application(
        &self,
        owner: &str,
        number: &str,
    ) -> Result<Option<(ApplicationDetail, i64)>, DraftStoreError> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT body, fetched_at FROM application_copies WHERE number = ? AND owner = ?",
        )
        .bind(number)
        .bind(owner)
        .fetch_optional(&self.pool)
        .await
        .map_err(doing("read the copy of an application"))?;
        row.map(|(body, at)| Ok((serde_json::from_str(&body)?, at)))
            .transpose()
    }

    /// The newest draft of `owner` for `item_code` by the identity `acting_as`, if any.
    pub async fn for_item(
        &self,
        owner: &str,
        item_code: &str,
        acting_as: Option<&str>,
    ) -> Result<Option<Draft>, DraftStoreError> {
        let bodies: Vec<String> = sqlx::query_scalar(
            "SELECT body FROM drafts WHERE item_code = ? AND acting_as = ?
             AND json_extract(body, '$.correcting') IS NULL
             ORDER BY updated_at DESC",
        )
        .bind(item_code)
        .bind(acting_as.unwrap_or_default())
        .fetch_all(&self.pool)
        .await
        .map_err(doing("find an item's draft"))?;
        for body in bodies {
            let draft: Draft = serde_json::from_str(&body)?;
            if draft.owner.as_deref().is_none_or(|o| o == owner) {
                return Ok(Some(draft));
            }
        }
        Ok(None)
    }

    /// Every draft, the last changed first.
    pub async fn list(&self) -> Result<Vec<Draft>, DraftStoreError> {
        let bodies: Vec<String> =
            sqlx::query_scalar("SELECT body FROM drafts ORDER BY updated_at DESC")
                .fetch_all(&self.pool)
                .await
                .map_err(doing("list the drafts"))?;
        bodies
            .iter()
            .map(|body| serde_json::from_str(body).map_err(DraftStoreError::from))
            .collect()
    }

    /// Deletes a draft at `deleted_at` (Unix milliseconds), remembering it
    /// for deletion at the hall when it belonged to an account; deleting one
    /// that is not there is not an error.
    pub async fn delete(&self, id: &str, deleted_at: i64) -> Result<(), DraftStoreError> {
        self.remove(id, Some(deleted_at)).await
    }

    /// Deletes a draft the hall no longer holds: nothing to remember.
    pub async fn forget(&self, id: &str) -> Result<(), DraftStoreError> {
        self.remove(id, None).await
    }

    /// Deletes a draft, remembering the deletion and its time if `remember_at`.
    async fn remove(&self, id: &str, remember_at: Option<i64>) -> Result<(), DraftStoreError> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(doing("begin deleting a draft"))?;
        if let Some(deleted_at) = remember_at {
            sqlx::query(
                "INSERT OR REPLACE INTO deleted_drafts (id, owner, deleted_at)
                 SELECT id, json_extract(body, '$.owner'), ? FROM drafts
                 WHERE id = ? AND json_extract(body, '$.owner') IS NOT NULL",
            )
            .bind(deleted_at)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(doing("remember a deleted draft"))?;
        }
        sqlx::query("DELETE FROM drafts WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(doing("delete a draft"))?;
        tx.commit().await.map_err(doing("delete a draft"))?;
        Ok(())
    }

    /// `owner`'s drafts deleted here and not yet at the hall: their ids, and
    /// when they were deleted (unknown for deletions kept before times were).
    pub async fn deleted(
        &self,
        owner: &str,
    ) -> Result<Vec<(String, Option<i64>)>, DraftStoreError> {
        sqlx::query_as("SELECT id, deleted_at FROM deleted_drafts WHERE owner = ?")
            .bind(owner)
            .fetch_all(&self.pool)
            .await
            .map_err(doing("list the deleted drafts"))
    }

    /// Forgets a deletion the hall has carried out.
    pub async fn forget_deleted(&self, id: &str) -> Result<(), DraftStoreError> {
        sqlx::query("DELETE FROM deleted_drafts WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(doing("forget a deleted draft"))?;
        Ok(())
    }

    /// SQLite's own check of the file: `ok`, or what is broken.
    pub async fn integrity(&self) -> Result<String, DraftStoreError> {
        sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&self.pool)
            .await
            .map_err(doing("check the draft store"))
    }
}
