//! The applications routes of the hall API: submitting (with its
//! Idempotency-Key), listing the caller's applications, following one to its
//! result, withdrawing it, and answering its correction notice.

use banshi_api::applications::{Application, ApplicationDetail, CorrectionRequest, SubmitRequest};
use banshi_api::ids::ApplicationNumber;
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
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

    /// One of the caller's applications with its timeline (another's is a 404).
    pub async fn application(
        &self,
        access_token: &str,
        number: &ApplicationNumber,
    ) -> Result<ApplicationDetail, ShellError> {
        const ACTION: &str = "read an application";
        let path = format!("applications/{}", encode_segment(number.as_str()));
        self.call_for(ACTION, Method::GET, &path, None::<&()>, Some(access_token))
            .await
    }

    /// Withdraws an application; a 409 says why not (after acceptance).
    pub async fn withdraw(
        &self,
        access_token: &str,
        number: &ApplicationNumber,
    ) -> Result<ApplicationDetail, ShellError> {
        const ACTION: &str = "withdraw an application";
        let path = format!(
            "applications/{}/withdrawal",
            encode_segment(number.as_str())
        );
        self.call_for(ACTION, Method::POST, &path, None::<&()>, Some(access_token))
            .await
    }

    /// Answers an application's correction notice under `key`; sending it
    /// again with the same key is harmless.
    pub async fn correct(
        &self,
        access_token: &str,
        key: &str,
        number: &ApplicationNumber,
        request: &CorrectionRequest,
    ) -> Result<ApplicationDetail, ShellError> {
        const ACTION: &str = "answer a correction notice";
        let path = format!(
            "applications/{}/corrections",
            encode_segment(number.as_str())
        );
        self.call_with_key(ACTION, &path, request, access_token, key)
            .await
    }
}
