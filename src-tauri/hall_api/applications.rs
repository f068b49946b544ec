//! The applications routes of the hall API: submitting (with its
//! Idempotency-Key) and listing the caller's applications.

use banshi_api::applications::{Application, SubmitRequest};
use reqwest::Method;

use super::HallClient;
use crate::ShellError;

impl HallClient {
    /// Submits `request` under `key`; sending it again with the same key is harmless.
    pub async fn submit(
        &self,
        access_token: &str,
        key: &str,
        request: &SubmitRequest,
    ) -> Result<Application, ShellError> {
        const ACTION: &str = "submit an application";
        self.call_with_key(ACTION, "applications", request, access_token, key)
            .await
    }

    pub async fn applications(&self, access_token: &str) -> Result<Vec<Application>, ShellError> {
        const ACTION: &str = "list the applications";
        self.call_for(
            ACTION,
            Method::GET,
            "applications",
            None::<&()>,
            Some(access_token),
        )
        .await
    }
}
