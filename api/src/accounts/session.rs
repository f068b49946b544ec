//! Logging in and staying logged in: the login request (password or SMS code),
//! the token pair and its rotation, and the SMS code messages.

use serde::{Deserialize, Serialize};

/// `POST /sessions`: log in with a password or with an SMS code (exactly one).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginRequest {
    pub mobile: String,
    #[serde(default)]
    pub password: Option<String>,
    #[serde(default)]
    pub sms_code: Option<String>,
}

/// Exactly one of the password and the code, which a derived schema cannot say.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for LoginRequest {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        crate::openapi::login_request()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for LoginRequest {}

/// Shows the number but never the password or the code.
impl std::fmt::Debug for LoginRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginRequest")
            .field("mobile", &self.mobile)
            .field("with_password", &self.password.is_some())
            .field("with_sms_code", &self.sms_code.is_some())
            .finish()
    }
}

/// A fresh pair of bearer tokens.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenPair {
    /// Sent as `Authorization: Bearer …`.
    pub access_token: String,
    /// Seconds until the access token expires.
    pub access_expires_in: i64,
    /// Exchanged once at `POST /sessions/refresh` for a new pair.
    pub refresh_token: String,
    /// Seconds until the refresh token expires.
    pub refresh_expires_in: i64,
}

/// Never prints the tokens, so a pair in a log line or a panic leaks nothing.
impl std::fmt::Debug for TokenPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenPair")
            .field("access_expires_in", &self.access_expires_in)
            .field("refresh_expires_in", &self.refresh_expires_in)
            .finish_non_exhaustive()
    }
}

/// `POST /sessions/sms-codes`: send a login code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SmsCodeRequest {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::mobile))]
    pub mobile: String,
}

/// A login code was sent (whether or not the number has an account).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SmsCodeSent {
    /// Seconds the code stays valid.
    pub expires_in: i64,
}

/// Development only: the code last sent to a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DevSmsCode {
    pub mobile: String,
    pub code: String,
    pub expires_in: i64,
}

/// Development only: every text sent to a number, the oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DevSmsMessages {
    pub mobile: String,
    pub messages: Vec<String>,
}

/// `POST /sessions/refresh`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefreshRequest {
    pub refresh_token: String,
}

impl std::fmt::Debug for RefreshRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RefreshRequest").finish_non_exhaustive()
    }
}
