//! The applicant's routes of applications: submitting one, pre-reviewed
//! against its form and its guide's materials, exactly once per
//! `Idempotency-Key`; the caller's applications (我的办件) and one with its
//! timeline; withdrawing one; handing in a correction; and the public lookup.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use banshi_api::ApiError;
use banshi_api::applications::{
    Application, ApplicationDetail, CorrectionRequest, LookupQuery, LookupResult, SubmitRequest,
};
use banshi_api::ids::ApplicationNumber;

use super::idempotency;
use crate::domain::applications::Applications;
use crate::domain::limits::{self, Subject};
use crate::error::AppError;
use crate::extract::{ApiBytes, ApiPath, ApiQuery, Caller, ClientAddress};
use crate::state::AppState;

/// The applications' rules over the server's store, clock, SMS and feeds.
pub(super) fn applications(state: &AppState) -> Applications<'_> {
    Applications {
        store: &*state.store,
        clock: &state.clock,
        sms: &state.sms,
        feed: &state.feed_changes,
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
    Ok(Json(applications(&state).list(session.user_id).await?))
}

/// One of the caller's applications with its timeline, deadline, open
/// correction notice, what was handed in and what the applicant may do now.
#[utoipa::path(get, path = "/applications/{number}", tag = "applications",
    security(("bearer" = [])),
    params(("number" = ApplicationNumber, Path, description = "办件编号")),
    responses(
        (status = 200, description = "The application", body = ApplicationDetail),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such application of the caller's (another's is not there for them)", body = ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(number): ApiPath<ApplicationNumber>,
) -> Result<Json<ApplicationDetail>, AppError> {
    Ok(Json(
        applications(&state)
            .detail(session.user_id, &number)
            .await?,
    ))
}

/// Withdraw one of the caller's applications (撤回), only before acceptance.
#[utoipa::path(post, path = "/applications/{number}/withdrawal", tag = "applications",
    security(("bearer" = [])),
    params(("number" = ApplicationNumber, Path, description = "办件编号")),
    responses(
        (status = 200, description = "Withdrawn", body = ApplicationDetail),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such application of the caller's", body = ApiError),
        (status = 409, description = "Its status does not allow a withdrawal (accepted already, or ended)", body = ApiError)))]
pub async fn withdraw(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(number): ApiPath<ApplicationNumber>,
) -> Result<Json<ApplicationDetail>, AppError> {
    Ok(Json(
        applications(&state)
            .withdraw(session.user_id, &number)
            .await?,
    ))
}

/// Hand in the correction the one-time notice asks for (补正): new answers and
/// whole materials for exactly the items it lists, pre-reviewed again. The
/// same key with the same body answers the first response again; with a
/// different body, 422. A refused correction releases its key.
#[utoipa::path(post, path = "/applications/{number}/corrections", tag = "applications",
    request_body = CorrectionRequest,
    security(("bearer" = [])),
    params(("number" = ApplicationNumber, Path, description = "办件编号"),
        ("Idempotency-Key" = String, Header, min_length = 8, pattern = r"^[!-~][\t -~]{6,98}[!-~]$", description = "A unique key per correction, reused for its retries (8 to 100 visible characters)")),
    responses(
        (status = 201, description = "Handed in; the application goes back to where it was", body = ApplicationDetail),
        (status = 400, description = "No key; an item not in the notice, one of its items missing, or pre-review found problems: `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such application of the caller's", body = ApiError),
        (status = 409, description = "It awaits no correction, the same correction is still being handled, or a page was removed or handed in meanwhile", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError),
        (status = 422, description = "The key was used with a different request", body = ApiError)))]
pub async fn correct(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(number): ApiPath<ApplicationNumber>,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, AppError> {
    let route = format!("POST /applications/{number}/corrections");
    idempotency::once(
        &state,
        session.user_id,
        &route,
        &headers,
        &body,
        |request: CorrectionRequest, key| {
            let applications = applications(&state);
            let number = number.clone();
            async move {
                applications
                    .correct(session.user_id, &number, request, key)
                    .await
            }
        },
    )
    .await
}

/// Look an application up without logging in (办件查询): by its number and
/// its applicant's name (a person's real name or an enterprise's registered
/// name), its status, steps and deadline, nothing personal. A number that does
/// not exist and a wrong name get the same answer.
#[utoipa::path(get, path = "/lookup", tag = "applications",
    params(LookupQuery),
    responses(
        (status = 200, description = "The application's progress", body = LookupResult),
        (status = 400, description = "The number is not an application number, or no name", body = ApiError),
        (status = 404, description = "No application with that number and name", body = ApiError),
        (status = 429, description = "Too many lookups from this client: wait `Retry-After` seconds", body = ApiError,
            headers(("Retry-After" = u32, description = "Seconds to wait")))))]
pub async fn lookup(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    ApiQuery(query): ApiQuery<LookupQuery>,
) -> Result<Json<LookupResult>, AppError> {
    limits::LOOKUPS_PER_CLIENT
        .hit(&*state.store, Subject::Client(client), state.clock.now())
        .await?;
    Ok(Json(applications(&state).lookup(&query).await?))
}
