//! Queries of uploads: their declared length and the offset received so far,
//! each owned by the user who created it, and once handed in with an
//! application, linked to it for good.

use super::{Database, DbError, QueryContext};

/// An upload as far as it has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadState {
    pub length: i64,
    pub offset: i64,
    /// Handed in with an application: it can be neither removed nor used again.
    pub linked: bool,
}

impl Database {
    pub async fn create_upload(
        &self,
        id: &str,
        user_id: i64,
        length: i64,
        now: i64,
    ) -> Result<(), DbError> {
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

    /// The upload `id` of `user_id`; another user's upload is not there for them.
    pub async fn upload(&self, id: &str, user_id: i64) -> Result<Option<UploadState>, DbError> {
        let row: Option<(i64, i64, bool)> = sqlx::query_as(
            "SELECT length, offset, application_id IS NOT NULL FROM uploads
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

    /// Starts writing a chunk of upload `id` at `offset`, unless the upload
    /// has moved past it or another chunk is being written (until its lease
    /// of `lease` seconds ends, should its writer have died); whether it did.
    /// One conditional update, so of two chunks sent at once one writes.
    pub async fn start_writing(
        &self,
        id: &str,
        offset: i64,
        now: i64,
        lease: i64,
    ) -> Result<bool, DbError> {
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

    /// Ends the writing of upload `id` started at `offset`: the offset moves to
    /// `new_offset` (the same offset when the chunk was not kept).
    pub async fn stop_writing(
        &self,
        id: &str,
        offset: i64,
        new_offset: i64,
    ) -> Result<(), DbError> {
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

    /// The uploads started before `before` (Unix seconds) and never handed in.
    pub async fn unclaimed_uploads(&self, before: i64) -> Result<Vec<String>, DbError> {
        sqlx::query_scalar(
            "SELECT id FROM uploads WHERE application_id IS NULL AND created_at < ? ORDER BY id",
        )
        .bind(before)
        .fetch_all(&self.pool)
        .await
        .doing("list the uploads never handed in")
    }

    /// Deletes an upload unless it was handed in with an application; whether it did.
    pub async fn delete_upload(&self, id: &str) -> Result<bool, DbError> {
        let deleted = sqlx::query("DELETE FROM uploads WHERE id = ? AND application_id IS NULL")
            .bind(id)
            .execute(&self.pool)
            .await
            .doing("delete an upload")?;
        Ok(deleted.rows_affected() == 1)
    }
}
