//! The consultations routes of the hall API (咨询投诉): asking under an
//! Idempotency-Key, and the caller's questions and complaints with their threads.

use banshi_api::consultations::{Consultation, NewConsultation};
use banshi_api::ids::ConsultationId;
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

impl HallClient {
    /// Asks or complains under `key`; sending it again with the same key is harmless.
    pub async fn consult(
        &self,
        access_token: &str,
        key: &str,
        request: &NewConsultation,
    ) -> Result<Consultation, ShellError> {
        const ACTION: &str = "send a question or complaint";
        self.call_with_key(ACTION, "consultations", request, access_token, key)
            .await
    }

    pub async fn consultations(&self, access_token: &str) -> Result<Vec<Consultation>, ShellError> {
        const ACTION: &str = "list the questions and complaints";
        self.call_for(
            ACTION,
            Method::GET,
            "consultations",
            None::<&()>,
            Some(access_token),
        )
        .await
    }

    /// One of the caller's questions or complaints with its thread (another's is a 404).
    pub async fn consultation(
        &self,
        access_token: &str,
        id: &ConsultationId,
    ) -> Result<Consultation, ShellError> {
        const ACTION: &str = "read a question or complaint";
        let path = format!("consultations/{}", encode_segment(id.as_str()));
        self.call_for(ACTION, Method::GET, &path, None::<&()>, Some(access_token))
            .await
    }
}
