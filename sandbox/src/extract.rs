//! Request extractors whose rejections speak the API's error shape, naming the
//! field at fault, instead of axum's plain-text defaults: query strings, JSON
//! bodies, path parameters, the bearer token of a logged-in caller, and the
//! client's address that rate limits count by.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use banshi_api::ids::HallCode;
use banshi_api::{ApiError, ErrorCode, FieldError};
use serde::de::DeserializeOwned;

use crate::domain::credentials;
use crate::error::{AppError, unauthorized};
use crate::state::AppState;
use crate::store::Session;

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
        let field = field_of(&error);
        ApiError::bad_request(
            format!("查询参数 {field} 的取值无效"),
            vec![FieldError {
                message: format!("取值无效：{}", error.inner()),
                field,
            }],
        )
    })
}

/// The field a deserialisation error is about: its path, or for a missing
/// field (reported at the enclosing object) the path of the field itself.
fn field_of<E: std::fmt::Display>(error: &serde_path_to_error::Error<E>) -> String {
    let path = error.path().to_string();
    let message = error.inner().to_string();
    let Some(missing) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, _)| name)
    else {
        return path;
    };
    if path == "." {
        missing.to_owned()
    } else {
        format!("{path}.{missing}")
    }
}

/// Like `axum::Json`, but a body that is not the expected JSON is a 400 in the
/// error shape whose `fields` names the JSON path at fault, and one over the
/// route's body limit a 413 in the error shape.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ApiBytes(body) = ApiBytes::from_request(request, state).await?;
        parse_json(&body).map(ApiJson).map_err(AppError::from)
    }
}

/// Like `Bytes`, but a body over the route's limit is a 413 in the error
/// shape, and one that cannot be read a 400.
#[derive(Debug)]
pub struct ApiBytes(pub Bytes);

impl<S> FromRequest<S> for ApiBytes
where
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        Bytes::from_request(request, state)
            .await
            .map(ApiBytes)
            .map_err(|rejection| {
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(ErrorCode::TooLarge, "请求内容超过了大厅接受的大小").into()
                } else {
                    ApiError::bad_request("无法读取请求内容", Vec::new()).into()
                }
            })
    }
}

/// Parses a JSON body into `T`, reporting which field was wrong. A whole
/// number written with a fraction (`2.0`) is the integer it is, as JSON
/// Schema's `integer` says.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let refused = |field: String, problem: &dyn std::fmt::Display| {
        ApiError::bad_request(
            "请求内容不是有效的 JSON 或缺少字段",
            vec![FieldError {
                message: format!("取值无效：{problem}"),
                field,
            }],
        )
    };
    let mut value: serde_json::Value =
        serde_json::from_slice(body).map_err(|error| refused(".".to_owned(), &error))?;
    whole_numbers_as_integers(&mut value);
    if let Some(field) = numeric_tag(&value, "") {
        return Err(refused(field, &"应为文字"));
    }
    serde_path_to_error::deserialize(value)
        .map_err(|error| refused(field_of(&error), error.inner()))
}

/// Turns every number in `value` that is a whole float small enough to be
/// exact (`2.0`, `-7.0`) into that integer.
fn whole_numbers_as_integers(value: &mut serde_json::Value) {
    /// Past 2^53 a float no longer spells one integer.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match value {
        serde_json::Value::Number(number) => {
            if let Some(float) = number.as_f64().filter(|_| number.is_f64())
                && float.fract() == 0.0
                && float.abs() <= EXACT
            {
                // Exact: the float is a whole number within ±2^53.
                *number = serde_json::Number::from(float as i64);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        serde_json::Value::Object(members) => {
            members.values_mut().for_each(whole_numbers_as_integers)
        }
        _ => {}
    }
}

/// The keys that carry the variant of an internally tagged enum in the
/// contract (`{"type": "group", …}`, `{"when": "equals", …}` …).
const TAG_KEYS: [&str; 4] = ["type", "rule", "when", "kind"];

/// The path of the first tag in `value` given as a number. serde reads a number
/// as a variant's index where an internally tagged enum expects its name, so
/// `{"when": 0}` would pass for `{"when": "equals"}`; the contract's tags are
/// names only.
fn numeric_tag(value: &serde_json::Value, path: &str) -> Option<String> {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(index, item)| numeric_tag(item, &format!("{path}[{index}]"))),
        serde_json::Value::Object(members) => members.iter().find_map(|(key, member)| {
            if member.is_number() && TAG_KEYS.contains(&key.as_str()) {
                Some(join(key))
            } else {
                numeric_tag(member, &join(key))
            }
        }),
        _ => None,
    }
}

/// Like `axum::extract::Path`, but a parameter that cannot be read (not
/// UTF-8 once decoded, or not of its type) is a 404 in the error shape: no
/// such thing exists under that path.
#[derive(Debug)]
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| ApiPath(value))
            .map_err(|rejection| {
                tracing::debug!(rejection = %rejection.body_text(), "unreadable path parameter");
                AppError::Client(ApiError::new(
                    ErrorCode::NotFound,
                    "路径参数无效：没有这个地址所指的内容",
                ))
            })
    }
}

/// The address of the client that sent the request, as the connection gives
/// it. A server behind a reverse proxy sees the proxy's address here.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub std::net::IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|info| ClientAddress(info.0.ip()))
            .ok_or(AppError::Fault("read the client's address"))
    }
}

/// The logged-in caller, from `Authorization: Bearer <access token>`; a missing,
/// unknown, expired or revoked token is a 401 in the error shape.
#[derive(Debug, Clone, Copy)]
pub struct Caller(pub Session);

impl FromRequestParts<AppState> for Caller {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .ok_or_else(|| unauthorized("请先登录"))?;
        state
            .store
            .session(&credentials::digest(token), state.clock.now())
            .await?
            .map(Caller)
            .ok_or_else(|| unauthorized("登录已失效，请重新登录"))
    }
}

/// One of a hall's staff (窗口工作人员), from the caller's session: a
/// stranger without a valid token is the [`Caller`] 401, a person who staffs
/// no hall a 403; [`Staff::serves`] refuses staff of another hall. Every staff
/// route takes this, so who counts as staff is decided here alone.
#[derive(Debug, Clone)]
pub struct Staff {
    pub session: Session,
    /// The hall they staff.
    pub hall: HallCode,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Caller(session) = Caller::from_request_parts(parts, state).await?;
        let hall = state
            .store
            .user(session.user_id)
            .await?
            .and_then(|user| user.staff_hall)
            .ok_or_else(|| {
                AppError::Client(ApiError::new(
                    ErrorCode::Forbidden,
                    "只有大厅的窗口工作人员可以这样做",
                ))
            })?;
        Ok(Staff { session, hall })
    }
}

impl Staff {
    /// A 403 unless they staff the hall `code` (called `name`), where they are
    /// about to `act` (e.g. `叫号`).
    pub fn serves(&self, code: &HallCode, name: &str, act: &str) -> Result<(), AppError> {
        crate::domain::halls::serves(&self.hall, code, name, act)
    }
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
    fn a_tag_given_as_a_number_is_refused_where_serde_would_read_an_index() {
        use banshi_api::forms::Condition;
        let named: Condition =
            parse_json(br#"{"when": "equals", "field": "f", "values": []}"#).unwrap();
        assert!(matches!(named, Condition::Equals { .. }));
        let error = parse_json::<Vec<Condition>>(br#"[{"when": 0, "field": "f", "values": []}]"#)
            .unwrap_err();
        assert_eq!(error.fields[0].field, "[0].when");
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

    #[test]
    fn a_missing_field_is_named() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Body {
            item: String,
            inner: Inner,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            date: String,
        }
        let error = parse_query::<banshi_api::bookings::SlotsQuery>("days=3").unwrap_err();
        assert_eq!(error.fields[0].field, "item", "not the query as a whole");
        let error = parse_json::<Body>(br#"{"inner": {}}"#).unwrap_err();
        assert_eq!(error.fields[0].field, "inner.date");
        let error = parse_json::<Body>(br#"{"inner": {"date": "x"}}"#).unwrap_err();
        assert_eq!(error.fields[0].field, "item");
    }

    #[test]
    fn a_bad_json_field_is_named() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Body {
            mobile: String,
        }
        let error = parse_json::<Body>(br#"{"mobile": 13800000000}"#).unwrap_err();
        assert_eq!(
            error.fields[0].field, "mobile",
            "the UI marks the field that is wrong"
        );
    }

    #[test]
    fn a_whole_number_with_a_fraction_is_an_integer() {
        #[derive(Debug, serde::Deserialize)]
        struct Body {
            material: u32,
            updated_at: i64,
            share: f64,
        }
        let body: Body =
            parse_json(br#"{"material": 2.0, "updated_at": -7.0, "share": 0.5}"#).unwrap();
        assert_eq!(
            (body.material, body.updated_at, body.share),
            (2, -7, 0.5),
            "JSON Schema's integer admits 2.0, so the hall must read it as 2"
        );
        let error =
            parse_json::<Body>(br#"{"material": 2.5, "updated_at": 0, "share": 1}"#).unwrap_err();
        assert_eq!(
            error.fields[0].field, "material",
            "a real fraction is still refused"
        );
    }
}
