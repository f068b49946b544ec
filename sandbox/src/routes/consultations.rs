//! 咨询投诉: `POST /consultations` (exactly once per `Idempotency-Key`),
//! `GET /consultations`, `GET /consultations/{id}` with the thread; the
//! hall's side `GET /staff/consultations` and
//! `POST /staff/consultations/{id}/replies`.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use banshi_api::ApiError;
use banshi_api::consultations::{
    Consultation, NewConsultation, StaffConsultationsQuery, StaffReply,
};

use super::idempotency;
use crate::domain::consultations::{Consultations, consultation_id};
use crate::error::AppError;
use crate::extract::{ApiBytes, ApiJson, ApiPath, ApiQuery, Caller, Staff};
use crate::state::AppState;

/// The consultations' rules over the server's store, clock and feed.
fn consultations(state: &AppState) -> Consultations<'_> {
    Consultations {
        store: &*state.store,
        clock: &state.clock,
        feed: &state.feed_changes,
    }
}

/// Ask a question or make a complaint about an item (its hall answers), one
/// of the caller's applications (its hall) or a hall, with up to 4 photos
/// (finished uploads of the caller's). The answer is promised within 5
/// working days for a question, 15 for a complaint. The same key with the
/// same body answers the first one again; with another body, 422.
#[utoipa::path(post, path = "/consultations", tag = "consultations", request_body = NewConsultation,
    security(("bearer" = [])),
    params(("Idempotency-Key" = String, Header, min_length = 8, pattern = r"^[!-~][\t -~]{6,98}[!-~]$", description = "A unique key per question or complaint, reused for its retries (8 to 100 visible characters)")),
    responses(
        (status = 201, description = "Asked, with the promised answer date", body = Consultation),
        (status = 400, description = "No key; the text is blank, not 5–1000 characters or holds a character the hall refuses; more than 4 photos, or one not a finished upload of the caller's, handed in before or given twice: `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such item or hall, or the caller has no such application", body = ApiError),
        (status = 409, description = "A photo was removed or handed in elsewhere meanwhile, or the same request is still being handled", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError),
        (status = 422, description = "The key was used with a different request", body = ApiError)))]
pub async fn ask(
    State(state): State<AppState>,
    Caller(session): Caller,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, AppError> {
    idempotency::once(
        &state,
        session.user_id,
        "POST /consultations",
        &headers,
        &body,
        |request, key| {
            let consultations = consultations(&state);
            async move { consultations.ask(session.user_id, request, key).await }
        },
    )
    .await
}

/// The caller's questions and complaints, the newest first.
#[utoipa::path(get, path = "/consultations", tag = "consultations",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's questions and complaints", body = Vec<Consultation>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<Consultation>>, AppError> {
    Ok(Json(consultations(&state).mine(session.user_id).await?))
}

/// A question or complaint with its thread, for its asker or the staff of
/// the hall that answers it.
#[utoipa::path(get, path = "/consultations/{id}", tag = "consultations",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The consultation's id")),
    responses(
        (status = 200, description = "The consultation with its thread", body = Consultation),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such consultation the caller may see", body = ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Consultation>, AppError> {
    Ok(Json(
        consultations(&state)
            .one(session.user_id, &consultation_id(&id)?)
            .await?,
    ))
}

/// What the staff's hall is asked (only those not answered with
/// `open=true`), the soonest due first.
#[utoipa::path(get, path = "/staff/consultations", tag = "staff",
    security(("bearer" = [])),
    params(StaffConsultationsQuery),
    responses(
        (status = 200, description = "The hall's questions and complaints", body = Vec<Consultation>),
        (status = 400, description = "`open` is not a boolean", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not hall staff", body = ApiError)))]
pub async fn of_hall(
    State(state): State<AppState>,
    staff: Staff,
    ApiQuery(query): ApiQuery<StaffConsultationsQuery>,
) -> Result<Json<Vec<Consultation>>, AppError> {
    Ok(Json(
        consultations(&state)
            .of_hall(&staff.hall, query.open)
            .await?,
    ))
}

/// Reply to a question or complaint the staff's hall answers. The first
/// reply keeps the promise (the deadline stops); every reply joins the
/// thread (two sent at once are both kept) and notifies the asker.
#[utoipa::path(post, path = "/staff/consultations/{id}/replies", tag = "staff",
    request_body = StaffReply,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The consultation's id")),
    responses(
        (status = 200, description = "Replied; the consultation with its thread", body = Consultation),
        (status = 400, description = "The reply is blank, not 5–1000 characters or holds a character the hall refuses; `fields` names it", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not hall staff, or staff of another hall than the one that answers", body = ApiError),
        (status = 404, description = "No such consultation", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn reply(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(id): ApiPath<String>,
    ApiJson(request): ApiJson<StaffReply>,
) -> Result<Json<Consultation>, AppError> {
    Ok(Json(
        consultations(&state)
            .reply(
                staff.session.user_id,
                &staff.hall,
                &consultation_id(&id)?,
                request,
            )
            .await?,
    ))
}
