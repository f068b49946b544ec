//! `GET /catalog/items`, `/catalog/items/{code}`, `/catalog/items/{code}/form`,
//! `/catalog/snapshot`: finding service items, reading their guides, and the
//! form to apply with.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use banshi_api::catalog::{CatalogSnapshot, Item, ItemPage, ItemQuery};
use banshi_api::forms::Form;

use crate::domain::catalog;
use crate::error::AppError;
use crate::extract::{ApiPath, ApiQuery};
use crate::state::AppState;

/// A page of the items matching the filters, most popular first.
#[utoipa::path(get, path = "/catalog/items", tag = "catalog", params(ItemQuery),
    responses(
        (status = 200, description = "One page of matching items", body = ItemPage),
        (status = 400, description = "A parameter is invalid; `fields` names it", body = banshi_api::ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ItemQuery>,
) -> Result<Json<ItemPage>, AppError> {
    Ok(Json(catalog::page(&*state.store, &query).await?))
}

/// The full guide of one item.
#[utoipa::path(get, path = "/catalog/items/{code}", tag = "catalog",
    params(("code" = String, Path, description = "The item's implementation code (实施编码)")),
    responses(
        (status = 200, description = "The item's guide", body = Item),
        (status = 404, description = "No such item", body = banshi_api::ApiError)))]
pub async fn one(
    State(state): State<AppState>,
    ApiPath(code): ApiPath<String>,
) -> Result<Json<Item>, AppError> {
    Ok(Json(catalog::item(&*state.store, &code).await?))
}

/// The application form of an item that can be applied for online.
#[utoipa::path(get, path = "/catalog/items/{code}/form", tag = "catalog",
    params(("code" = String, Path, description = "The item's implementation code (实施编码)")),
    responses(
        (status = 200, description = "The item's form", body = Form),
        (status = 404, description = "No such item, or it cannot be applied for online", body = banshi_api::ApiError)))]
pub async fn form(
    State(state): State<AppState>,
    ApiPath(code): ApiPath<String>,
) -> Result<Json<Form>, AppError> {
    Ok(Json(catalog::form(&*state.store, &code).await?))
}

/// The whole catalog for offline use. Send the last ETag in `If-None-Match`:
/// an unchanged catalog answers 304 with no body. Clients that accept gzip get
/// it gzipped (about a twentieth of the size), with its length.
#[utoipa::path(get, path = "/catalog/snapshot", tag = "catalog",
    params(("If-None-Match" = Option<String>, Header, nullable = false, description = "The ETag of the copy the client has")),
    responses(
        (status = 200, description = "Every hall and item", body = CatalogSnapshot,
            headers(("ETag" = String, description = "The snapshot's version, quoted"))),
        (status = 304, description = "The client's copy is current",
            headers(("ETag" = String, description = "The snapshot's version, quoted")))))]
pub async fn snapshot(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let snapshot = catalog::snapshot(&*state.store, &state.snapshot).await?;
    let etag = format!("\"{}\"", snapshot.version());
    let etag_header = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""));
    if client_has(&headers, &etag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag_header)]).into_response());
    }
    let json = HeaderValue::from_static("application/json");
    let vary = HeaderValue::from_static("accept-encoding");
    if accepts_gzip(&headers) {
        let gzip = HeaderValue::from_static("gzip");
        let headers = [
            (header::ETAG, etag_header),
            (header::CONTENT_TYPE, json),
            (header::CONTENT_ENCODING, gzip),
            (header::VARY, vary),
        ];
        return Ok((headers, snapshot.gzip().to_vec()).into_response());
    }
    let headers = [
        (header::ETAG, etag_header),
        (header::CONTENT_TYPE, json),
        (header::VARY, vary),
    ];
    Ok((headers, snapshot.json().to_owned()).into_response())
}

/// Whether `Accept-Encoding` lists gzip (without `q=0`).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            parts
                .next()
                .is_some_and(|name| name.eq_ignore_ascii_case("gzip"))
                && parts.all(|param| param.replace(' ', "") != "q=0")
        })
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
    fn gzip_is_sent_only_to_clients_that_take_it() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::ACCEPT_ENCODING,
                HeaderValue::from_str(value).unwrap(),
            );
            headers
        };
        assert!(accepts_gzip(&with("gzip")));
        assert!(accepts_gzip(&with("br, gzip;q=0.8")));
        assert!(!accepts_gzip(&with("gzip;q=0")), "q=0 refuses gzip");
        assert!(!accepts_gzip(&with("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
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
