//! Queries of idempotency keys: each caller's keys with the digest of the request
//! they came with and, once handled, the response to replay, so that a retried
//! request that creates something is harmless. A key is completed by the very
//! transaction that creates what it asked for ([`HeldKey::complete`]), so a
//! request cut off half-way leaves either both or neither; and a claim whose
//! request died before creating anything can be taken over by a retry once it
//! is stale, so no key answers 409 for ever.

use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::error::StoreError;
use crate::store::idempotency::{Claim, HeldKey, IdempotencyStore};

#[async_trait]
impl IdempotencyStore for SqliteStore {
    async fn claim_key(
        &self,
        user_id: i64,
        key: &str,
        request_hash: &str,
        now: i64,
        stale_before: i64,
    ) -> Result<Claim, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO idempotency_keys (user_id, key, request_hash, created_at)
             VALUES (?, ?, ?, ?) ON CONFLICT (user_id, key) DO NOTHING",
        )
        .bind(user_id)
        .bind(key)
        .bind(request_hash)
        .bind(now)
        .execute(&self.pool)
        .await
        .doing("claim an idempotency key")?;
        if inserted.rows_affected() == 1 {
            return Ok(Claim::New);
        }
        let taken_over = sqlx::query(
            "UPDATE idempotency_keys SET created_at = ?
             WHERE user_id = ? AND key = ? AND request_hash = ? AND status IS NULL
               AND created_at < ?",
        )
        .bind(now)
        .bind(user_id)
        .bind(key)
        .bind(request_hash)
        .bind(stale_before)
        .execute(&self.pool)
        .await
        .doing("take over a stale idempotency key")?;
        if taken_over.rows_affected() == 1 {
            return Ok(Claim::New);
        }
        let (hash, status, response): (String, Option<i64>, Option<String>) = sqlx::query_as(
            "SELECT request_hash, status, response FROM idempotency_keys WHERE user_id = ? AND key = ?",
        )
        .bind(user_id)
        .bind(key)
        .fetch_one(&self.pool)
        .await
        .doing("read an idempotency key")?;
        Ok(match (hash == request_hash, status, response) {
            (false, _, _) => Claim::Mismatch,
            (true, Some(status), Some(response)) => Claim::Done {
                status: u16::try_from(status).unwrap_or(500),
                response,
            },
            (true, _, _) => Claim::InFlight,
        })
    }

    async fn release_key(&self, user_id: i64, key: &str) -> Result<(), StoreError> {
        sqlx::query(
            "DELETE FROM idempotency_keys WHERE user_id = ? AND key = ? AND status IS NULL",
        )
        .bind(user_id)
        .bind(key)
        .execute(&self.pool)
        .await
        .doing("release an idempotency key")?;
        Ok(())
    }
}

impl HeldKey {
    /// Records `created` as the 201 to replay for this key, inside `tx`.
    pub(super) async fn complete(
        &self,
        tx: &mut sqlx::SqliteConnection,
        created: &impl serde::Serialize,
    ) -> Result<(), StoreError> {
        let response = serde_json::to_string(created).map_err(|source| StoreError::Encode {
            what: "an idempotent response".to_owned(),
            source,
        })?;
        sqlx::query(
            "UPDATE idempotency_keys SET status = 201, response = ? WHERE user_id = ? AND key = ?",
        )
        .bind(response)
        .bind(self.user_id)
        .bind(&self.key)
        .execute(&mut *tx)
        .await
        .doing("record an idempotent response")?;
        Ok(())
    }
}
