//! The uploads routes of the hall API (tus 1.0.0): start an upload, ask how far
//! it has come, append a chunk with its sha256 checksum, terminate it.

use base64::Engine;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};

use super::HallClient;
use crate::ShellError;

const TUS_VERSION: &str = "1.0.0";

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
