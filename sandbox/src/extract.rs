//! Request extractors whose rejections speak the API's error shape, naming the
//! field at fault, instead of axum's plain-text defaults.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use banshi_api::{ApiError, FieldError};
use serde::de::DeserializeOwned;

use crate::error::AppError;

/// Like `axum::extract::Query`, but a bad parameter is a 400 in the error shape
/// whose `fields` names the parameter.
#[derive(Debug)]
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parse_query(parts.uri.query().unwrap_or_default())
            .map(ApiQuery)
            .map_err(AppError::from)
    }
}

/// Parses a URL query string into `T`, reporting which parameter was wrong.
pub fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    let deserializer =
        serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let field = error.path().to_string();
        ApiError::bad_request(
            format!("查询参数 {field} 的取值无效"),
            vec![FieldError {
                message: format!("取值无效：{}", error.inner()),
                field,
            }],
        )
    })
}

#[cfg(test)]
mod tests {
    use banshi_api::catalog::{ItemKind, ItemQuery};

    use super::*;

    #[test]
    fn a_valid_query_parses() {
        let query: ItemQuery = parse_query("q=%E8%90%A5%E4%B8%9A&kind=licensing&page=2").unwrap();
        assert_eq!(query.q.as_deref(), Some("营业"));
        assert_eq!(query.kind, Some(ItemKind::Licensing));
        assert_eq!(query.page, Some(2));
    }

    #[test]
    fn a_bad_parameter_is_named() {
        let error = parse_query::<ItemQuery>("kind=permit").unwrap_err();
        assert_eq!(
            error.fields[0].field, "kind",
            "the UI marks the field that is wrong"
        );
        let error = parse_query::<ItemQuery>("page=-1").unwrap_err();
        assert_eq!(error.fields[0].field, "page");
    }
}
