//! `/uploads`: resumable uploads of material files by tus 1.0.0 — creation,
//! `HEAD` for the offset, `PATCH` to append, termination, and the checksum
//! extension (`Upload-Checksum: sha256 <base64>` per chunk). A file is checked
//! by its content once complete: JPEG, PNG or PDF only, a photo's header read
//! for its size (never decoded) and at most [`MAX_PIXELS`]. Each upload belongs
//! to the user who created it; for anyone else it does not exist. Once handed
//! in with an application it stays with it: it cannot be terminated.
//!
//! One deviation from tus: a request without `Tus-Resumable: 1.0.0` is a 400
//! in the error shape rather than a 412.

use std::io::Read;
use std::path::PathBuf;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use banshi_api::{ApiError, ErrorCode};
use base64::Engine;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncSeekExt, AsyncWriteExt};

use super::AppState;
use crate::credentials;
use crate::error::{AppError, not_found, refused};
use crate::extract::{ApiBytes, ApiPath, Caller};

/// The tus protocol version spoken.
const TUS_VERSION: &str = "1.0.0";
/// The largest file accepted: 10 MB (a prepared photo is at most 500 KB; a PDF scan more).
pub const MAX_UPLOAD_BYTES: i64 = 10 * 1024 * 1024;
/// The largest chunk one `PATCH` may carry.
pub const MAX_CHUNK_BYTES: usize = 4 * 1024 * 1024;
/// The most pixels a photo may have: 40 megapixels (a prepared photo has at most
/// 2048 × 2048; a header declaring far more is a decompression bomb).
pub const MAX_PIXELS: u64 = 40_000_000;
/// How long writing one chunk may hold an upload: a writer that died while
/// holding it keeps no one out for longer.
const WRITE_LEASE_SECONDS: i64 = 60;

/// Where the bytes of `id` are kept.
/// Where the bytes of upload `id` are kept in the uploads folder `folder`.
pub fn upload_file(folder: &std::path::Path, id: &str) -> PathBuf {
    folder.join(format!("{id}.part"))
}

fn file_of(state: &AppState, id: &str) -> PathBuf {
    upload_file(&state.uploads, id)
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
    if length > MAX_UPLOAD_BYTES {
        return Err(refused(
            ErrorCode::TooLarge,
            format!(
                "文件超过 {} MB，请压缩后再上传",
                MAX_UPLOAD_BYTES / 1024 / 1024
            ),
        ));
    }
    let id = credentials::new_id()?;
    tokio::fs::create_dir_all(&state.uploads)
        .await
        .map_err(|_| AppError::Fault("create the uploads folder"))?;
    tokio::fs::File::create(file_of(&state, &id))
        .await
        .map_err(|_| AppError::Fault("create an upload's file"))?;
    state
        .db
        .create_upload(&id, session.user_id, length, state.clock.now())
        .await?;
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
    let upload = state
        .db
        .upload(&id, session.user_id)
        .await?
        .ok_or_else(|| not_found("没有这个上传"))?;
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
        ("Upload-Checksum" = Option<String>, Header,
            pattern = r"^sha256 (?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$",
            description = "`sha256 <base64 digest of the chunk>`")),
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
    let upload = state
        .db
        .upload(&id, session.user_id)
        .await?
        .ok_or_else(|| not_found("没有这个上传"))?;
    let offset = number_header(&headers, "upload-offset")
        .ok_or_else(|| ApiError::bad_request("需要 Upload-Offset 请求头", Vec::new()))?;
    if offset != upload.offset {
        return Err(refused(
            ErrorCode::Conflict,
            format!("上传位置不一致：服务器已收到 {} 字节", upload.offset),
        ));
    }
    if offset + chunk.len() as i64 > upload.length {
        return Err(ApiError::bad_request("上传的内容超过了声明的文件大小", Vec::new()).into());
    }
    if let Some(checksum) = headers.get("upload-checksum").and_then(|v| v.to_str().ok()) {
        let expected = checksum
            .strip_prefix("sha256 ")
            .and_then(|digest| {
                base64::engine::general_purpose::STANDARD
                    .decode(digest.trim())
                    .ok()
            })
            .ok_or_else(|| {
                ApiError::bad_request("Upload-Checksum 应为 sha256 加 Base64 摘要", Vec::new())
            })?;
        if Sha256::digest(&chunk).as_slice() != expected.as_slice() {
            return Err(refused(
                ErrorCode::ChecksumMismatch,
                "这段数据在传输中出错，请重新发送",
            ));
        }
    }
    if !state
        .db
        .start_writing(&id, offset, state.clock.now(), WRITE_LEASE_SECONDS)
        .await?
    {
        return Err(refused(
            ErrorCode::Conflict,
            "这个位置的数据正在由另一个请求写入，请查询上传位置后再继续",
        ));
    }
    let path = file_of(&state, &id);
    if append_at(&path, offset, &chunk).await.is_err() {
        state.db.stop_writing(&id, offset, offset).await?;
        return Err(AppError::Fault("store an upload's chunk"));
    }
    let new_offset = offset + chunk.len() as i64;
    if new_offset == upload.length
        && let Err(refusal) = check_content(path).await
    {
        discard(&state, &id).await?;
        return Err(refusal);
    }
    state.db.stop_writing(&id, offset, new_offset).await?;
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

/// Writes `chunk` at `offset`, first cutting off anything past it (left by a
/// write whose offset was never recorded), and flushes it to the disk.
async fn append_at(path: &std::path::Path, offset: i64, chunk: &[u8]) -> std::io::Result<()> {
    let mut file = tokio::fs::OpenOptions::new().write(true).open(path).await?;
    file.set_len(u64::try_from(offset).unwrap_or(0)).await?;
    file.seek(std::io::SeekFrom::End(0)).await?;
    file.write_all(chunk).await?;
    file.sync_all().await
}

/// What a finished file holds, by its content.
enum Content {
    Pdf,
    /// A JPEG or PNG, with its size if its header could be read.
    Photo(Option<imagesize::ImageSize>),
    Other,
}

/// Reads the kind of the file at `path` from its first bytes, and a photo's size
/// from its header alone.
fn content_of(path: &std::path::Path) -> Content {
    let mut start = [0u8; 8];
    let read = std::fs::File::open(path)
        .and_then(|mut file| file.read(&mut start))
        .unwrap_or(0);
    let start = &start[..read];
    if start.starts_with(b"%PDF-") {
        Content::Pdf
    } else if start.starts_with(&[0xFF, 0xD8, 0xFF]) || start.starts_with(b"\x89PNG\r\n\x1a\n") {
        Content::Photo(imagesize::size(path).ok())
    } else {
        Content::Other
    }
}

/// Checks a finished file by its content: a PDF, or a JPEG or PNG whose header
/// gives a size of at most [`MAX_PIXELS`].
async fn check_content(path: PathBuf) -> Result<(), AppError> {
    let content = tokio::task::spawn_blocking(move || content_of(&path))
        .await
        .map_err(|_| AppError::Fault("read an upload's header"))?;
    match content {
        Content::Pdf => Ok(()),
        Content::Photo(Some(size)) if size.width as u64 * size.height as u64 > MAX_PIXELS => {
            Err(refused(
                ErrorCode::TooLarge,
                format!("照片超过 {} 万像素，请缩小后再上传", MAX_PIXELS / 10_000),
            ))
        }
        Content::Photo(Some(size)) if size.width > 0 && size.height > 0 => Ok(()),
        Content::Photo(_) => Err(refused(
            ErrorCode::UnsupportedType,
            "照片不完整或已损坏，请重新拍摄或选择",
        )),
        Content::Other => Err(refused(
            ErrorCode::UnsupportedType,
            "只能上传 JPEG、PNG 照片或 PDF 文件",
        )),
    }
}

/// Forgets an upload and its bytes, unless it was handed in with an
/// application; whether it did.
async fn discard(state: &AppState, id: &str) -> Result<bool, AppError> {
    if !state.db.delete_upload(id).await? {
        return Ok(false);
    }
    let _ = tokio::fs::remove_file(file_of(state, id)).await;
    Ok(true)
}

/// Gives up an upload and forgets its bytes.
#[utoipa::path(delete, path = "/uploads/{id}", tag = "uploads",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The upload"), ("Tus-Resumable" = String, Header, description = "1.0.0", pattern = r"^1\.0\.0$")),
    responses(
        (status = 204, description = "Terminated"),
        (status = 400, description = "No Tus-Resumable", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such upload of the caller's", body = ApiError),
        (status = 409, description = "Handed in with an application: it stays with it", body = ApiError)))]
pub async fn terminate(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    require_tus(&headers)?;
    state
        .db
        .upload(&id, session.user_id)
        .await?
        .ok_or_else(|| not_found("没有这个上传"))?;
    if !discard(&state, &id).await? {
        return Err(refused(
            ErrorCode::Conflict,
            "这一页已随申请提交，不能再删除",
        ));
    }
    Ok(tus_headers(StatusCode::NO_CONTENT.into_response()))
}
