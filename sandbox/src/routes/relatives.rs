//! 亲友代办: `GET /me/relatives` and `POST /me/relatives` (authorize a
//! relative), `POST /me/relatives/{id}/confirmation` (the relative confirms)
//! and `DELETE /me/relatives/{id}` (either side ends it).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use banshi_api::ApiError;
use banshi_api::ids::AuthorityId;
use banshi_api::relatives::{RelativeAuthority, RelativeInvitation};

use crate::domain::relatives::Relatives;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::state::AppState;

/// The relatives' rules over the server's store, clock and SMS gateway.
fn relatives(state: &AppState) -> Relatives<'_> {
    Relatives {
        store: &*state.store,
        clock: &state.clock,
        sms: &state.sms,
    }
}

/// Every authority the caller gave a relative or was given by someone, the
/// newest first; a relative of an active one also gets the person's data
/// that fills their forms.
#[utoipa::path(get, path = "/me/relatives", tag = "relatives",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's authorities, either side", body = Vec<RelativeAuthority>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<RelativeAuthority>>, AppError> {
    Ok(Json(relatives(&state).list(session.user_id).await?))
}

/// Authorize a registered relative, found by mobile, to handle the items
/// named (or all) until a day; the relative is texted to confirm.
#[utoipa::path(post, path = "/me/relatives", tag = "relatives",
    request_body = RelativeInvitation,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Given, waiting for the relative to confirm", body = RelativeAuthority),
        (status = 400, description = "A malformed mobile number or the caller's own, no last day, a last day before today or more than five years ahead, halls named, more than 50 items, an item named twice or not in the catalog: `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No account has that mobile number", body = ApiError),
        (status = 409, description = "The caller has an open authority for that relative already", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn give(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiJson(invitation): ApiJson<RelativeInvitation>,
) -> Result<(StatusCode, Json<RelativeAuthority>), AppError> {
    let given = relatives(&state).give(session.user_id, invitation).await?;
    Ok((StatusCode::CREATED, Json(given)))
}

/// Confirm an authority given to the caller: from now on the caller may act
/// for the person within it.
#[utoipa::path(post, path = "/me/relatives/{id}/confirmation", tag = "relatives",
    security(("bearer" = [])),
    params(("id" = AuthorityId, Path, description = "The authority's id")),
    responses(
        (status = 200, description = "Confirmed", body = RelativeAuthority),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such authority given to the caller, or not an authority id", body = ApiError),
        (status = 409, description = "Confirmed already, ended, or past its last day", body = ApiError)))]
pub async fn confirm(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<AuthorityId>,
) -> Result<Json<RelativeAuthority>, AppError> {
    Ok(Json(relatives(&state).confirm(session.user_id, &id).await?))
}

/// End an authority the caller gave (withdraw) or was given (decline, give
/// up); ending one that has ended already changes nothing.
#[utoipa::path(delete, path = "/me/relatives/{id}", tag = "relatives",
    security(("bearer" = [])),
    params(("id" = AuthorityId, Path, description = "The authority's id")),
    responses(
        (status = 204, description = "Ended"),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such authority of the caller's, either side, or not an authority id", body = ApiError)))]
pub async fn withdraw(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<AuthorityId>,
) -> Result<StatusCode, AppError> {
    relatives(&state).withdraw(session.user_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
