//! The uploads routes of the hall API (tus 1.0.0): start an upload, ask how far
//! it has come, append a chunk with its sha256 checksum, terminate it; and
//! sending a whole file in chunks, which material pages and the photos of a
//! question or complaint share.

use base64::Engine;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};

use banshi_api::ids::UploadId;

use super::HallClient;
use crate::ShellError;
use crate::context::Context;
use crate::retries::retried;

const TUS_VERSION: &str = "1.0.0";

/// How much of a file one request carries.
pub const UPLOAD_CHUNK_BYTES: usize = 128 * 1024;

/// Sends `bytes` to the upload at `location` from `offset` (what the hall
/// has of it) to the end, chunk by chunk, each retried with backoff after a
/// lost network and signed by the session's live token; `on_progress` hears
/// each new offset.
pub async fn send_from(
    ctx: &Context,
    location: &str,
    mut offset: u64,
    bytes: &[u8],
    on_progress: &(dyn Fn(u64) + Sync),
) -> Result<(), ShellError> {
    while offset < bytes.len() as u64 {
        let end = (offset as usize + UPLOAD_CHUNK_BYTES).min(bytes.len());
        let chunk = &bytes[offset as usize..end];
        let at = offset;
        offset = retried(|| {
            ctx.with_session(move |client, token| async move {
                client.upload_chunk(&token, location, at, chunk).await
            })
        })
        .await?;
        on_progress(offset);
    }
    Ok(())
}

/// The id of the upload at `location`: its address ends with it.
pub fn upload_id(location: &str) -> Option<UploadId> {
    UploadId::parse(location.trim_end_matches('/').rsplit('/').next()?).ok()
}

impl HallClient {
    /// Starts an upload of `length` bytes; answers its address.
    pub async fn upload_create(&self, token: &str, length: u64) -> Result<String, ShellError> {
        const ACTION: &str = "start an upload";
        let request = self
            .http
            .post(self.url(ACTION, "uploads")?)
            .bearer_auth(token)
            .header("Tus-Resumable", TUS_VERSION)
            .header("Upload-Length", length);
        let response = self.send(ACTION, request).await?;
        response
            .headers()
            .get(LOCATION)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned)
            .ok_or_else(|| ShellError::Protocol(ACTION))
    }

    /// How many bytes of the upload at `location` the hall has.
    pub async fn upload_offset(&self, token: &str, location: &str) -> Result<u64, ShellError> {
        const ACTION: &str = "ask how far an upload has come";
        let request = self
            .http
            .request(Method::HEAD, self.url(ACTION, location)?)
            .bearer_auth(token)
            .header("Tus-Resumable", TUS_VERSION);
        let response = request.send().await.map_err(|source| ShellError::Network {
            action: ACTION,
            source,
        })?;
        match response.status() {
            StatusCode::OK => response
                .headers()
                .get("upload-offset")
                .and_then(|value| value.to_str().ok()?.parse().ok())
                .ok_or(ShellError::Protocol(ACTION)),
            StatusCode::NOT_FOUND => Err(ShellError::UploadGone),
            _ => Err(ShellError::Protocol(ACTION)),
        }
    }

    /// Appends `chunk` at `offset`; answers the new offset.
    pub async fn upload_chunk(
        &self,
        token: &str,
        location: &str,
        offset: u64,
        chunk: &[u8],
    ) -> Result<u64, ShellError> {
        const ACTION: &str = "send a chunk of an upload";
        let checksum = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(chunk));
        let request = self
            .http
            .patch(self.url(ACTION, location)?)
            .bearer_auth(token)
            .header("Tus-Resumable", TUS_VERSION)
            .header(CONTENT_TYPE, "application/offset+octet-stream")
            .header("Upload-Offset", offset)
            .header("Upload-Checksum", format!("sha256 {checksum}"))
            .body(chunk.to_vec());
        let response = self.send(ACTION, request).await?;
        response
            .headers()
            .get("upload-offset")
            .and_then(|value| value.to_str().ok()?.parse().ok())
            .ok_or(ShellError::Protocol(ACTION))
    }

    /// Ends the upload at `location`: the hall discards what it has of it.
    /// One already gone is what was wanted.
    pub async fn upload_terminate(&self, token: &str, location: &str) -> Result<(), ShellError> {
        const ACTION: &str = "end an upload";
        let request = self
            .http
            .delete(self.url(ACTION, location)?)
            .bearer_auth(token)
            .header("Tus-Resumable", TUS_VERSION);
        match self.send(ACTION, request).await {
            Ok(_) => Ok(()),
            Err(ShellError::Refused { status: 404, .. }) => Ok(()),
            Err(error) => Err(error),
        }
    }
}
