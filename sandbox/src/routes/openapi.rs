//! `GET /openapi.json`: the OpenAPI 3.1 document of every route, generated from
//! the `banshi-api` types and the route annotations.

use axum::Json;
use utoipa::OpenApi;

use super::{catalog, documents, halls};

#[derive(OpenApi)]
#[openapi(
    info(title = "Banshi hall API", version = "1", description = "The public API of the online service hall (网上办事大厅)."),
    servers((url = "/api/v1")),
    paths(document, halls::list, halls::one, catalog::list, catalog::one, catalog::snapshot, documents::one),
    components(schemas(banshi_api::ApiError, banshi_api::FieldError, banshi_api::ErrorCode)),
    tags(
        (name = "halls", description = "The district service halls"),
        (name = "catalog", description = "Service items and their guides"),
        (name = "document", description = "This document"),
    )
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(get, path = "/openapi.json", tag = "document",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json")))]
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
