//! The routes of EMS delivery: the fee of a delivery, ordering one for an
//! application of the caller's (exactly once per `Idempotency-Key`), the
//! caller's parcels with their tracking, a new recipient until pickup, the
//! hall staff's hand-over and receipt, and the addresses the caller keeps.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use banshi_api::ApiError;
use banshi_api::delivery::{
    AddressRequest, DeliveryChange, DeliveryFee, DeliveryOrder, FeeQuery, NewDelivery,
    SavedAddress, StaffDeliveryAction,
};
use banshi_api::ids::{AddressId, Waybill};

use super::idempotency;
use crate::domain::delivery::Deliveries;
use crate::error::AppError;
use crate::extract::{ApiBytes, ApiJson, ApiPath, ApiQuery, Caller, Staff};
use crate::state::AppState;

/// The delivery rules over the server's store, clock and feeds.
pub fn deliveries(state: &AppState) -> Deliveries<'_> {
    Deliveries {
        store: &*state.store,
        clock: &state.clock,
        feed: &state.feed_changes,
    }
}

/// What a delivery of an item's result to (or, for originals, from) a
/// district costs, to show before confirming: at submission as on the
/// application's page. Public, as the item's guide is.
#[utoipa::path(get, path = "/deliveries/fee", tag = "delivery",
    params(FeeQuery),
    responses(
        (status = 200, description = "The fee: 0 where the item mails free", body = DeliveryFee),
        (status = 400, description = "A parameter missing or malformed, or a district not in the divisions table", body = ApiError),
        (status = 404, description = "No such item", body = ApiError)))]
pub async fn fee(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<FeeQuery>,
) -> Result<Json<DeliveryFee>, AppError> {
    Ok(Json(deliveries(&state).fee(&query).await?))
}

/// Order a parcel for one of the caller's applications: its result mailed
/// home (once it has one), or its paper originals collected by a courier
/// (while it is under way, on a working day from tomorrow within 14 days).
/// The fee sent must be the one shown. At most one parcel of each kind per
/// application. The same key with the same body answers the first response
/// again; with a different body, 422.
#[utoipa::path(post, path = "/deliveries", tag = "delivery", request_body = NewDelivery,
    security(("bearer" = [])),
    params(("Idempotency-Key" = String, Header, min_length = 8, pattern = r"^[!-~][\t -~]{6,98}[!-~]$", description = "A unique key per order, reused for its retries (8 to 100 visible characters)")),
    responses(
        (status = 201, description = "Ordered, with its waybill", body = DeliveryOrder),
        (status = 400, description = "No key, or the recipient's name, mobile or address (`recipient.*`) or the collection's `window` is wrong: `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such application of the caller's", body = ApiError),
        (status = 409, description = "No result yet (for a result), no paper originals to collect or the application ended (for originals), a parcel of that kind ordered already, the fee is not the one sent, or the same order is still being handled", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError),
        (status = 422, description = "The key was used with a different request", body = ApiError)))]
pub async fn order(
    State(state): State<AppState>,
    Caller(session): Caller,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, AppError> {
    idempotency::once(
        &state,
        session.user_id,
        "POST /deliveries",
        &headers,
        &body,
        |request, key| {
            let deliveries = deliveries(&state);
            async move { deliveries.order(session.user_id, request, key).await }
        },
    )
    .await
}

/// The caller's parcels, the newest first, each with its tracking.
#[utoipa::path(get, path = "/deliveries", tag = "delivery",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's parcels", body = Vec<DeliveryOrder>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<DeliveryOrder>>, AppError> {
    Ok(Json(deliveries(&state).list(session.user_id).await?))
}

/// One of the caller's parcels with its tracking events, the oldest first.
#[utoipa::path(get, path = "/deliveries/{waybill}", tag = "delivery",
    security(("bearer" = [])),
    params(("waybill" = Waybill, Path, description = "邮件号 (S10)")),
    responses(
        (status = 200, description = "The parcel", body = DeliveryOrder),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such parcel of the caller's (another's is not there for them), or not a waybill number (S10 with its check digit, ending in CN)", body = ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(waybill): ApiPath<Waybill>,
) -> Result<Json<DeliveryOrder>, AppError> {
    Ok(Json(
        deliveries(&state).get(session.user_id, &waybill).await?,
    ))
}

/// A new recipient or address (and, for a collection, a new time) for one
/// of the caller's parcels, until the courier has it. An address that costs
/// another fee needs a new order.
#[utoipa::path(patch, path = "/deliveries/{waybill}", tag = "delivery", request_body = DeliveryChange,
    security(("bearer" = [])),
    params(("waybill" = Waybill, Path, description = "邮件号 (S10)")),
    responses(
        (status = 200, description = "Changed", body = DeliveryOrder),
        (status = 400, description = "The recipient (`recipient.*`) or `window` is wrong", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such parcel of the caller's, or not a waybill number", body = ApiError),
        (status = 409, description = "The courier has the parcel already, or the new address costs another fee", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn change(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(waybill): ApiPath<Waybill>,
    ApiJson(change): ApiJson<DeliveryChange>,
) -> Result<Json<DeliveryOrder>, AppError> {
    Ok(Json(
        deliveries(&state)
            .change(session.user_id, &waybill, change)
            .await?,
    ))
}

/// The handling hall's staff hand a completed application's result to EMS
/// (`hand_over`), or receive the originals a courier brought (`received`).
/// The applicant is notified.
#[utoipa::path(post, path = "/staff/deliveries/{waybill}/actions", tag = "staff",
    request_body = StaffDeliveryAction,
    security(("bearer" = [])),
    params(("waybill" = Waybill, Path, description = "邮件号 (S10)")),
    responses(
        (status = 200, description = "Done; the parcel as it is now", body = DeliveryOrder),
        (status = 400, description = "An unknown action", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "Not hall staff, or staff of another hall than the one handling the application", body = ApiError),
        (status = 404, description = "No such parcel, or not a waybill number", body = ApiError),
        (status = 409, description = "The parcel's kind or stage does not allow it (the reason says why), or another move came first", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath(waybill): ApiPath<Waybill>,
    ApiJson(action): ApiJson<StaffDeliveryAction>,
) -> Result<Json<DeliveryOrder>, AppError> {
    Ok(Json(
        deliveries(&state)
            .act(&staff.hall, &waybill, action)
            .await?,
    ))
}

/// The caller's delivery addresses (收货地址), the default first.
#[utoipa::path(get, path = "/me/addresses", tag = "delivery",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The addresses", body = Vec<SavedAddress>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn addresses(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<SavedAddress>>, AppError> {
    Ok(Json(deliveries(&state).addresses(session.user_id).await?))
}

/// Keep a new delivery address; the first one, or one sent as the default,
/// becomes the default (the others then are not). At most 20.
#[utoipa::path(post, path = "/me/addresses", tag = "delivery", request_body = AddressRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Kept", body = SavedAddress),
        (status = 400, description = "The recipient's name, mobile or address is wrong (`recipient.*`)", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 409, description = "20 addresses are kept already", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn add_address(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiJson(request): ApiJson<AddressRequest>,
) -> Result<(StatusCode, Json<SavedAddress>), AppError> {
    let address = deliveries(&state)
        .add_address(session.user_id, request)
        .await?;
    Ok((StatusCode::CREATED, Json(address)))
}

/// Change one of the caller's addresses; sent as the default, it becomes it.
#[utoipa::path(put, path = "/me/addresses/{id}", tag = "delivery", request_body = AddressRequest,
    security(("bearer" = [])),
    params(("id" = AddressId, Path, description = "The address's id")),
    responses(
        (status = 200, description = "Changed", body = SavedAddress),
        (status = 400, description = "The recipient is wrong (`recipient.*`)", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such address of the caller's, or not an address id", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn update_address(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<AddressId>,
    ApiJson(request): ApiJson<AddressRequest>,
) -> Result<Json<SavedAddress>, AppError> {
    Ok(Json(
        deliveries(&state)
            .update_address(session.user_id, &id, request)
            .await?,
    ))
}

/// Remove one of the caller's addresses; if it was the default, the oldest
/// left becomes the default.
#[utoipa::path(delete, path = "/me/addresses/{id}", tag = "delivery",
    security(("bearer" = [])),
    params(("id" = AddressId, Path, description = "The address's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such address of the caller's, or not an address id", body = ApiError)))]
pub async fn remove_address(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<AddressId>,
) -> Result<StatusCode, AppError> {
    deliveries(&state)
        .remove_address(session.user_id, &id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
