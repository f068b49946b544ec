//! `POST /applications` and `GET /applications`: submitting an application,
//! pre-reviewed against its form and its guide's materials, exactly once per
//! `Idempotency-Key`; and the caller's applications (我的办件).

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use banshi_api::ApiError;
use banshi_api::applications::{Application, SubmitRequest};

use super::idempotency;
use crate::domain::applications::Applications;
use crate::error::AppError;
use crate::extract::{ApiBytes, Caller};
use crate::state::AppState;

/// The applications' rules over the server's store and clock.
fn applications(state: &AppState) -> Applications<'_> {
    Applications {
        store: &*state.store,
        clock: &state.clock,
    }
}

/// Submit an application with its materials: the pages uploaded before (which
/// then belong to it) or the e-licences on file. The same key with the same
/// body answers the first response again; with a different body, 422; while
/// the first is still being handled, 409. A refused submission (400, 403, 404,
/// 409) releases its key.
#[utoipa::path(post, path = "/applications", tag = "applications", request_body = SubmitRequest,
    security(("bearer" = [])),
    params(("Idempotency-Key" = String, Header, min_length = 8, pattern = r"^[!-~][\t -~]{6,98}[!-~]$", description = "A unique key per submission, reused for its retries (8 to 100 visible characters)")),
    responses(
        (status = 201, description = "Submitted; pre-review passed", body = Application),
        (status = 400, description = "No key, or pre-review found problems with the answers or the materials (`materials.{index}`): `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller may not act for that enterprise", body = ApiError),
        (status = 404, description = "No such item, or it cannot be applied for online", body = ApiError),
        (status = 409, description = "The same submission is still being handled, or a page of its materials was removed or handed in meanwhile", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError),
        (status = 422, description = "The key was used with a different request", body = ApiError)))]
pub async fn submit(
    State(state): State<AppState>,
    Caller(session): Caller,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, AppError> {
    idempotency::once(
        &state,
        session.user_id,
        "POST /applications",
        &headers,
        &body,
        |request, key| {
            let applications = applications(&state);
            async move { applications.accept(session.user_id, request, key).await }
        },
    )
    .await
}

/// The caller's applications, the newest first.
#[utoipa::path(get, path = "/applications", tag = "applications",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's applications", body = Vec<Application>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<Application>>, AppError> {
    Ok(Json(state.store.applications_of(session.user_id).await?))
}
