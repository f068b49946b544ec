//! `PUT /drafts/{id}`, `GET /drafts`, `DELETE /drafts/{id}`: the caller's
//! drafts, kept by the hall so that an application started on one device can be
//! continued on another. The newest change wins: a draft is replaced only by a
//! change with a greater `updated_at`, and every `PUT` is answered with the
//! draft the hall keeps, so a device learns when another device's change won.
//! A deletion is a change too: a draft sent with a change older than its
//! deletion is refused with 410, so a device that had not heard of it lets
//! it go.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use banshi_api::ApiError;
use banshi_api::applications::{Draft, DraftDeletion};

use crate::domain::drafts;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::state::AppState;

/// The largest draft kept: 2 MB of JSON (the files of its pages are uploaded apart).
pub const MAX_DRAFT_BYTES: usize = 2 * 1024 * 1024;

/// Keep a draft of the caller's, unless the hall keeps a newer change of it
/// (a greater `updated_at`) from another device; either way, answer the draft
/// the hall keeps.
#[utoipa::path(put, path = "/drafts/{id}", tag = "drafts", request_body = Draft,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The draft's id, the same as in the body")),
    responses(
        (status = 200, description = "The draft the hall keeps now: the one sent, or a newer change made on another device", body = Draft),
        (status = 400, description = "The body is not a draft, or its `id` is not the path's: `fields` names the field", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "A draft for an enterprise (`acting_as`) the caller may not act for, or not for its item: `message` says why", body = ApiError),
        (status = 404, description = "A draft for an enterprise names an item not in the catalog", body = ApiError),
        (status = 410, description = "The draft was deleted (or submitted) after this change of it: let it go", body = ApiError),
        (status = 413, description = "The draft is over 2 MB", body = ApiError)))]
pub async fn save(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    ApiJson(draft): ApiJson<Draft>,
) -> Result<Json<Draft>, AppError> {
    Ok(Json(
        drafts::save(&*state.store, &state.clock, session.user_id, &id, draft).await?,
    ))
}

/// The caller's drafts, the newest change first.
#[utoipa::path(get, path = "/drafts", tag = "drafts",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's drafts", body = Vec<Draft>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<Draft>>, AppError> {
    Ok(Json(state.store.drafts_of(session.user_id).await?))
}

/// Discard a draft of the caller's, deleted at `deleted_at`, and remember the
/// deletion. Discarding one the hall does not keep is answered the same.
#[utoipa::path(delete, path = "/drafts/{id}", tag = "drafts",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The draft's id"), DraftDeletion),
    responses(
        (status = 204, description = "The hall keeps no such draft of the caller's"),
        (status = 400, description = "`deleted_at` is not a number", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn discard(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    ApiQuery(deletion): ApiQuery<DraftDeletion>,
) -> Result<StatusCode, AppError> {
    state
        .store
        .discard_draft(session.user_id, &id, deletion.deleted_at)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
