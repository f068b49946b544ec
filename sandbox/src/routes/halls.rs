//! `GET /halls`, `GET /halls/{hall}`: the district halls.

use axum::Json;
use axum::extract::State;
use banshi_api::halls::Hall;

use crate::domain::halls;
use crate::error::AppError;
use crate::extract::ApiPath;
use crate::state::AppState;

/// The city's halls, the city hall first.
#[utoipa::path(get, path = "/halls", tag = "halls",
    responses((status = 200, description = "Every hall", body = Vec<Hall>)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<Vec<Hall>>, AppError> {
    Ok(Json(state.store.halls().await?))
}

/// One hall with its address, hours and windows.
#[utoipa::path(get, path = "/halls/{hall}", tag = "halls",
    params(("hall" = String, Path, description = "The hall's code, e.g. `qiaocheng`")),
    responses(
        (status = 200, description = "The hall", body = Hall),
        (status = 404, description = "No such hall", body = banshi_api::ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    ApiPath(hall): ApiPath<String>,
) -> Result<Json<Hall>, AppError> {
    halls::find(&*state.store, &hall).await.map(Json)
}
