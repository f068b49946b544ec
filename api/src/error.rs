//! The one error shape used at every boundary: server → shell → UI.
//!
//! Callers act on [`ErrorCode`], never on the message text; the message is for
//! people and is written in the user's language by whoever raises the error.

use serde::{Deserialize, Serialize};

/// What went wrong, as a code a caller can match on.
///
/// A code exists only because some caller acts on it differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is malformed or a parameter is out of range; `fields` names which.
    BadRequest,
    /// The thing asked for does not exist (an unknown item code or hall).
    NotFound,
    /// Not logged in, or the session has ended: the UI takes the user to log in.
    Unauthorized,
    /// Logged in, but not allowed to do this (e.g. not the enterprise's legal representative).
    Forbidden,
    /// It exists already (a registered mobile number, ID or enterprise).
    Conflict,
    /// It was deleted after the version sent was made (a draft deleted or
    /// submitted on another device): the sender should let it go too.
    Gone,
    /// Too many failed attempts: locked until the time the message names.
    Locked,
    /// An `Idempotency-Key` sent again with a different request: a client bug, never retried.
    KeyReused,
    /// The file is larger than the hall accepts.
    TooLarge,
    /// The file is not of a kind the hall accepts (checked by its content).
    UnsupportedType,
    /// A chunk did not match the checksum it came with: send it again.
    ChecksumMismatch,
    /// Asked again too soon (e.g. another SMS code within a minute); the message says when to retry.
    TooManyRequests,
    /// The hall's server cannot be reached: the app may show what it has offline.
    Unavailable,
    /// A fault on the answering side; the message says what was being done.
    Internal,
}

/// One problem with one input field, shown next to that field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field's name as it appears in the request (query parameter or JSON path).
    pub field: String,
    /// What is wrong with it, in the user's language.
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// The error body of every failed request and every failed shell command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    pub code: ErrorCode,
    /// A sentence for people, in the user's language.
    pub message: String,
    /// Per-field problems, all of them at once; empty when the error is not about input.
    #[serde(default)]
    pub fields: Vec<FieldError>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            fields: Vec::new(),
        }
    }

    /// A bad-request error naming the offending fields.
    pub fn bad_request(message: impl Into<String>, fields: Vec<FieldError>) -> Self {
        Self {
            code: ErrorCode::BadRequest,
            message: message.into(),
            fields,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.code, self.message)?;
        for field in &self.fields {
            write!(f, "; {}: {}", field.field, field.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_serialises_to_the_documented_shape() {
        let error = ApiError::bad_request(
            "页码必须是正整数",
            vec![FieldError {
                field: "page".into(),
                message: "页码必须是正整数".into(),
            }],
        );
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "bad_request",
                "message": "页码必须是正整数",
                "fields": [{"field": "page", "message": "页码必须是正整数"}]
            }),
            "the wire shape is the contract every client matches on"
        );
    }

    #[test]
    fn missing_fields_deserialise_as_empty() {
        let error: ApiError =
            serde_json::from_str(r#"{"code":"not_found","message":"没有这个事项"}"#).unwrap();
        assert!(error.fields.is_empty(), "fields is optional on the wire");
        assert_eq!(error.code, ErrorCode::NotFound);
    }
}
