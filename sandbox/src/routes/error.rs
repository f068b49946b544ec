//! How the server's failures become HTTP answers in the one error shape.
//!
//! Bad requests are the client's to fix and say precisely what is wrong (4xx);
//! faults of the server are logged with their whole cause chain and answered with
//! a short 500 that leaks nothing.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use banshi_api::{ApiError, ErrorCode};

use crate::error::AppError;

fn status_of(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
        ErrorCode::Forbidden => StatusCode::FORBIDDEN,
        ErrorCode::Conflict => StatusCode::CONFLICT,
        ErrorCode::Gone => StatusCode::GONE,
        ErrorCode::Locked => StatusCode::LOCKED,
        ErrorCode::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::KeyReused => StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::UnsupportedType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        // tus 1.0.0, checksum extension: 460 Checksum Mismatch.
        ErrorCode::ChecksumMismatch => StatusCode::from_u16(460).unwrap_or(StatusCode::BAD_REQUEST),
        ErrorCode::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = match self {
            AppError::Client(error) => error,
            AppError::Limited { error, retry_after } => {
                let mut response = (status_of(error.code), Json(error)).into_response();
                response.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from(retry_after),
                );
                return response;
            }
            AppError::Store(error) => {
                tracing::error!(error = ?cause_chain(&error), "request failed");
                ApiError::new(ErrorCode::Internal, "服务器内部错误，请稍后再试")
            }
            AppError::Credentials(error) => {
                tracing::error!(error = ?cause_chain(&error), "request failed");
                ApiError::new(ErrorCode::Internal, "服务器内部错误，请稍后再试")
            }
            AppError::Fault(action) => {
                tracing::error!(action, "request failed");
                ApiError::new(ErrorCode::Internal, "服务器内部错误，请稍后再试")
            }
        };
        (status_of(body.code), Json(body)).into_response()
    }
}

/// The error and every cause under it, for the log line.
fn cause_chain(error: &dyn std::error::Error) -> String {
    let mut chain = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    chain
}
