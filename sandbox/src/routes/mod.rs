//! The HTTP routes of the public API, one module per domain, all under `/api/v1`.

mod catalog;
mod documents;
mod halls;
pub mod openapi;

use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use banshi_api::{API_PREFIX, ApiError, ErrorCode};
use tokio::sync::OnceCell;
use tower_http::trace::TraceLayer;

use crate::db::Database;
use crate::error::AppError;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    /// The catalog snapshot, assembled and compressed on first request; the
    /// catalog does not change while the server runs.
    pub snapshot: Arc<OnceCell<Arc<catalog::CachedSnapshot>>>,
}

/// Every route of the API, with JSON 404s for anything else.
pub fn router(db: Database) -> Router {
    let state = AppState {
        db,
        snapshot: Arc::default(),
    };
    let api = Router::new()
        .route("/openapi.json", get(openapi::document))
        .route("/halls", get(halls::list))
        .route("/halls/{hall}", get(halls::one))
        .route("/catalog/items", get(catalog::list))
        .route("/catalog/items/{code}", get(catalog::one))
        .route("/catalog/snapshot", get(catalog::snapshot))
        .route(
            "/documents/{basic_code}/{material}/{file}",
            get(documents::one),
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
