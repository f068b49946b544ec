//! `spawn_app`: a sandbox on a free port with a fresh data folder, and a client.

use banshi_api::ApiError;
use banshi_sandbox::{Application, Settings};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

pub struct TestApp {
    /// e.g. `http://127.0.0.1:41234/api/v1`
    pub api_url: String,
    pub client: reqwest::Client,
    /// Kept so the database outlives the test.
    pub data: tempfile::TempDir,
}

/// Starts a sandbox with a fresh, freshly seeded database.
pub async fn spawn_app() -> TestApp {
    let data = tempfile::tempdir().expect("a temporary data folder");
    let api_url = spawn_on(data.path()).await;
    TestApp {
        api_url,
        client: reqwest::Client::new(),
        data,
    }
}

/// Starts a sandbox over an existing data folder; returns its API URL.
pub async fn spawn_on(data: &std::path::Path) -> String {
    let app = Application::build(&Settings::loopback(data))
        .await
        .expect("the sandbox starts");
    let api_url = app.api_url();
    tokio::spawn(app.run_until_stopped(std::future::pending()));
    api_url
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

    /// GETs `path`, expects `status`, and decodes the error shape.
    pub async fn get_error(&self, path: &str, status: StatusCode) -> ApiError {
        let response = self.get(path).await;
        assert_eq!(response.status(), status, "GET {path}");
        response
            .json()
            .await
            .expect("every error answer has the {code, message, fields} shape")
    }
}
