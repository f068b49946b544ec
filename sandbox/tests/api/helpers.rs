//! `spawn_app`: a sandbox on a free port with a fresh data folder, and a client
//! with request helpers (JSON, `Idempotency-Key`, tus uploads).

use banshi_api::{ApiError, ErrorCode};
use std::sync::Arc;

use banshi_sandbox::startup::Running;
use banshi_sandbox::store::Store;
use banshi_sandbox::{Application, Settings, clock};
use base64::Engine;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

/// A real camera photo, a JPEG of 160 KB.
pub const PHOTO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/photos/gps/DSCN0010.jpg"
);

pub struct TestApp {
    /// e.g. `http://127.0.0.1:41234/api/v1`
    pub api_url: String,
    pub client: reqwest::Client,
    /// The server's own database handle, for arranging what the API does not offer.
    pub db: Arc<dyn Store>,
    /// Kept so the database outlives the test.
    pub data: tempfile::TempDir,
    /// Kept so the server serves until the test ends.
    _stop: tokio::sync::oneshot::Sender<()>,
}

/// Starts a sandbox with a fresh, freshly seeded database, showing the texts
/// it sends (`--dev-sms`), as registering needs the code texted.
pub async fn spawn_app() -> TestApp {
    spawn_with(|_| ()).await
}

/// Starts a sandbox like [`spawn_app`] whose clock starts at `china_time`
/// (`YYYY-MM-DDTHH:MM`), so that bookings and queues do not depend on when the
/// tests run.
pub async fn spawn_app_at(china_time: &str) -> TestApp {
    let start = clock::parse_china_instant(china_time).expect("a China local time");
    spawn_with(|settings| settings.clock = Some(start)).await
}

/// Starts a sandbox like [`spawn_app`] with settings changed by `configure`.
pub async fn spawn_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let data = tempfile::tempdir().expect("a temporary data folder");
    let mut settings = Settings::loopback(data.path());
    // Queues move only when a test calls a number as staff.
    settings.queue_pace = 0;
    settings.dev_sms = true;
    configure(&mut settings);
    let running = spawn_settings(&settings).await;
    TestApp {
        api_url: running.api_url,
        client: reqwest::Client::new(),
        db: running.store,
        data,
        _stop: running.stop,
    }
}

/// Starts a sandbox over an existing data folder; answers its API URL and
/// what stops it when dropped.
pub async fn spawn_on(data: &std::path::Path) -> (String, tokio::sync::oneshot::Sender<()>) {
    let settings = Settings {
        queue_pace: 0,
        ..Settings::loopback(data)
    };
    let running = spawn_settings(&settings).await;
    (running.api_url, running.stop)
}

async fn spawn_settings(settings: &Settings) -> Running {
    Application::spawn(settings)
        .await
        .expect("the sandbox starts")
}

/// Decodes an answer expected to have `status` (`why` says why it must).
pub async fn expect<T: DeserializeOwned>(
    response: reqwest::Response,
    status: StatusCode,
    why: &str,
) -> T {
    let answered = response.status();
    if answered != status {
        let body = response.text().await.unwrap_or_default();
        panic!("{why}: expected {status}, the hall answered {answered}: {body}");
    }
    response
        .json()
        .await
        .expect("the body is the documented JSON")
}

/// Expects an error answer with `status`, whose code is the one the contract
/// gives that status, and decodes it.
pub async fn expect_error(response: reqwest::Response, status: StatusCode, why: &str) -> ApiError {
    let error: ApiError = expect(response, status, why).await;
    assert_eq!(
        code_of(status),
        Some(error.code),
        "{why}: the code callers match on goes with {status}"
    );
    error
}

/// The error code the contract answers with `status`.
fn code_of(status: StatusCode) -> Option<ErrorCode> {
    Some(match status {
        StatusCode::BAD_REQUEST => ErrorCode::BadRequest,
        StatusCode::UNAUTHORIZED => ErrorCode::Unauthorized,
        StatusCode::FORBIDDEN => ErrorCode::Forbidden,
        StatusCode::NOT_FOUND => ErrorCode::NotFound,
        StatusCode::CONFLICT => ErrorCode::Conflict,
        StatusCode::GONE => ErrorCode::Gone,
        StatusCode::LOCKED => ErrorCode::Locked,
        StatusCode::TOO_MANY_REQUESTS => ErrorCode::TooManyRequests,
        StatusCode::UNPROCESSABLE_ENTITY => ErrorCode::KeyReused,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::TooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedType,
        StatusCode::SERVICE_UNAVAILABLE => ErrorCode::Unavailable,
        StatusCode::INTERNAL_SERVER_ERROR => ErrorCode::Internal,
        status if status.as_u16() == 460 => ErrorCode::ChecksumMismatch,
        _ => return None,
    })
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.api_url))
            .send()
            .await
            .expect("the request reaches the sandbox")
    }

    /// GETs `path` and decodes a 200 answer.
    pub async fn get_ok<T: DeserializeOwned>(&self, path: &str) -> T {
        let response = self.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path} must succeed");
        response
            .json()
            .await
            .expect("the body is the documented JSON")
    }

    /// Sends `method path` with an optional JSON body and bearer token.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&serde_json::Value>,
        token: Option<&str>,
    ) -> reqwest::Response {
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.api_url));
        if let Some(body) = body {
            request = request.json(body);
        }
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request
            .send()
            .await
            .expect("the request reaches the sandbox")
    }

    /// POSTs `body` to `path` (with `token` if given).
    pub async fn post(
        &self,
        path: &str,
        body: &serde_json::Value,
        token: Option<&str>,
    ) -> reqwest::Response {
        self.send(reqwest::Method::POST, path, Some(body), token)
            .await
    }

    /// The sandbox's database, opened beside the server, for arranging what the
    /// API cannot (an expired code).
    pub async fn database(&self) -> sqlx::SqlitePool {
        let path = self.data.path().join("sandbox.sqlite3");
        sqlx::SqlitePool::connect(&format!("sqlite:{}", path.display()))
            .await
            .expect("the sandbox database opens")
    }

    /// POSTs `body` to `path` as `token` under `Idempotency-Key: key`.
    pub async fn post_once(
        &self,
        path: &str,
        body: &serde_json::Value,
        token: &str,
        key: &str,
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.api_url))
            .bearer_auth(token)
            .header("Idempotency-Key", key)
            .json(body)
            .send()
            .await
            .expect("the request reaches the sandbox")
    }

    /// A tus request to `path`: an API path, or a `Location` the server gave.
    pub fn tus(&self, method: Method, path: &str, token: &str) -> reqwest::RequestBuilder {
        let url = if path.starts_with("/api/") {
            format!("{}{}", self.api_url.trim_end_matches("/api/v1"), path)
        } else {
            format!("{}{path}", self.api_url)
        };
        self.client
            .request(method, url)
            .bearer_auth(token)
            .header("Tus-Resumable", "1.0.0")
    }

    /// Creates an upload of `length` bytes; answers its `Location`.
    pub async fn create_upload(&self, token: &str, length: usize) -> String {
        let response = self
            .tus(Method::POST, "/uploads", token)
            .header("Upload-Length", length.to_string())
            .send()
            .await
            .expect("the sandbox answers");
        assert_eq!(response.status(), StatusCode::CREATED);
        response.headers()["location"]
            .to_str()
            .expect("a Location")
            .to_owned()
    }

    /// Sends `chunk` at `offset`, with the SHA-256 of `checksum` if given.
    pub async fn patch_upload(
        &self,
        token: &str,
        location: &str,
        offset: usize,
        chunk: &[u8],
        checksum: Option<&[u8]>,
    ) -> reqwest::Response {
        let mut request = self
            .tus(Method::PATCH, location, token)
            .header("Content-Type", "application/offset+octet-stream")
            .header("Upload-Offset", offset.to_string())
            .body(chunk.to_vec());
        if let Some(digest_of) = checksum {
            let digest =
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(digest_of));
            request = request.header("Upload-Checksum", format!("sha256 {digest}"));
        }
        request.send().await.expect("the sandbox answers")
    }

    /// Uploads `file` whole, in chunks as large as the server takes; answers
    /// the upload's id.
    pub async fn upload(&self, token: &str, file: &[u8]) -> String {
        let location = self.create_upload(token, file.len()).await;
        let chunk = banshi_sandbox::domain::uploads::MAX_CHUNK_BYTES;
        for (number, part) in file.chunks(chunk).enumerate() {
            let response = self
                .patch_upload(token, &location, number * chunk, part, None)
                .await;
            assert_eq!(
                response.status(),
                StatusCode::NO_CONTENT,
                "a photo is uploaded in chunks"
            );
        }
        upload_id(&location).to_owned()
    }

    /// GETs `path`, expects `status`, and decodes the error shape.
    pub async fn get_error(&self, path: &str, status: StatusCode) -> ApiError {
        expect_error(self.get(path).await, status, &format!("GET {path}")).await
    }
}

/// A well-formed implementation code that no item of the demo city has.
pub const NO_SUCH_ITEM: &str = "11341600MB0000001A000105001000999";

/// The password of the people tests register.
pub const PASSWORD: &str = "Banshi#2026";

/// A valid resident ID (GB 11643 check character) numbered `sequence`.
pub fn resident_id(sequence: u32) -> String {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let body = format!("34160219900101{sequence:03}");
    let sum: u32 = body
        .bytes()
        .zip(WEIGHTS)
        .map(|(digit, weight)| u32::from(digit - b'0') * weight)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{body}{check}")
}

/// The mobile number of person `sequence`.
pub fn mobile(sequence: u32) -> String {
    format!("1380000{sequence:04}")
}

/// Registers person `sequence` (张三) as a person would: the details, then the
/// code texted; answers their profile.
pub async fn register(app: &TestApp, sequence: u32) -> serde_json::Value {
    let details = serde_json::json!({
        "name": "张三",
        "resident_id": resident_id(sequence),
        "mobile": mobile(sequence),
        "password": PASSWORD,
    });
    let _: serde_json::Value = expect(
        app.post("/accounts", &details, None).await,
        StatusCode::ACCEPTED,
        "valid details start a registration",
    )
    .await;
    let sent: serde_json::Value = app
        .get_ok(&format!("/dev/sms-codes/{}", mobile(sequence)))
        .await;
    expect(
        app.post(
            "/accounts/confirmation",
            &serde_json::json!({"mobile": mobile(sequence), "sms_code": sent["code"]}),
            None,
        )
        .await,
        StatusCode::CREATED,
        "the code texted confirms the registration",
    )
    .await
}

/// Registers and logs in person `sequence`; answers the token pair.
pub async fn registered_session(app: &TestApp, sequence: u32) -> serde_json::Value {
    register(app, sequence).await;
    let response = app
        .post(
            "/sessions",
            &serde_json::json!({ "mobile": mobile(sequence), "password": PASSWORD }),
            None,
        )
        .await;
    expect(response, StatusCode::CREATED, "the right password logs in").await
}

/// Logs a demo person in with the README's password; answers their access token.
pub async fn demo_token(app: &TestApp, mobile: &str) -> String {
    let tokens: serde_json::Value = expect(
        app.post(
            "/sessions",
            &serde_json::json!({
                "mobile": mobile,
                "password": banshi_sandbox::demo_accounts::DEMO_PASSWORD,
            }),
            None,
        )
        .await,
        StatusCode::CREATED,
        "every demo person logs in with the README's password",
    )
    .await;
    tokens["access_token"]
        .as_str()
        .expect("an access token")
        .to_owned()
}

/// The id of the upload at `location`.
pub fn upload_id(location: &str) -> &str {
    location.rsplit('/').next().expect("an upload id")
}

/// A PNG whose header declares `width` × `height`, padded to `length` bytes
/// (at least 33): all an upload's check reads, without pixels to decode.
pub fn png(width: u32, height: u32, length: usize) -> Vec<u8> {
    let mut file = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    file.extend(width.to_be_bytes());
    file.extend(height.to_be_bytes());
    // 8-bit RGB, deflate, no interlacing; the CRC is not checked.
    file.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    file.resize(length.max(file.len()), 0);
    file
}
