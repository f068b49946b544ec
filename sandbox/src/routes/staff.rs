//! The hall's side of applications: `POST /staff/applications/{number}/actions`
//! (accept, ask for a correction, review, suspend, resume, approve, refuse,
//! complete) and `GET /staff/applications` (what waits, the soonest due
//! first), for the staff of the hall that handles each item only.

use axum::Json;
use axum::extract::State;
use banshi_api::ApiError;
use banshi_api::applications::{
    ApplicationDetail, StaffActionRequest, StaffApplication, StaffApplicationsQuery,
};
use banshi_api::ids::ApplicationNumber;

use super::applications::applications;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Staff};
use crate::state::AppState;

/// Act on an application of the staff's hall, checked against the state
/// machine. Refusing needs a reason and its legal basis (不予受理 before
/// acceptance, 不予许可 after review), suspending a reason, and asking for a
/// correction every problem at once. Completing an approved application whose
/// result is a licence files it among the applicant's e-licences. The
/// applicant is notified (and, for a correction, a refusal or a result, texted).
#[utoipa::path(post, path = "/staff/applications/{number}/actions", tag = "staff",
    request_body = StaffActionRequest,
    security(("bearer" = [])),
    params(("number" = ApplicationNumber, Path, description = "办件编号")),
    responses(
        (status = 200, description = "Done; the application as it is now", body = ApplicationDetail),
        (status = 400, description = "An applicant's action, or a reason, legal basis, correction item or window missing or wrong: `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not hall staff, or staff of another hall than the one handling the item", body = ApiError),
        (status = 404, description = "No such application", body = ApiError),
        (status = 409, description = "Its status does not allow the action (the reason says why), or another action came first", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(number): ApiPath<ApplicationNumber>,
    ApiJson(request): ApiJson<StaffActionRequest>,
) -> Result<Json<ApplicationDetail>, AppError> {
    Ok(Json(
        applications(&state)
            .act(staff.session.user_id, &staff.hall, &number, request)
            .await?,
    ))
}

/// The staff's hall's applications: every unfinished one, or those in
/// `state`; only those due by `due_before` if given. The soonest due first,
/// then those not yet accepted, the oldest first.
#[utoipa::path(get, path = "/staff/applications", tag = "staff",
    security(("bearer" = [])),
    params(StaffApplicationsQuery),
    responses(
        (status = 200, description = "The applications", body = Vec<StaffApplication>),
        (status = 400, description = "An unknown state or a date that is not one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not hall staff", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    ApiQuery(query): ApiQuery<StaffApplicationsQuery>,
) -> Result<Json<Vec<StaffApplication>>, AppError> {
    Ok(Json(
        applications(&state).of_hall(&staff.hall, &query).await?,
    ))
}
