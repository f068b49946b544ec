//! Identifiers read from the page's address (`/bookings/:id`, `/items/:code` …):
//! one that does not parse names nothing the hall has, so it reads as not found.

use std::str::FromStr;

use banshi_api::ids::IdError;
use banshi_api::{ApiError, ErrorCode};

/// The identifier in the address parameter `text`, or the not-found error to show.
pub fn parse_param<T: FromStr<Err = IdError>>(text: Option<String>) -> Result<T, ApiError> {
    text.unwrap_or_default()
        .parse()
        .map_err(|error: IdError| ApiError::new(ErrorCode::NotFound, error.to_string()))
}
