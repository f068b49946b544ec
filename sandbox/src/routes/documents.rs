//! `GET /documents/{basic_code}/{material}/{file}`: a material's blank form or
//! filled sample, linked from the guides.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::domain::documents;
use crate::error::AppError;
use crate::extract::ApiPath;
use crate::state::AppState;

/// The PDF of a material's blank form (`blank.pdf`) or sample (`sample.pdf`).
#[utoipa::path(get, path = "/documents/{basic_code}/{material}/{file}", tag = "catalog",
    params(
        ("basic_code" = String, Path, description = "The item's basic code (基本编码)"),
        ("material" = usize, Path, description = "The material's position in the guide, from 0"),
        ("file" = String, Path, description = "`blank.pdf` or `sample.pdf`")),
    responses(
        (status = 200, description = "The document", content_type = "application/pdf"),
        (status = 404, description = "No such document", body = banshi_api::ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    ApiPath((basic_code, material, file)): ApiPath<(String, String, String)>,
) -> Result<Response, AppError> {
    let body = documents::linked(&*state.store, &basic_code, &material, &file).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        body,
    )
        .into_response())
}
