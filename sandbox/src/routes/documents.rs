//! `GET /documents/{basic_code}/{material}/{file}`: a material's blank form or
//! filled sample, linked from the guides.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::documents::{self, DocumentKind};
use crate::error::{AppError, not_found};
use crate::extract::ApiPath;

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
    let missing = || not_found("没有这份表格");
    let kind = DocumentKind::from_file_name(&file).ok_or_else(missing)?;
    let index: usize = material.parse().map_err(|_| missing())?;
    let item = state
        .db
        .item_by_basic_code(&basic_code)
        .await?
        .ok_or_else(missing)?;
    let material = item.materials.get(index).ok_or_else(missing)?;
    let linked = match kind {
        DocumentKind::Blank => material.blank_form.is_some(),
        DocumentKind::Sample => material.sample.is_some(),
    };
    if !linked {
        return Err(missing());
    }
    let body = documents::render(&material.name, &item.summary.name, kind);
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
