//! Queries of drafts: keeping a user's draft unless a newer change of it is
//! already kept, listing a user's, and discarding one.

use banshi_api::applications::Draft;

use super::halls::decode;
use super::{Database, DbError, QueryContext};

impl Database {
    /// Keeps `draft` as `user_id`'s, unless a change of it newer by
    /// `updated_at` is kept already; answers the draft kept afterwards.
    pub async fn keep_draft(&self, user_id: i64, draft: Draft) -> Result<Draft, DbError> {
        let body = serde_json::to_string(&draft).map_err(|source| DbError::Encode {
            what: format!("draft {}", draft.id),
            source,
        })?;
        let mut tx = self.pool.begin().await.doing("begin keeping a draft")?;
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
        Ok(kept)
    }

    /// A user's drafts, the newest change first.
    pub async fn drafts_of(&self, user_id: i64) -> Result<Vec<Draft>, DbError> {
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

    /// Discards a user's draft; one that is not kept is already discarded.
    pub async fn discard_draft(&self, user_id: i64, id: &str) -> Result<(), DbError> {
        sqlx::query("DELETE FROM drafts WHERE user_id = ? AND id = ?")
            .bind(user_id)
            .bind(id)
            .execute(&self.pool)
            .await
            .doing("discard a draft")?;
        Ok(())
    }
}
