//! Exactly once per `Idempotency-Key` (the IETF draft), for the requests that
//! create something: the same key with the same request answers the first
//! response again; with another request (to any route), 422; while the first
//! is still being handled, 409. A refused request releases its key, so that
//! the fixed request can use it. The work completes the key in its own
//! transaction, and a claim left by a request that died before it created
//! anything is taken over by a retry after [`CLAIM_LEASE_SECONDS`], so a key
//! never answers 409 for ever.

use banshi_api::ErrorCode;

use crate::clock::Clock;
use crate::domain::credentials;
use crate::error::{AppError, refused};
use crate::store::idempotency::{Claim, HeldKey, IdempotencyStore};

/// How long a claimed key answers 409 to its retries before a retry may take
/// it over: far longer than any request takes to be handled.
pub const CLAIM_LEASE_SECONDS: i64 = 30;

/// The digest a request is known by under its key: its route and its body, so
/// that a key reused on another route is another request.
pub fn request_digest(route: &str, body: &[u8]) -> String {
    credentials::digest(&format!("{route}\n{}", String::from_utf8_lossy(body)))
}

/// What a claimed key lets the request do.
pub enum Claimed {
    /// Do the work, completing this key with what it creates.
    New(HeldKey),
    /// The same request was handled: answer its response again.
    Replay { status: u16, response: String },
}

/// Claims `key` of `user_id` for the request with digest `digest`; a 409
/// while the same request is in flight, a 422 for another request.
pub async fn claim(
    store: &dyn IdempotencyStore,
    clock: &Clock,
    user_id: i64,
    key: &str,
    digest: &str,
) -> Result<Claimed, AppError> {
    let now = clock.now();
    match store
        .claim_key(user_id, key, digest, now, now - CLAIM_LEASE_SECONDS)
        .await?
    {
        Claim::New => Ok(Claimed::New(HeldKey {
            user_id,
            key: key.to_owned(),
        })),
        Claim::InFlight => Err(refused(
            ErrorCode::Conflict,
            "同一个请求正在处理，请稍候查看结果",
        )),
        Claim::Done { status, response } => Ok(Claimed::Replay { status, response }),
        Claim::Mismatch => Err(refused(
            ErrorCode::KeyReused,
            "这个 Idempotency-Key 已用于另一个请求",
        )),
    }
}
