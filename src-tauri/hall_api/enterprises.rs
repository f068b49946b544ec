//! The enterprise routes of the hall API: the enterprise as registered,
//! whose data fill its forms.

use banshi_api::enterprises::EnterpriseProfile;
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

impl HallClient {
    pub async fn enterprise(
        &self,
        access_token: &str,
        uscc: &str,
    ) -> Result<EnterpriseProfile, ShellError> {
        const ACTION: &str = "read the enterprise";
        let path = format!("enterprises/{}", encode_segment(uscc));
        self.call_for(ACTION, Method::GET, &path, None::<&()>, Some(access_token))
            .await
    }
}
