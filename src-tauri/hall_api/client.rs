//! The typed HTTP client of the hall API (reqwest over rustls). One method per
//! route; every failure says what it was doing.

use std::io::Read;
use std::time::Duration;

use banshi_api::ApiError;
use banshi_api::catalog::Item;
use banshi_api::forms::Form;
use banshi_api::halls::Hall;
use banshi_api::search::SyncProgress;
use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING, ETAG, IF_NONE_MATCH};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

use crate::ShellError;

#[derive(Debug, Clone)]
pub struct HallClient {
    base: Url,
    pub(super) http: reqwest::Client,
}

impl HallClient {
    /// A client of the API at `base` (ending in `/`, e.g. `https://…/api/v1/`).
    pub fn new(base: Url) -> Result<Self, ShellError> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("Banshi/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|source| ShellError::Network {
                action: "build the HTTP client",
                source,
            })?;
        Ok(Self { base, http })
    }

    pub async fn halls(&self) -> Result<Vec<Hall>, ShellError> {
        self.get("list the halls", "halls", &()).await
    }

    pub async fn item(&self, code: &str) -> Result<Item, ShellError> {
        let path = format!("catalog/items/{}", encode_segment(code));
        self.get("read an item's guide", &path, &()).await
    }

    /// The application form of an item that can be applied for online.
    pub async fn form(&self, code: &str) -> Result<Form, ShellError> {
        let path = format!("catalog/items/{}/form", encode_segment(code));
        self.get("read an item's application form", &path, &())
            .await
    }

    /// The catalog snapshot, unless `etag` says the copy held is current. Reports
    /// each chunk received to `on_progress`.
    pub async fn snapshot(
        &self,
        etag: Option<&str>,
        on_progress: &impl Fn(SyncProgress),
    ) -> Result<SnapshotFetch, ShellError> {
        const ACTION: &str = "download the catalog";
        let url = self.url(ACTION, "catalog/snapshot")?;
        // Asked for explicitly (reqwest's own decoding is off) so that progress
        // counts the bytes that cross the network.
        let mut request = self.http.get(url).header(ACCEPT_ENCODING, "gzip");
        if let Some(etag) = etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        let network = |source| ShellError::Network {
            action: ACTION,
            source,
        };
        let mut response = request.send().await.map_err(network)?;
        match response.status() {
            StatusCode::NOT_MODIFIED => return Ok(SnapshotFetch::Unchanged),
            status if !status.is_success() => return Err(refused(ACTION, response).await),
            _ => {}
        }
        let etag = response
            .headers()
            .get(ETAG)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let gzipped = response
            .headers()
            .get(CONTENT_ENCODING)
            .is_some_and(|coding| coding.as_bytes().eq_ignore_ascii_case(b"gzip"));
        let total = response.content_length();
        let mut body = Vec::with_capacity(total.and_then(|t| usize::try_from(t).ok()).unwrap_or(0));
        while let Some(chunk) = response.chunk().await.map_err(network)? {
            body.extend_from_slice(&chunk);
            on_progress(SyncProgress {
                received: body.len() as u64,
                total,
            });
        }
        if gzipped {
            body = gunzip(&body).map_err(|source| ShellError::Gunzip {
                action: "sync the catalog",
                source,
            })?;
        }
        Ok(SnapshotFetch::Changed { etag, body })
    }

    /// The raw bytes at `path` (relative to the API base), e.g. a guide's form.
    pub async fn download(&self, action: &'static str, path: &str) -> Result<Vec<u8>, ShellError> {
        let url = self.url(action, path)?;
        let network = |source| ShellError::Network { action, source };
        let response = self.http.get(url).send().await.map_err(network)?;
        if !response.status().is_success() {
            return Err(refused(action, response).await);
        }
        Ok(response.bytes().await.map_err(network)?.to_vec())
    }

    pub(super) fn url(&self, action: &'static str, path: &str) -> Result<Url, ShellError> {
        self.base.join(path).map_err(|_| ShellError::Refused {
            action,
            status: 400,
            error: ApiError::bad_request("请求地址无效", Vec::new()),
        })
    }

    pub(super) async fn get<T: DeserializeOwned>(
        &self,
        action: &'static str,
        path: &str,
        query: &impl serde::Serialize,
    ) -> Result<T, ShellError> {
        let request = self.http.get(self.url(action, path)?).query(query);
        decode(action, self.send(action, request).await?).await
    }

    /// Sends `request` with `body` as JSON and `bearer` as the credentials, and
    /// answers the successful response, or the API's error.
    pub(super) async fn call(
        &self,
        action: &'static str,
        method: Method,
        path: &str,
        body: Option<&impl serde::Serialize>,
        bearer: Option<&str>,
    ) -> Result<reqwest::Response, ShellError> {
        let mut request = self.http.request(method, self.url(action, path)?);
        if let Some(body) = body {
            request = request.json(body);
        }
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        self.send(action, request).await
    }

    /// Sends a request as [`Self::call`] does and decodes its JSON answer.
    pub(super) async fn call_for<T: DeserializeOwned>(
        &self,
        action: &'static str,
        method: Method,
        path: &str,
        body: Option<&impl serde::Serialize>,
        bearer: Option<&str>,
    ) -> Result<T, ShellError> {
        decode(action, self.call(action, method, path, body, bearer).await?).await
    }

    /// POSTs `body` as JSON with `bearer` and an `Idempotency-Key`; decodes
    /// the JSON answer.
    pub(super) async fn call_with_key<T: DeserializeOwned>(
        &self,
        action: &'static str,
        path: &str,
        body: &impl serde::Serialize,
        bearer: &str,
        key: &str,
    ) -> Result<T, ShellError> {
        let request = self
            .http
            .post(self.url(action, path)?)
            .json(body)
            .bearer_auth(bearer)
            .header("Idempotency-Key", key);
        decode(action, self.send(action, request).await?).await
    }

    pub(super) async fn send(
        &self,
        action: &'static str,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, ShellError> {
        let response = request
            .send()
            .await
            .map_err(|source| ShellError::Network { action, source })?;
        if response.status().is_success() {
            Ok(response)
        } else {
            Err(refused(action, response).await)
        }
    }
}

/// The documented JSON of a successful response.
pub(super) async fn decode<T: DeserializeOwned>(
    action: &'static str,
    response: reqwest::Response,
) -> Result<T, ShellError> {
    response
        .json()
        .await
        .map_err(|source| ShellError::Decode { action, source })
}

/// The outcome of asking for the catalog snapshot.
pub enum SnapshotFetch {
    /// The copy held is current (304).
    Unchanged,
    /// A new snapshot, as sent, with its ETag.
    Changed { etag: String, body: Vec<u8> },
}

/// The error a refusing answer carries in its body.
pub(super) async fn refused(action: &'static str, response: reqwest::Response) -> ShellError {
    let status = response.status().as_u16();
    match response.json::<ApiError>().await {
        Ok(error) => ShellError::Refused {
            action,
            status,
            error,
        },
        Err(source) => ShellError::Decode { action, source },
    }
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, std::io::Error> {
    let mut out = Vec::with_capacity(bytes.len() * 16);
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

/// Percent-encodes one path segment, so a code cannot add path segments or a query.
pub(super) fn encode_segment(segment: &str) -> String {
    url::form_urlencoded::byte_serialize(segment.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

#[cfg(test)]
mod tests {
    use super::encode_segment;

    #[test]
    fn a_path_segment_cannot_escape_its_place() {
        assert_eq!(encode_segment("../halls?x=1"), "..%2Fhalls%3Fx%3D1");
        assert_eq!(encode_segment("11341600 A"), "11341600%20A");
    }
}
