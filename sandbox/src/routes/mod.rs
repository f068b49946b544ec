//! The HTTP routes of the public API, one module per domain, all under `/api/v1`.

mod accounts;
mod applications;
mod bookings;
mod catalog;
mod documents;
mod drafts;
mod halls;
pub mod idempotency;
pub mod openapi;
mod queue;
pub mod uploads;

use std::sync::Arc;

use axum::Router;
use axum::routing::{delete, get, post, put};
use banshi_api::{API_PREFIX, ApiError, ErrorCode};
use tokio::sync::{OnceCell, watch};
use tower_http::trace::TraceLayer;

use crate::clock::Clock;
use crate::configuration::Settings;
use crate::db::Database;
use crate::error::AppError;
use crate::queue::QueueChanges;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    /// The catalog snapshot, assembled and compressed on first request; the
    /// catalog does not change while the server runs.
    pub snapshot: Arc<OnceCell<Arc<catalog::CachedSnapshot>>>,
    /// The SMS codes sent, kept readable only on a development server (`--dev-sms`).
    pub dev_sms: Option<accounts::DevSmsOutbox>,
    /// Where the bytes of uploads are kept.
    pub uploads: std::path::PathBuf,
    /// The sandbox's now, which bookings and the queue go by.
    pub clock: Clock,
    /// Announces changes of the halls' queues to their streams.
    pub queue_changes: QueueChanges,
    /// Turns true when the server stops; open streams end then.
    pub stopping: watch::Receiver<bool>,
}

impl AppState {
    /// The state of a server configured by `settings` over `db`, whose streams
    /// end when `stopping` turns true.
    pub fn new(db: Database, settings: &Settings, stopping: watch::Receiver<bool>) -> Self {
        Self {
            db,
            snapshot: Arc::default(),
            dev_sms: settings.dev_sms.then(accounts::DevSmsOutbox::default),
            uploads: settings.data.join("uploads"),
            clock: Clock::starting_at(settings.clock),
            queue_changes: QueueChanges::default(),
            stopping,
        }
    }
}

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
            .route("/catalog/items", get(catalog::list))
            .route("/catalog/items/{code}", get(catalog::one))
            .route("/catalog/items/{code}/form", get(catalog::form))
            .route("/catalog/snapshot", get(catalog::snapshot))
            .route(
                "/documents/{basic_code}/{material}/{file}",
                get(documents::one),
            )
            .route("/accounts", post(accounts::register))
            .route("/sessions", post(accounts::log_in))
            .route("/sessions/sms-codes", post(accounts::send_sms_code))
            .route("/sessions/refresh", post(accounts::refresh))
            .route("/sessions/current", delete(accounts::log_out))
            .route("/dev/sms-codes/{mobile}", get(accounts::dev_sms_code))
            .route("/me", get(accounts::me))
            .route("/me/address", put(accounts::set_address))
            .route("/enterprises", post(accounts::register_enterprise))
            .route("/enterprises/{uscc}/members", post(accounts::add_member))
            .route(
                "/applications",
                post(applications::submit).get(applications::list),
            )
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
            .route("/tickets", get(queue::tickets))
            .route("/tickets/{id}", get(queue::ticket))
            .route("/uploads", post(uploads::create).options(uploads::options))
            .route(
                "/uploads/{id}",
                axum::routing::head(uploads::head)
                    .patch(uploads::append)
                    .delete(uploads::terminate)
                    .layer(axum::extract::DefaultBodyLimit::max(
                        uploads::MAX_CHUNK_BYTES,
                    )),
            )
            .with_state(state);
    Router::new()
        .nest(API_PREFIX, api)
        .fallback(unknown_route)
        .layer(TraceLayer::new_for_http())
}

async fn unknown_route() -> AppError {
    AppError::Client(ApiError::new(ErrorCode::NotFound, "没有这个接口"))
}
