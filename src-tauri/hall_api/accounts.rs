//! The accounts routes of the hall API: registering, logging in and out,
//! rotating the token pair, and the caller's profile.

use banshi_api::accounts::{
    LoginRequest, Profile, RefreshRequest, RegisterRequest, RegistrationConfirmation,
    RegistrationStarted, SmsCodeRequest, SmsCodeSent, TokenPair,
};
use banshi_api::forms::Address;
use reqwest::Method;

use super::HallClient;
use crate::ShellError;

/// No request body.
const NO_BODY: Option<&()> = None;

impl HallClient {
    /// Starts a registration; the hall texts the mobile number.
    pub async fn register(
        &self,
        request: &RegisterRequest,
    ) -> Result<RegistrationStarted, ShellError> {
        const ACTION: &str = "start registering an account";
        self.call_for(ACTION, Method::POST, "accounts", Some(request), None)
            .await
    }

    /// Finishes a registration with the code texted.
    pub async fn confirm_registration(
        &self,
        request: &RegistrationConfirmation,
    ) -> Result<Profile, ShellError> {
        const ACTION: &str = "confirm a registration";
        self.call_for(
            ACTION,
            Method::POST,
            "accounts/confirmation",
            Some(request),
            None,
        )
        .await
    }

    pub async fn log_in(&self, request: &LoginRequest) -> Result<TokenPair, ShellError> {
        const ACTION: &str = "log in";
        self.call_for(ACTION, Method::POST, "sessions", Some(request), None)
            .await
    }

    pub async fn send_sms_code(&self, request: &SmsCodeRequest) -> Result<SmsCodeSent, ShellError> {
        const ACTION: &str = "send an SMS login code";
        self.call_for(
            ACTION,
            Method::POST,
            "sessions/sms-codes",
            Some(request),
            None,
        )
        .await
    }

    /// A new pair for `refresh_token`, which is used up by the exchange.
    pub async fn refresh(&self, refresh_token: &str) -> Result<TokenPair, ShellError> {
        const ACTION: &str = "renew the session";
        let body = RefreshRequest {
            refresh_token: refresh_token.to_owned(),
        };
        self.call_for(ACTION, Method::POST, "sessions/refresh", Some(&body), None)
            .await
    }

    /// Revokes the session `access_token` belongs to.
    pub async fn log_out(&self, access_token: &str) -> Result<(), ShellError> {
        self.call(
            "log out",
            Method::DELETE,
            "sessions/current",
            NO_BODY,
            Some(access_token),
        )
        .await?;
        Ok(())
    }

    pub async fn me(&self, access_token: &str) -> Result<Profile, ShellError> {
        const ACTION: &str = "read the profile";
        self.call_for(ACTION, Method::GET, "me", NO_BODY, Some(access_token))
            .await
    }

    /// Sets the address on file; answers the profile with it.
    pub async fn set_address(
        &self,
        access_token: &str,
        address: &Address,
    ) -> Result<Profile, ShellError> {
        const ACTION: &str = "set the address on file";
        self.call_for(
            ACTION,
            Method::PUT,
            "me/address",
            Some(address),
            Some(access_token),
        )
        .await
    }
}
