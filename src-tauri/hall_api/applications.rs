//! The applications routes of the hall API: submitting (with its
//! Idempotency-Key) and listing the caller's applications.

use banshi_api::applications::{Application, SubmitRequest};
use reqwest::Method;

use super::HallClient;
use super::client::decode;
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
        let response = self
            .call_with_key(ACTION, "applications", request, access_token, key)
            .await?;
        decode(ACTION, response).await
    }

    pub async fn applications(&self, access_token: &str) -> Result<Vec<Application>, ShellError> {
        const ACTION: &str = "list the applications";
        let response = self
            .call(
                ACTION,
                Method::GET,
                "applications",
                None::<&()>,
                Some(access_token),
            )
            .await?;
        decode(ACTION, response).await
    }
}
