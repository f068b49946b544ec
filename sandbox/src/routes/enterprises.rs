//! `GET /enterprises/{uscc}`, its staff (`…/members`, `…/members/{member}`),
//! the audit of the staff (`…/audit`) and its matters as a table
//! (`…/applications`) or a CSV file (`…/applications.csv`): an enterprise's
//! workspace. Registering one stays with the accounts (`POST /enterprises`).
//!
//! The rules are [`crate::domain::enterprises`]'s; the request and response
//! types are `banshi_api::enterprises`'.

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use banshi_api::ApiError;
use banshi_api::enterprises::{
    AuditPage, EnterpriseProfile, MattersPage, MattersQuery, PageQuery, StaffChange,
    StaffInvitation, StaffMember,
};
use banshi_api::ids::MemberId;
use futures_util::StreamExt;

use crate::domain::enterprises::{self, Enterprises};
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::state::AppState;

fn enterprises(state: &AppState) -> Enterprises<'_> {
    Enterprises {
        store: &*state.store,
        clock: &state.clock,
    }
}

/// The enterprise as registered (name, legal representative, address,
/// business scope, e-licences), with the caller's place on its staff.
#[utoipa::path(get, path = "/enterprises/{uscc}", tag = "enterprises",
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code")),
    responses(
        (status = 200, description = "The enterprise", body = EnterpriseProfile),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller is not (or no longer) on its staff, or is suspended: `message` says which", body = ApiError),
        (status = 404, description = "No such enterprise", body = ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(uscc): ApiPath<String>,
) -> Result<Json<EnterpriseProfile>, AppError> {
    Ok(Json(
        enterprises(&state).profile(session.user_id, &uscc).await?,
    ))
}

/// The enterprise's staff, its legal representative first.
#[utoipa::path(get, path = "/enterprises/{uscc}/members", tag = "enterprises",
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code")),
    responses(
        (status = 200, description = "The staff", body = Vec<StaffMember>),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller is not (or no longer) on its staff, or is suspended", body = ApiError),
        (status = 404, description = "No such enterprise", body = ApiError)))]
pub async fn members(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(uscc): ApiPath<String>,
) -> Result<Json<Vec<StaffMember>>, AppError> {
    Ok(Json(
        enterprises(&state).members(session.user_id, &uscc).await?,
    ))
}

/// Add a registered person to the staff by their mobile number, in a role
/// (not the legal representative's) and, for a clerk, a scope. The legal
/// representative or an admin may; only the representative adds admins.
#[utoipa::path(post, path = "/enterprises/{uscc}/members", tag = "enterprises", request_body = StaffInvitation,
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code")),
    responses(
        (status = 201, description = "Added, with its audit event", body = StaffMember),
        (status = 400, description = "A wrong mobile number, the role `legal_representative`, or a wrong scope (an unknown item or hall, too many, a past or too distant last day): `fields` names each", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller does not manage the staff, or is not the representative adding an admin", body = ApiError),
        (status = 404, description = "No such enterprise, or no account with that mobile number (`fields` names `mobile`)", body = ApiError),
        (status = 409, description = "Already on the staff", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn invite(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(uscc): ApiPath<String>,
    ApiJson(invitation): ApiJson<StaffInvitation>,
) -> Result<(StatusCode, Json<StaffMember>), AppError> {
    let member = enterprises(&state)
        .invite(session.user_id, &uscc, &invitation)
        .await?;
    Ok((StatusCode::CREATED, Json(member)))
}

/// Change a member's role, scope or state (suspend, resume); absent parts
/// stay. Each part changed is an audit event.
#[utoipa::path(patch, path = "/enterprises/{uscc}/members/{member}", tag = "enterprises", request_body = StaffChange,
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code"),
        ("member" = MemberId, Path, description = "The member's id")),
    responses(
        (status = 200, description = "The member as now", body = StaffMember),
        (status = 400, description = "The role `legal_representative`, a wrong scope, or a malformed member id: `fields` names each", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller does not manage the staff, only the representative changes an admin, or the member is the legal representative", body = ApiError),
        (status = 404, description = "No such enterprise or member", body = ApiError),
        (status = 409, description = "The member was changed meanwhile", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn change(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath((uscc, member)): ApiPath<(String, MemberId)>,
    ApiJson(change): ApiJson<StaffChange>,
) -> Result<Json<StaffMember>, AppError> {
    Ok(Json(
        enterprises(&state)
            .change(session.user_id, &uscc, &member, &change)
            .await?,
    ))
}

/// Remove a member from the staff; their drafts for the enterprise pass to
/// its legal representative, and their next act for it is refused.
#[utoipa::path(delete, path = "/enterprises/{uscc}/members/{member}", tag = "enterprises",
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code"),
        ("member" = MemberId, Path, description = "The member's id")),
    responses(
        (status = 204, description = "Removed, with its audit event"),
        (status = 400, description = "A malformed member id", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller does not manage the staff, only the representative removes an admin, or the member is the legal representative", body = ApiError),
        (status = 404, description = "No such enterprise or member", body = ApiError),
        (status = 409, description = "The member was changed meanwhile", body = ApiError)))]
pub async fn remove(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath((uscc, member)): ApiPath<(String, MemberId)>,
) -> Result<StatusCode, AppError> {
    enterprises(&state)
        .remove(session.user_id, &uscc, &member)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Every change to the staff (who, when, what), the newest first.
#[utoipa::path(get, path = "/enterprises/{uscc}/audit", tag = "enterprises",
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code"), PageQuery),
    responses(
        (status = 200, description = "A page of the audit", body = AuditPage),
        (status = 400, description = "A bad cursor or a limit out of 1–200: `fields` names it", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller is not (or no longer) on its staff, or is suspended", body = ApiError),
        (status = 404, description = "No such enterprise", body = ApiError)))]
pub async fn audit(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(uscc): ApiPath<String>,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<AuditPage>, AppError> {
    Ok(Json(
        enterprises(&state)
            .audit(session.user_id, &uscc, &query)
            .await?,
    ))
}

/// The enterprise's matters, filtered, sorted and a page at a time, with
/// how many match in all.
#[utoipa::path(get, path = "/enterprises/{uscc}/applications", tag = "enterprises",
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code"), MattersQuery),
    responses(
        (status = 200, description = "A page of matters", body = MattersPage),
        (status = 400, description = "A malformed filter (a date, a state, an item or hall code, a member id), an unknown sort, a bad cursor or one of another sort, a limit out of 1–200: `fields` names it", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller is not (or no longer) on its staff, or is suspended", body = ApiError),
        (status = 404, description = "No such enterprise", body = ApiError)))]
pub async fn matters(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(uscc): ApiPath<String>,
    ApiQuery(query): ApiQuery<MattersQuery>,
) -> Result<Json<MattersPage>, AppError> {
    Ok(Json(
        enterprises(&state)
            .matters(session.user_id, &uscc, &query)
            .await?,
    ))
}

/// Every matter the filters match, in the sort's order, as a CSV file
/// (UTF-8 with a byte-order mark) streamed as it is read.
#[utoipa::path(get, path = "/enterprises/{uscc}/applications.csv", tag = "enterprises",
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code"), MattersQuery),
    responses(
        (status = 200, description = "The matters as CSV, the header row first", content_type = "text/csv"),
        (status = 400, description = "A malformed filter or an unknown sort; `cursor` and `limit` do not apply: `fields` names it", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller is not (or no longer) on its staff, or is suspended", body = ApiError),
        (status = 404, description = "No such enterprise", body = ApiError)))]
pub async fn matters_csv(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(uscc): ApiPath<String>,
    ApiQuery(query): ApiQuery<MattersQuery>,
) -> Result<Response, AppError> {
    let uscc = enterprises(&state)
        .may_export(session.user_id, &uscc, &query)
        .await?;
    let filename = format!("{uscc}-办件-{}.csv", state.clock.today());
    let encoded: String = form_urlencoded::byte_serialize(filename.as_bytes()).collect();
    let rows = enterprises::csv(state.store.clone(), state.clock, uscc, query).map(|chunk| {
        chunk
            .map(axum::body::Bytes::from)
            .map_err(|error| std::io::Error::other(error.to_string()))
    });
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename*=UTF-8''{encoded}"),
            ),
        ],
        Body::from_stream(rows),
    )
        .into_response())
}
