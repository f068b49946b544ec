//! The `Idempotency-Key` header of the requests that create something
//! (`POST /applications`, `POST /bookings`): read here, its rules are
//! [`crate::domain::idempotency`]'s.

use std::future::Future;

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use banshi_api::ApiError;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::idempotency::{self, Claimed};
use crate::error::AppError;
use crate::extract::parse_json;
use crate::state::AppState;
use crate::store::HeldKey;

/// The header that makes a request safe to retry.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

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
    let digest = idempotency::request_digest(route, body);
    let held = match idempotency::claim(&*state.store, &state.clock, user_id, &key, &digest).await?
    {
        Claimed::New(held) => held,
        Claimed::Replay { status, response } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
            return Ok(json(status, response));
        }
    };
    match create(request, held).await {
        Ok(created) => {
            let response = serde_json::to_string(&created)
                .map_err(|_| AppError::Fault("encode what a request created"))?;
            Ok(json(StatusCode::CREATED, response))
        }
        Err(error) => {
            state.store.release_key(user_id, &key).await?;
            Err(error)
        }
    }
}

fn json(status: StatusCode, body: String) -> Response {
    (status, [("content-type", "application/json")], body).into_response()
}
