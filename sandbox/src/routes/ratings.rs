//! 好差评: `POST /applications/{number}/evaluation` and
//! `POST /bookings/{id}/evaluation` (once per matter), `GET /ratings`,
//! `GET /ratings/{id}`, `POST /ratings/{id}/reply-rating`; the hall's side
//! `GET /staff/ratings` and `POST /staff/ratings/{id}/reply`; and the
//! public figures `GET /halls/{hall}/ratings`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use banshi_api::ApiError;
use banshi_api::ids::ApplicationNumber;
use banshi_api::ratings::{
    HallRatings, NewRating, Rating, ReplyRating, StaffRatingReply, StaffRatingsQuery,
};

use crate::domain::bookings::booking_id;
use crate::domain::ratings::{Ratings, rating_id};
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller, Staff};
use crate::state::AppState;

/// The ratings' rules over the server's store, clock and feed.
pub fn ratings(state: &AppState) -> Ratings<'_> {
    Ratings {
        store: &*state.store,
        clock: &state.clock,
        feed: &state.feed_changes,
    }
}

/// Rate one of the caller's applications once it is completed or refused
/// (不予受理, 不予许可), once. A bad score (2 or 1) needs a reason and opens
/// a case the hall must answer within 15 working days.
#[utoipa::path(post, path = "/applications/{number}/evaluation", tag = "ratings",
    request_body = NewRating,
    security(("bearer" = [])),
    params(("number" = ApplicationNumber, Path, description = "办件编号")),
    responses(
        (status = 201, description = "Rated", body = Rating),
        (status = 400, description = "A score out of 1–5, a dimension not of applications or given twice, a comment over 500 characters, a bad score without a reason of 5–500 characters, or a character the hall refuses: `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "The caller has no such application", body = ApiError),
        (status = 409, description = "The application has not ended with a result yet, or it is rated already", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn rate_application(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(number): ApiPath<ApplicationNumber>,
    ApiJson(request): ApiJson<NewRating>,
) -> Result<(StatusCode, Json<Rating>), AppError> {
    let rating = ratings(&state)
        .rate_application(session.user_id, &number, request)
        .await?;
    Ok((StatusCode::CREATED, Json(rating)))
}

/// Rate one of the caller's visits to the hall once checked in, once.
#[utoipa::path(post, path = "/bookings/{id}/evaluation", tag = "ratings",
    request_body = NewRating,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 201, description = "Rated", body = Rating),
        (status = 400, description = "A score out of 1–5, a dimension not of visits or given twice, a comment over 500 characters, a bad score without a reason of 5–500 characters, or a character the hall refuses: `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "The caller has no such booking", body = ApiError),
        (status = 409, description = "The booking is not checked in, or the visit is rated already", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn rate_visit(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    ApiJson(request): ApiJson<NewRating>,
) -> Result<(StatusCode, Json<Rating>), AppError> {
    let rating = ratings(&state)
        .rate_visit(session.user_id, &booking_id(&id)?, request)
        .await?;
    Ok((StatusCode::CREATED, Json(rating)))
}

/// The caller's ratings, the newest first.
#[utoipa::path(get, path = "/ratings", tag = "ratings",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's ratings", body = Vec<Rating>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<Rating>>, AppError> {
    Ok(Json(ratings(&state).mine(session.user_id).await?))
}

/// A rating, for the person who gave it or the staff of the hall rated.
#[utoipa::path(get, path = "/ratings/{id}", tag = "ratings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The rating's id")),
    responses(
        (status = 200, description = "The rating with its case", body = Rating),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such rating the caller may see", body = ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Rating>, AppError> {
    Ok(Json(
        ratings(&state)
            .one(session.user_id, &rating_id(&id)?)
            .await?,
    ))
}

/// Rate the hall's answer to one's bad rating, once it has answered; once.
#[utoipa::path(post, path = "/ratings/{id}/reply-rating", tag = "ratings",
    request_body = ReplyRating,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The rating's id")),
    responses(
        (status = 200, description = "The rating with the reply's score", body = Rating),
        (status = 400, description = "A score out of 1–5", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "The caller gave no such rating", body = ApiError),
        (status = 409, description = "Not a bad rating, not answered yet, or its answer is rated already", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn rate_reply(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    ApiJson(request): ApiJson<ReplyRating>,
) -> Result<Json<Rating>, AppError> {
    Ok(Json(
        ratings(&state)
            .rate_reply(session.user_id, &rating_id(&id)?, request)
            .await?,
    ))
}

/// The bad ratings of the staff's hall (only those not answered with
/// `open=true`), the oldest (the soonest due) first.
#[utoipa::path(get, path = "/staff/ratings", tag = "staff",
    security(("bearer" = [])),
    params(StaffRatingsQuery),
    responses(
        (status = 200, description = "The hall's bad ratings", body = Vec<Rating>),
        (status = 400, description = "`open` is not a boolean", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not hall staff", body = ApiError)))]
pub async fn cases(
    State(state): State<AppState>,
    staff: Staff,
    ApiQuery(query): ApiQuery<StaffRatingsQuery>,
) -> Result<Json<Vec<Rating>>, AppError> {
    Ok(Json(ratings(&state).cases(&staff.hall, query.open).await?))
}

/// Answer a bad rating of the staff's hall (整改答复), once; the person who
/// rated is notified.
#[utoipa::path(post, path = "/staff/ratings/{id}/reply", tag = "staff",
    request_body = StaffRatingReply,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The rating's id")),
    responses(
        (status = 200, description = "Answered; the rating with its reply", body = Rating),
        (status = 400, description = "The reply is blank, not 5–1000 characters, or holds a character the hall refuses; `fields` names it", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not hall staff, or staff of another hall than the one rated", body = ApiError),
        (status = 404, description = "No such rating", body = ApiError),
        (status = 409, description = "Not a bad rating, or answered already", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn reply(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(id): ApiPath<String>,
    ApiJson(request): ApiJson<StaffRatingReply>,
) -> Result<Json<Rating>, AppError> {
    Ok(Json(
        ratings(&state)
            .reply(
                staff.session.user_id,
                &staff.hall,
                &rating_id(&id)?,
                request,
            )
            .await?,
    ))
}

/// A hall's public figures (好差评公示): ratings given, the share satisfied,
/// bad ratings and those answered.
#[utoipa::path(get, path = "/halls/{hall}/ratings", tag = "ratings",
    params(("hall" = String, Path, description = "The hall's code, e.g. `shizhi`")),
    responses(
        (status = 200, description = "The hall's figures", body = HallRatings),
        (status = 404, description = "No such hall", body = ApiError)))]
pub async fn figures(
    State(state): State<AppState>,
    ApiPath(hall): ApiPath<String>,
) -> Result<Json<HallRatings>, AppError> {
    Ok(Json(ratings(&state).figures(&hall).await?))
}
