//! What a request can come to short of success, in the one error shape: a
//! refusal the client can fix (with the contract's code, which decides the
//! status), a rate limit with its wait, or a fault of the server. Rules and
//! routes both return it; [`crate::routes`] makes it an HTTP answer.

use banshi_api::{ApiError, ErrorCode};

use crate::domain::credentials::CredentialsError;
use crate::store::StoreError;

/// An error a rule or a handler returns.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The client's request is wrong or asks for something that isn't there.
    #[error("{0}")]
    Client(ApiError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Credentials(#[from] CredentialsError),
    /// Asked too often: a 429 that says, in `Retry-After`, how many seconds to wait.
    #[error("{error}")]
    Limited { error: ApiError, retry_after: i64 },
    /// Failed to do the named thing for a reason that is not the client's.
    #[error("failed to {0}")]
    Fault(&'static str),
}

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> Self {
        Self::Client(error)
    }
}

/// A 404 in the error shape.
pub fn not_found(message: impl Into<String>) -> AppError {
    AppError::Client(ApiError::new(ErrorCode::NotFound, message))
}

/// A refusal in the error shape with no `fields`; its code decides the status.
pub fn refused(code: ErrorCode, message: impl Into<String>) -> AppError {
    AppError::Client(ApiError::new(code, message))
}

/// A 401: the caller is not (or no longer) logged in.
pub fn unauthorized(message: impl Into<String>) -> AppError {
    refused(ErrorCode::Unauthorized, message)
}
