//! The relatives routes of the hall API (亲友代办): the caller's authorities,
//! giving one, confirming one given, ending one.

use banshi_api::ids::AuthorityId;
use banshi_api::relatives::{RelativeAuthority, RelativeInvitation};
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

impl HallClient {
    pub async fn relatives(
        &self,
        access_token: &str,
    ) -> Result<Vec<RelativeAuthority>, ShellError> {
        const ACTION: &str = "list the authorities";
        self.call_for(
            ACTION,
            Method::GET,
            "me/relatives",
            None::<&()>,
            Some(access_token),
        )
        .await
    }

    pub async fn authorize_relative(
        &self,
        access_token: &str,
        invitation: &RelativeInvitation,
    ) -> Result<RelativeAuthority, ShellError> {
        const ACTION: &str = "authorize a relative";
        self.call_for(
            ACTION,
            Method::POST,
            "me/relatives",
            Some(invitation),
            Some(access_token),
        )
        .await
    }

    pub async fn confirm_authority(
        &self,
        access_token: &str,
        id: &AuthorityId,
    ) -> Result<RelativeAuthority, ShellError> {
        const ACTION: &str = "confirm an authority";
        let path = format!("me/relatives/{}/confirmation", encode_segment(id.as_str()));
        self.call_for(ACTION, Method::POST, &path, None::<&()>, Some(access_token))
            .await
    }

    pub async fn withdraw_authority(
        &self,
        access_token: &str,
        id: &AuthorityId,
    ) -> Result<(), ShellError> {
        const ACTION: &str = "end an authority";
        let path = format!("me/relatives/{}", encode_segment(id.as_str()));
        self.call(
            ACTION,
            Method::DELETE,
            &path,
            None::<&()>,
            Some(access_token),
        )
        .await
        .map(drop)
    }
}
