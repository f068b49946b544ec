//! Queries of rate limits: one counter per limited key, whose window starts at
//! its first hit and starts again at the first hit after it ends. One upsert
//! counts and reads, so concurrent hits are each counted once.

use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::error::StoreError;
use crate::store::limits::{Hits, LimitStore};

#[async_trait]
impl LimitStore for SqliteStore {
    async fn hit(&self, key: &str, window: i64, now: i64) -> Result<Hits, StoreError> {
        let (count, window_started_at): (i64, i64) = sqlx::query_as(
            "INSERT INTO rate_limits (key, window_started_at, hits) VALUES (?1, ?2, 1)
             ON CONFLICT (key) DO UPDATE SET
                 hits = CASE WHEN window_started_at + ?3 <= ?2 THEN 1 ELSE hits + 1 END,
                 window_started_at =
                     CASE WHEN window_started_at + ?3 <= ?2 THEN ?2 ELSE window_started_at END
             RETURNING hits, window_started_at",
        )
        .bind(key)
        .bind(now)
        .bind(window)
        .fetch_one(&self.pool)
        .await
        .doing("count a rate-limited request")?;
        Ok(Hits {
            count,
            window_started_at,
        })
    }

    async fn unhit(&self, key: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE rate_limits SET hits = hits - 1 WHERE key = ? AND hits > 0")
            .bind(key)
            .execute(&self.pool)
            .await
            .doing("take back a rate-limited request")?;
        Ok(())
    }
}
