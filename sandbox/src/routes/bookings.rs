//! `GET /halls/{hall}/slots`, `POST /bookings`, `GET /bookings`,
//! `GET`/`PATCH`/`DELETE /bookings/{id}`, `POST /halls/{hall}/check-ins`: a
//! hall's calendar of bookable half hours for an item, and the caller's
//! bookings — made exactly once per `Idempotency-Key`, moved and cancelled,
//! and checked in at the hall's kiosk. Every refusal says what is wrong.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use banshi_api::ApiError;
use banshi_api::bookings::{
    Booking, BookingRequest, CheckInRequest, RescheduleRequest, SlotDay, SlotsQuery,
};

use super::idempotency;
use crate::domain::bookings::{Bookings, booking_id};
use crate::domain::halls;
use crate::error::AppError;
use crate::extract::{ApiBytes, ApiJson, ApiPath, ApiQuery, Caller, Staff};
use crate::state::AppState;

/// The bookings' rules over the server's store and clock.
fn bookings(state: &AppState) -> Bookings<'_> {
    Bookings {
        store: &*state.store,
        clock: &state.clock,
    }
}

/// The slots of an item at a hall, day by day, with the places left. Days past
/// the booking horizon are left out.
#[utoipa::path(get, path = "/halls/{hall}/slots", tag = "bookings", params(
        ("hall" = String, Path, description = "The hall's code, e.g. `shizhi`"),
        SlotsQuery),
    responses(
        (status = 200, description = "The calendar from `date`, one entry per day", body = Vec<SlotDay>),
        (status = 400, description = "The item is not booked at this hall, or a parameter is wrong; `fields` names it", body = ApiError),
        (status = 404, description = "No such hall or item", body = ApiError)))]
pub async fn slots(
    State(state): State<AppState>,
    ApiPath(hall): ApiPath<String>,
    ApiQuery(query): ApiQuery<SlotsQuery>,
) -> Result<Json<Vec<SlotDay>>, AppError> {
    Ok(Json(bookings(&state).slots(&hall, &query).await?))
}

/// Book a place in a slot of an item (the hall is the item's). The same key
/// with the same body answers the first booking again; with another body, 422.
#[utoipa::path(post, path = "/bookings", tag = "bookings", request_body = BookingRequest,
    security(("bearer" = [])),
    params(("Idempotency-Key" = String, Header, min_length = 8, pattern = r"^[!-~][\t -~]{6,98}[!-~]$", description = "A unique key per booking, reused for its retries (8 to 100 visible characters)")),
    responses(
        (status = 201, description = "Booked, with the check-in code", body = Booking),
        (status = 400, description = "No key; the item cannot be booked; the date or time is malformed, past, beyond the horizon, a day the hall is closed or not a slot; `fields` names which", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such item", body = ApiError),
        (status = 409, description = "The caller holds this slot, another booking at that time, or too many open bookings; or the slot is full; or the same booking is still being handled", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError),
        (status = 422, description = "The key was used with a different request", body = ApiError)))]
pub async fn book(
    State(state): State<AppState>,
    Caller(session): Caller,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, AppError> {
    idempotency::once(
        &state,
        session.user_id,
        "POST /bookings",
        &headers,
        &body,
        |request, key| {
            let bookings = bookings(&state);
            async move { bookings.book(session.user_id, request, key).await }
        },
    )
    .await
}

/// The caller's bookings, cancelled ones included, by date and time.
#[utoipa::path(get, path = "/bookings", tag = "bookings",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's bookings", body = Vec<Booking>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<Booking>>, AppError> {
    Ok(Json(state.store.bookings_of(session.user_id).await?))
}

/// One of the caller's bookings.
#[utoipa::path(get, path = "/bookings/{id}", tag = "bookings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 200, description = "The booking", body = Booking),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "The caller has no such booking", body = ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Booking>, AppError> {
    Ok(Json(
        bookings(&state)
            .one(&booking_id(&id)?, session.user_id)
            .await?,
    ))
}

/// Move a booking to another slot of the same item. The new place is taken
/// before the old one is given back: when the new slot is full the booking
/// stays as it was.
#[utoipa::path(patch, path = "/bookings/{id}", tag = "bookings", request_body = RescheduleRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 200, description = "Moved", body = Booking),
        (status = 400, description = "The new date or time is malformed, past, beyond the horizon, a day the hall is closed, not a slot, or the booking's own; `fields` names which", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "The caller has no such booking", body = ApiError),
        (status = 409, description = "The booking is cancelled or has begun; the caller holds another booking at that time; or the slot is full", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn reschedule(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    ApiJson(request): ApiJson<RescheduleRequest>,
) -> Result<Json<Booking>, AppError> {
    let booking = bookings(&state)
        .reschedule(&booking_id(&id)?, session.user_id, &request)
        .await?;
    Ok(Json(booking))
}

/// Cancel a booking, giving its place back. Cancelling a cancelled booking
/// changes nothing and answers it again.
#[utoipa::path(delete, path = "/bookings/{id}", tag = "bookings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 200, description = "Cancelled", body = Booking),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "The caller has no such booking", body = ApiError),
        (status = 409, description = "The booking's slot has begun", body = ApiError)))]
pub async fn cancel(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Booking>, AppError> {
    Ok(Json(
        bookings(&state)
            .cancel(&booking_id(&id)?, session.user_id)
            .await?,
    ))
}

/// Check in, at the hall's kiosk (its staff), the booking of today that
/// holds the code the applicant shows; the visit may then be rated.
#[utoipa::path(post, path = "/halls/{hall}/check-ins", tag = "bookings", request_body = CheckInRequest,
    security(("bearer" = [])),
    params(("hall" = String, Path, description = "The hall's code, e.g. `shizhi`")),
    responses(
        (status = 200, description = "Checked in", body = Booking),
        (status = 400, description = "The code is not eight digits; `fields` names it", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not staff of this hall", body = ApiError),
        (status = 404, description = "No such hall, or no booking at it holds the code", body = ApiError),
        (status = 409, description = "The booking is cancelled, checked in already, or on another day", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn check_in(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(hall): ApiPath<String>,
    ApiJson(request): ApiJson<CheckInRequest>,
) -> Result<Json<Booking>, AppError> {
    let hall = halls::find(&*state.store, &hall).await?;
    staff.serves(&hall.code, &hall.name, "签到")?;
    Ok(Json(bookings(&state).check_in(&hall, &request).await?))
}
