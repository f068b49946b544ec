//! Queries of drafts: keeping a user's draft unless a newer change of it, or
//! a later deletion, is already kept; listing a user's; discarding one.

use banshi_api::applications::Draft;

use super::halls::decode;
use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::drafts::DraftStore;
use crate::store::error::StoreError;

#[async_trait]
impl DraftStore for SqliteStore {
    async fn keep_draft(&self, user_id: i64, draft: Draft) -> Result<Option<Draft>, StoreError> {
        let body = serde_json::to_string(&draft).map_err(|source| StoreError::Encode {
            what: format!("draft {}", draft.id),
            source,
        })?;
        let mut tx = self.write("begin keeping a draft").await?;
        let deleted_at: Option<i64> = sqlx::query_scalar(
            "SELECT deleted_at FROM deleted_drafts WHERE user_id = ? AND id = ?",
        )
        .bind(user_id)
        .bind(&draft.id)
        .fetch_optional(&mut *tx)
        .await
        .doing("look for a draft's deletion")?;
        if deleted_at.is_some_and(|deleted_at| deleted_at >= draft.updated_at) {
            return Ok(None);
        }
        // Changed after its deletion: the change wins, the deletion is over.
        sqlx::query("DELETE FROM deleted_drafts WHERE user_id = ? AND id = ?")
            .bind(user_id)
            .bind(&draft.id)
            .execute(&mut *tx)
            .await
            .doing("forget a draft's deletion")?;
        let stored = sqlx::query(
            "INSERT INTO drafts (user_id, id, body, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (user_id, id) DO UPDATE
                 SET body = excluded.body, updated_at = excluded.updated_at
                 WHERE excluded.updated_at > drafts.updated_at",
        )
        .bind(user_id)
        .bind(&draft.id)
        .bind(&body)
        .bind(draft.updated_at)
        .execute(&mut *tx)
        .await
        .doing("store a draft")?
        .rows_affected()
            == 1;
        let kept = if stored {
            draft
        } else {
            let newer: String =
                sqlx::query_scalar("SELECT body FROM drafts WHERE user_id = ? AND id = ?")
                    .bind(user_id)
                    .bind(&draft.id)
                    .fetch_one(&mut *tx)
                    .await
                    .doing("read the newer draft")?;
            decode(&format!("draft {}", draft.id), &newer)?
        };
        tx.commit().await.doing("commit keeping a draft")?;
        Ok(Some(kept))
    }

    async fn drafts_of(&self, user_id: i64) -> Result<Vec<Draft>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, body FROM drafts WHERE user_id = ? ORDER BY updated_at DESC, id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a user's drafts")?;
        rows.iter()
            .map(|(id, body)| decode(&format!("draft {id}"), body))
            .collect()
    }

    async fn discard_draft(
        &self,
        user_id: i64,
        id: &str,
        deleted_at: Option<i64>,
    ) -> Result<(), StoreError> {
        let mut tx = self.write("begin discarding a draft").await?;
        sqlx::query(
            "INSERT INTO deleted_drafts (user_id, id, deleted_at)
             VALUES (?1, ?2, COALESCE(?3,
                 (SELECT updated_at FROM drafts WHERE user_id = ?1 AND id = ?2), 0))
             ON CONFLICT (user_id, id) DO UPDATE
                 SET deleted_at = max(deleted_at, excluded.deleted_at)",
        )
        .bind(user_id)
        .bind(id)
        .bind(deleted_at)
        .execute(&mut *tx)
        .await
        .doing("remember a draft's deletion")?;
        sqlx::query("DELETE FROM drafts WHERE user_id = ? AND id = ?")
            .bind(user_id)
            .bind(id)
            .execute(&mut *tx)
            .await
            .doing("discard a draft")?;
        tx.commit().await.doing("commit discarding a draft")
    }
}
