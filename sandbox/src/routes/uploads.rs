//! `/uploads`: resumable uploads of material files by tus 1.0.0 — creation,
//! `HEAD` for the offset, `PATCH` to append, termination, and the checksum
//! extension (`Upload-Checksum: sha256 <base64>` per chunk). What a file may
//! be, and whose it is, are [`crate::domain::uploads`]'s rules.
//!
//! One deviation from tus: a request without `Tus-Resumable: 1.0.0` is a 400
//! in the error shape rather than a 412.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use banshi_api::{ApiError, ErrorCode};
use base64::Engine;

use crate::domain::uploads::{MAX_UPLOAD_BYTES, SentChunk, Uploads};
use crate::error::{AppError, refused};
use crate::extract::{ApiBytes, ApiPath, Caller};
use crate::state::AppState;

/// The tus protocol version spoken.
const TUS_VERSION: &str = "1.0.0";

/// The uploads' rules over the server's store, files and clock.
fn uploads(state: &AppState) -> Uploads<'_> {
    Uploads {
        store: &*state.store,
        files: &*state.files,
        clock: &state.clock,
    }
}

fn tus_headers(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert("tus-resumable", HeaderValue::from_static(TUS_VERSION));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn number_header(headers: &HeaderMap, name: &str) -> Option<i64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

fn require_tus(headers: &HeaderMap) -> Result<(), AppError> {
    match headers.get("tus-resumable").and_then(|v| v.to_str().ok()) {
        Some(TUS_VERSION) => Ok(()),
        _ => Err(ApiError::bad_request("需要 Tus-Resumable: 1.0.0 请求头", Vec::new()).into()),
    }
}

/// What the server supports.
#[utoipa::path(options, path = "/uploads", tag = "uploads",
    responses((status = 204, description = "Tus-Version, Tus-Extension, Tus-Max-Size and Tus-Checksum-Algorithm headers")))]
pub async fn options() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    headers.insert("tus-version", HeaderValue::from_static(TUS_VERSION));
    headers.insert(
        "tus-extension",
        HeaderValue::from_static("creation,termination,checksum"),
    );
    headers.insert("tus-max-size", HeaderValue::from(MAX_UPLOAD_BYTES));
    headers.insert("tus-checksum-algorithm", HeaderValue::from_static("sha256"));
    tus_headers(response)
}

/// Starts an upload of `Upload-Length` bytes; `Location` says where to send them.
#[utoipa::path(post, path = "/uploads", tag = "uploads",
    security(("bearer" = [])),
    params(
        ("Tus-Resumable" = String, Header, description = "1.0.0", pattern = r"^1\.0\.0$"),
        ("Upload-Length" = i64, Header, minimum = 1, maximum = 10485760,
            description = "The file's size in bytes, at most Tus-Max-Size (10 MB)")),
    responses(
        (status = 201, description = "Created; `Location` is the upload's address",
            headers(("Location" = String, description = "The upload's address, `/api/v1/uploads/{id}`"))),
        (status = 400, description = "No Tus-Resumable or Upload-Length", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 413, description = "Larger than Tus-Max-Size", body = ApiError)))]
pub async fn create(
    State(state): State<AppState>,
    Caller(session): Caller,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require_tus(&headers)?;
    let length = number_header(&headers, "upload-length")
        .filter(|length| *length > 0)
        .ok_or_else(|| ApiError::bad_request("需要 Upload-Length 请求头（正整数）", Vec::new()))?;
    let id = uploads(&state).create(session.user_id, length).await?;
    let mut response = StatusCode::CREATED.into_response();
    let location = format!("{}/uploads/{id}", banshi_api::API_PREFIX);
    response.headers_mut().insert(
        header::LOCATION,
        HeaderValue::from_str(&location).map_err(|_| AppError::Fault("name an upload"))?,
    );
    Ok(tus_headers(response))
}

/// How much of the upload has arrived.
#[utoipa::path(head, path = "/uploads/{id}", tag = "uploads",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The upload")),
    responses(
        (status = 200, description = "`Upload-Offset` and `Upload-Length` headers",
            headers(
                ("Upload-Offset" = i64, description = "Bytes the hall has"),
                ("Upload-Length" = i64, description = "The file's size"))),
        (status = 401, description = "Not logged in (no body: this is HEAD)"),
        (status = 404, description = "No such upload of the caller's (no body: this is HEAD)")))]
pub async fn head(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, AppError> {
    let upload = uploads(&state).find(&id, session.user_id).await?;
    let mut response = StatusCode::OK.into_response();
    response
        .headers_mut()
        .insert("upload-offset", HeaderValue::from(upload.offset));
    response
        .headers_mut()
        .insert("upload-length", HeaderValue::from(upload.length));
    Ok(tus_headers(response))
}

/// Appends a chunk at `Upload-Offset`.
#[utoipa::path(patch, path = "/uploads/{id}", tag = "uploads",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The upload"),
        ("Tus-Resumable" = String, Header, description = "1.0.0", pattern = r"^1\.0\.0$"),
        ("Upload-Offset" = i64, Header, minimum = 0, description = "Where this chunk starts; must be the current offset"),
        // Optional, but never null: a header is either there or not.
        ("Upload-Checksum" = Option<String>, Header, nullable = false,
            pattern = r"^sha256 [A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$",
            description = "`sha256 <base64 of the chunk's 32-byte digest>`")),
    request_body(content = Chunk, content_type = "application/offset+octet-stream",
        description = "The chunk's bytes, at most 4 MB"),
    responses(
        (status = 204, description = "Appended; `Upload-Offset` is the new offset",
            headers(("Upload-Offset" = i64, description = "The new offset"))),
        (status = 400, description = "Missing headers, or past the declared length", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such upload of the caller's", body = ApiError),
        (status = 409, description = "`Upload-Offset` is not the current offset: ask with HEAD", body = ApiError),
        (status = 413, description = "The chunk is over 4 MB, or the finished photo has more than 40 megapixels; nothing is kept", body = ApiError),
        (status = 415, description = "Not `application/offset+octet-stream`, or the finished file is not a JPEG, PNG or PDF, or its header cannot be read; nothing is kept", body = ApiError),
        (status = 460, description = "The chunk does not match its checksum; nothing was written", body = ApiError)))]
pub async fn append(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
    ApiBytes(chunk): ApiBytes,
) -> Result<Response, AppError> {
    require_tus(&headers)?;
    if headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        != Some("application/offset+octet-stream")
    {
        return Err(refused(
            ErrorCode::UnsupportedType,
            "内容类型应为 application/offset+octet-stream",
        ));
    }
    let offset = number_header(&headers, "upload-offset")
        .ok_or_else(|| ApiError::bad_request("需要 Upload-Offset 请求头", Vec::new()))?;
    let checksum = headers
        .get("upload-checksum")
        .and_then(|v| v.to_str().ok())
        .map(|checksum| {
            checksum
                .strip_prefix("sha256 ")
                .and_then(|digest| {
                    base64::engine::general_purpose::STANDARD
                        .decode(digest.trim())
                        .ok()
                })
                // A SHA-256 digest is 32 bytes.
                .filter(|digest| digest.len() == 32)
                .ok_or_else(|| {
                    ApiError::bad_request(
                        "Upload-Checksum 应为 sha256 加 32 字节摘要的 Base64",
                        Vec::new(),
                    )
                })
        })
        .transpose()?;
    let new_offset = uploads(&state)
        .append(
            &id,
            session.user_id,
            SentChunk {
                offset,
                bytes: &chunk,
                checksum,
            },
        )
        .await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert("upload-offset", HeaderValue::from(new_offset));
    Ok(tus_headers(response))
}

/// The body of a `PATCH`: the bytes of one chunk, as they are.
pub struct Chunk;

impl utoipa::PartialSchema for Chunk {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .content_media_type("application/octet-stream")
            .into()
    }
}

impl utoipa::ToSchema for Chunk {}

/// Gives up an upload and forgets its bytes.
#[utoipa::path(delete, path = "/uploads/{id}", tag = "uploads",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The upload"), ("Tus-Resumable" = String, Header, description = "1.0.0", pattern = r"^1\.0\.0$")),
    responses(
        (status = 204, description = "Terminated"),
        (status = 400, description = "No Tus-Resumable", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such upload of the caller's", body = ApiError),
        (status = 409, description = "Handed in with an application or a consultation: it stays with it", body = ApiError)))]
pub async fn terminate(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require_tus(&headers)?;
    uploads(&state).terminate(&id, session.user_id).await?;
    Ok(tus_headers(StatusCode::NO_CONTENT.into_response()))
}
