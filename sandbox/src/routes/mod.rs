//! The HTTP routes of the public API, one module per domain, all under `/api/v1`.

mod accounts;
mod applications;
mod bookings;
mod catalog;
mod consultations;
mod delivery;
mod documents;
mod drafts;
mod enterprises;
mod error;
mod events;
mod halls;
mod idempotency;
mod notifications;
pub mod openapi;
mod queue;
mod ratings;
mod relatives;
mod staff;
mod uploads;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::{delete, get, post, put};
use banshi_api::{API_PREFIX, ApiError, ErrorCode};
use tower_http::trace::TraceLayer;

pub use applications::applications as applications_of;
pub use delivery::deliveries as deliveries_of;

use crate::error::AppError;
use crate::state::AppState;

/// Every route of the API, with JSON 404s for anything else.
pub fn router(state: AppState) -> Router {
    let api =
        Router::new()
            .route("/openapi.json", get(openapi::document))
            .route("/halls", get(halls::list))
            .route("/halls/{hall}", get(halls::one))
            .route("/halls/{hall}/slots", get(bookings::slots))
            .route("/halls/{hall}/queue", get(queue::queue))
            .route("/halls/{hall}/queue/stream", get(queue::stream))
            .route("/halls/{hall}/queue/{group}/call", post(queue::call))
            .route("/halls/{hall}/tickets", post(queue::take))
            .route("/halls/{hall}/check-ins", post(bookings::check_in))
            .route("/halls/{hall}/ratings", get(ratings::figures))
            .route("/catalog/items", get(catalog::list))
            .route("/catalog/items/{code}", get(catalog::one))
            .route("/catalog/items/{code}/form", get(catalog::form))
            .route("/catalog/snapshot", get(catalog::snapshot))
            .route(
                "/documents/{basic_code}/{material}/{file}",
                get(documents::one),
            )
            .route("/accounts", post(accounts::register))
            .route(
                "/accounts/confirmation",
                post(accounts::confirm_registration),
            )
            .route("/sessions", post(accounts::log_in))
            .route("/sessions/sms-codes", post(accounts::send_sms_code))
            .route("/sessions/refresh", post(accounts::refresh))
            .route("/sessions/current", delete(accounts::log_out))
            .route("/dev/sms-codes/{mobile}", get(accounts::dev_sms_code))
            .route("/dev/sms/{mobile}", get(accounts::dev_sms))
            .route("/me", get(accounts::me))
            .route("/me/address", put(accounts::set_address))
            .route("/me/relatives", get(relatives::list).post(relatives::give))
            .route("/me/relatives/{id}", delete(relatives::withdraw))
            .route("/me/relatives/{id}/confirmation", post(relatives::confirm))
            .route(
                "/me/addresses",
                get(delivery::addresses).post(delivery::add_address),
            )
            .route(
                "/me/addresses/{id}",
                put(delivery::update_address).delete(delivery::remove_address),
            )
            .route("/deliveries", post(delivery::order).get(delivery::list))
            .route("/deliveries/fee", get(delivery::fee))
            .route(
                "/deliveries/{waybill}",
                get(delivery::one).patch(delivery::change),
            )
            .route("/staff/deliveries/{waybill}/actions", post(delivery::act))
            .route("/enterprises", post(accounts::register_enterprise))
            .route("/enterprises/{uscc}", get(enterprises::one))
            .route(
                "/enterprises/{uscc}/members",
                get(enterprises::members).post(enterprises::invite),
            )
            .route(
                "/enterprises/{uscc}/members/{member}",
                axum::routing::patch(enterprises::change).delete(enterprises::remove),
            )
            .route("/enterprises/{uscc}/audit", get(enterprises::audit))
            .route(
                "/enterprises/{uscc}/applications",
                get(enterprises::matters),
            )
            .route(
                "/enterprises/{uscc}/applications.csv",
                get(enterprises::matters_csv),
            )
            .route(
                "/applications",
                post(applications::submit).get(applications::list),
            )
            .route("/applications/{number}", get(applications::one))
            .route(
                "/applications/{number}/withdrawal",
                post(applications::withdraw),
            )
            .route(
                "/applications/{number}/corrections",
                post(applications::correct),
            )
            .route(
                "/applications/{number}/evaluation",
                post(ratings::rate_application),
            )
            .route("/lookup", get(applications::lookup))
            .route("/staff/applications", get(staff::list))
            .route("/staff/applications/{number}/actions", post(staff::act))
            .route("/notifications", get(notifications::list))
            .route("/notifications/stream", get(notifications::stream))
            .route("/drafts", get(drafts::list))
            .route(
                "/drafts/{id}",
                put(drafts::save).delete(drafts::discard).layer(
                    axum::extract::DefaultBodyLimit::max(drafts::MAX_DRAFT_BYTES),
                ),
            )
            .route("/bookings", post(bookings::book).get(bookings::list))
            .route(
                "/bookings/{id}",
                get(bookings::one)
                    .patch(bookings::reschedule)
                    .delete(bookings::cancel),
            )
            .route("/bookings/{id}/evaluation", post(ratings::rate_visit))
            .route("/ratings", get(ratings::list))
            .route("/ratings/{id}", get(ratings::one))
            .route("/ratings/{id}/reply-rating", post(ratings::rate_reply))
            .route("/staff/ratings", get(ratings::cases))
            .route("/staff/ratings/{id}/reply", post(ratings::reply))
            .route(
                "/consultations",
                post(consultations::ask).get(consultations::list),
            )
            .route("/consultations/{id}", get(consultations::one))
            .route("/staff/consultations", get(consultations::of_hall))
            .route(
                "/staff/consultations/{id}/replies",
                post(consultations::reply),
            )
            .route("/tickets", get(queue::tickets))
            .route("/tickets/{id}", get(queue::ticket))
            .route("/uploads", post(uploads::create).options(uploads::options))
            .route(
                "/uploads/{id}",
                axum::routing::head(uploads::head)
                    .patch(uploads::append)
                    .delete(uploads::terminate)
                    .layer(axum::extract::DefaultBodyLimit::max(
                        crate::domain::uploads::MAX_CHUNK_BYTES,
                    )),
            )
            .with_state(state);
    Router::new()
        .nest(API_PREFIX, api)
        .fallback(unknown_route)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::map_response(security_headers))
        .layer(TraceLayer::new_for_http())
}

async fn unknown_route() -> AppError {
    AppError::Client(ApiError::new(ErrorCode::NotFound, "没有这个接口"))
}

/// A 405 in the error shape; its code is `bad_request`, as the client's
/// request is what must change.
async fn method_not_allowed() -> (axum::http::StatusCode, axum::Json<ApiError>) {
    (
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        axum::Json(ApiError::new(
            ErrorCode::BadRequest,
            "这个接口不支持这种请求方法",
        )),
    )
}

/// Adds the headers every answer carries: nothing an answer holds (tokens,
/// profiles, applications) is kept by a cache, sniffed as another type,
/// framed, or sent on as a referrer, and an answer is never run as a page.
/// Only an answer its route marked `public` (a blank form) may be cached.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    let public = headers
        .get(header::CACHE_CONTROL)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("public"));
    if !public {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'",
        ),
    ] {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    response
}
