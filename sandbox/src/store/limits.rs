//! Rate-limit counters: one per limited key, whose window starts at its
//! first hit; one atomic operation counts and reads, so concurrent hits are each
//! counted once.

use async_trait::async_trait;

use super::error::StoreError;

/// A key's counter after a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hits {
    /// Hits in the current window, this one included.
    pub count: i64,
    /// When the current window began (Unix seconds).
    pub window_started_at: i64,
}

/// Where rate limits are kept.
#[async_trait]
pub trait LimitStore: Send + Sync {
    /// Counts a hit on `key` at `now` in windows of `window` seconds.
    async fn hit(&self, key: &str, window: i64, now: i64) -> Result<Hits, StoreError>;

    /// Takes back one hit on `key`.
    async fn unhit(&self, key: &str) -> Result<(), StoreError>;
}
