//! `GET /catalog/items`, `/catalog/items/{code}`, `/catalog/snapshot`: finding
//! service items and reading their guides.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use banshi_api::catalog::{CatalogSnapshot, Item, ItemPage, ItemQuery};

use super::AppState;
use crate::db::{ItemFilter, Snapshot};
use crate::error::{AppError, not_found};
use crate::extract::ApiQuery;

/// A page of the items matching the filters, most popular first.
#[utoipa::path(get, path = "/catalog/items", tag = "catalog", params(ItemQuery),
    responses(
        (status = 200, description = "One page of matching items", body = ItemPage),
        (status = 400, description = "A parameter is invalid; `fields` names it", body = banshi_api::ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ItemQuery>,
) -> Result<Json<ItemPage>, AppError> {
    query.validate()?;
    let (page, per_page) = (query.page(), query.per_page());
    let filter = ItemFilter {
        words: query.words(),
        hall: query.hall,
        department: query.department,
        kind: query.kind,
        audience: query.audience,
        theme: query.theme,
    };
    let offset = u64::from(page - 1) * u64::from(per_page);
    let (items, total) = state.db.items(&filter, per_page, offset).await?;
    Ok(Json(ItemPage {
        items,
        page,
        per_page,
        total,
    }))
}

/// The full guide of one item.
#[utoipa::path(get, path = "/catalog/items/{code}", tag = "catalog",
    params(("code" = String, Path, description = "The item's implementation code (实施编码)")),
    responses(
        (status = 200, description = "The item's guide", body = Item),
        (status = 404, description = "No such item", body = banshi_api::ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Item>, AppError> {
    state
        .db
        .item(&code)
        .await?
        .map(Json)
        .ok_or_else(|| not_found(format!("没有编码为 {code} 的事项")))
}

/// The whole catalog for offline use. Send the last ETag in `If-None-Match`:
/// an unchanged catalog answers 304 with no body.
#[utoipa::path(get, path = "/catalog/snapshot", tag = "catalog",
    params(("If-None-Match" = Option<String>, Header, description = "The ETag of the copy the client has")),
    responses(
        (status = 200, description = "Every hall and item", body = CatalogSnapshot,
            headers(("ETag" = String, description = "The snapshot's version, quoted"))),
        (status = 304, description = "The client's copy is current")))]
pub async fn snapshot(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let snapshot: Arc<Snapshot> = state
        .snapshot
        .get_or_try_init(|| async { state.db.snapshot().await.map(Arc::new) })
        .await?
        .clone();
    let etag = format!("\"{}\"", snapshot.version);
    let etag_header = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""));
    if client_has(&headers, &etag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag_header)]).into_response());
    }
    Ok((
        [
            (header::ETAG, etag_header),
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
        ],
        snapshot.json.clone(),
    )
        .into_response())
}

/// Whether `If-None-Match` lists `etag` (or `*`), per RFC 9110 weak comparison.
fn client_has(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == etag || tag == "*")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_if_none_match(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::IF_NONE_MATCH, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn if_none_match_compares_weakly_and_accepts_lists() {
        assert!(client_has(&with_if_none_match("\"v1\""), "\"v1\""));
        assert!(client_has(&with_if_none_match("W/\"v1\""), "\"v1\""));
        assert!(client_has(&with_if_none_match("\"v0\", \"v1\""), "\"v1\""));
        assert!(client_has(&with_if_none_match("*"), "\"v1\""));
        assert!(
            !client_has(&with_if_none_match("\"v0\""), "\"v1\""),
            "a stale copy gets the new snapshot"
        );
        assert!(!client_has(&HeaderMap::new(), "\"v1\""));
    }
}
