//! Queries of uploads: their declared length and the offset received so far,
//! each owned by the user who created it, and once handed in with an
//! application (or as a photo of a consultation), linked to it for good.

use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::error::StoreError;
use crate::store::uploads::{UploadState, UploadStore};

#[async_trait]
impl UploadStore for SqliteStore {
    async fn create_upload(
        &self,
        id: &str,
        user_id: i64,
        length: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO uploads (id, user_id, length, created_at) VALUES (?, ?, ?, ?)")
            .bind(id)
            .bind(user_id)
            .bind(length)
            .bind(now)
            .execute(&self.pool)
            .await
            .doing("create an upload")?;
        Ok(())
    }

    async fn upload(&self, id: &str, user_id: i64) -> Result<Option<UploadState>, StoreError> {
        let row: Option<(i64, i64, bool)> = sqlx::query_as(
            "SELECT length, offset, application_id IS NOT NULL OR consultation_id IS NOT NULL
             FROM uploads
             WHERE id = ? AND user_id = ?",
        )
        .bind(id)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .doing("read an upload")?;
        Ok(row.map(|(length, offset, linked)| UploadState {
            length,
            offset,
            linked,
        }))
    }

    async fn start_writing(
        &self,
        id: &str,
        offset: i64,
        now: i64,
        lease: i64,
    ) -> Result<bool, StoreError> {
        let started = sqlx::query(
            "UPDATE uploads SET writing_until = ?3 + ?4
             WHERE id = ?1 AND offset = ?2 AND (writing_until IS NULL OR writing_until <= ?3)",
        )
        .bind(id)
        .bind(offset)
        .bind(now)
        .bind(lease)
        .execute(&self.pool)
        .await
        .doing("start writing an upload's chunk")?;
        Ok(started.rows_affected() == 1)
    }

    async fn stop_writing(&self, id: &str, offset: i64, new_offset: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE uploads SET offset = ?, writing_until = NULL WHERE id = ? AND offset = ?",
        )
        .bind(new_offset)
        .bind(id)
        .bind(offset)
        .execute(&self.pool)
        .await
        .doing("record an upload's offset")?;
        Ok(())
    }

    async fn unclaimed_uploads(&self, before: i64) -> Result<Vec<String>, StoreError> {
        sqlx::query_scalar(
            "SELECT id FROM uploads
             WHERE application_id IS NULL AND consultation_id IS NULL AND created_at < ?
             ORDER BY id",
        )
        .bind(before)
        .fetch_all(&self.pool)
        .await
        .doing("list the uploads never handed in")
    }

    async fn delete_upload(&self, id: &str) -> Result<bool, StoreError> {
        let deleted = sqlx::query("DELETE FROM uploads WHERE id = ? AND application_id IS NULL AND consultation_id IS NULL")
            .bind(id)
            .execute(&self.pool)
            .await
            .doing("delete an upload")?;
        Ok(deleted.rows_affected() == 1)
    }
}
