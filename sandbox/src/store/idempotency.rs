//! Idempotency keys: each caller's keys with the digest of the request they
//! came with and, once handled, the response to replay. A key is completed by
//! the very transaction that creates what it asked for (each store's operation
//! that creates takes the [`HeldKey`]), so a request cut off half-way leaves
//! either both or neither; a stale claim can be taken over by a retry.

use async_trait::async_trait;

use super::error::StoreError;

/// What claiming an idempotency key found.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    /// The key is new and now held for this request.
    New,
    /// The same request is still being handled.
    InFlight,
    /// The same request was handled: its response, to send again.
    Done { status: u16, response: String },
    /// The key came with a different request before.
    Mismatch,
}

/// A key claimed for a request, to be completed by the transaction that does
/// the request's work.
#[derive(Debug, Clone)]
pub struct HeldKey {
    pub user_id: i64,
    pub key: String,
}

/// Where idempotency keys are kept.
#[async_trait]
pub trait IdempotencyStore: Send + Sync {
    /// Claims `key` for a request with digest `request_hash`, atomically; a
    /// claim of the same request made before `stale_before` and never
    /// completed is taken over (its request died: had it created anything,
    /// the key would be completed).
    async fn claim_key(
        &self,
        user_id: i64,
        key: &str,
        request_hash: &str,
        now: i64,
        stale_before: i64,
    ) -> Result<Claim, StoreError>;

    /// Lets `key` go, after a request that was refused and changed nothing: the
    /// client may fix the request and send it again under the same key.
    async fn release_key(&self, user_id: i64, key: &str) -> Result<(), StoreError>;
}
