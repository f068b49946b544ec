//! Exactly once per `Idempotency-Key` (the IETF draft), for the requests that
//! create something (`POST /applications`, `POST /bookings`): the same key with
//! the same request answers the first response again; with another request (to
//! any route), 422; while the first is still being handled, 409. A refused
//! request releases its key, so that the fixed request can use it. The work
//! completes the key in its own transaction, and a claim left by a request
//! that died before it created anything is taken over by a retry after
//! [`CLAIM_LEASE_SECONDS`], so a key never answers 409 for ever.

use std::future::Future;

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use banshi_api::{ApiError, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::AppState;
use crate::credentials;
use crate::db::{Claim, HeldKey};
use crate::error::{AppError, refused};
use crate::extract::parse_json;

/// How long a claimed key answers 409 to its retries before a retry may take
/// it over: far longer than any request takes to be handled.
pub const CLAIM_LEASE_SECONDS: i64 = 30;

/// The header that makes a request safe to retry.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// The digest a request is known by under its key: its route and its body, so
/// that a key reused on another route is another request.
pub fn request_digest(route: &str, body: &[u8]) -> String {
    credentials::digest(&format!("{route}\n{}", String::from_utf8_lossy(body)))
}

/// Handles the JSON `body` sent to `route` (e.g. `POST /bookings`) by
/// `user_id` with `create`, once per key: answers 201 with what was created,
/// and a retry with that same answer. `create` completes the key it is given
/// in the transaction that stores what it creates.
pub async fn once<R, T, Fut>(
    state: &AppState,
    user_id: i64,
    route: &str,
    headers: &HeaderMap,
    body: &[u8],
    create: impl FnOnce(R, HeldKey) -> Fut,
) -> Result<Response, AppError>
where
    R: DeserializeOwned,
    T: Serialize,
    Fut: Future<Output = Result<T, AppError>>,
{
    let key = headers
        .get(IDEMPOTENCY_KEY)
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|key| (8..=100).contains(&key.len()))
        .ok_or_else(|| {
            ApiError::bad_request("缺少 Idempotency-Key 请求头（8 至 100 个字符）", Vec::new())
        })?
        .to_owned();
    let request: R = parse_json(body)?;
    let digest = request_digest(route, body);
    match state
        .db
        .claim_key(
            user_id,
            &key,
            &digest,
            state.clock.now(),
            state.clock.now() - CLAIM_LEASE_SECONDS,
        )
        .await?
    {
        Claim::New => {}
        Claim::InFlight => {
            return Err(refused(
                ErrorCode::Conflict,
                "同一个请求正在处理，请稍候查看结果",
            ));
        }
        Claim::Done { status, response } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
            return Ok(json(status, response));
        }
        Claim::Mismatch => {
            return Err(refused(
                ErrorCode::KeyReused,
                "这个 Idempotency-Key 已用于另一个请求",
            ));
        }
    }
    let held = HeldKey {
        user_id,
        key: key.clone(),
    };
    match create(request, held).await {
        Ok(created) => {
            let response = serde_json::to_string(&created)
                .map_err(|_| AppError::Fault("encode what a request created"))?;
            Ok(json(StatusCode::CREATED, response))
        }
        Err(error) => {
            state.db.release_key(user_id, &key).await?;
            Err(error)
        }
    }
}

fn json(status: StatusCode, body: String) -> Response {
    (status, [("content-type", "application/json")], body).into_response()
}
