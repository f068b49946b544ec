//! The public API contract of the online service hall (网上办事大厅).
//!
//! Every type that crosses a boundary lives here, so the UI deserialises exactly
//! what the sandbox serialises: the halls, the catalog of service items with their
//! full guides, the identity values that can only exist valid (resident ID,
//! unified social credit code, mobile number, password), and the one error shape
//! `{ code, message, fields[] }`. The crate is
//! wasm-safe: no I/O, no platform code. With the `openapi` feature every type also
//! derives its OpenAPI schema.

pub mod accounts;
pub mod applications;
pub mod authority;
pub mod bookings;
pub mod calendar;
pub mod catalog;
pub mod consultations;
pub mod dates;
pub mod delivery;
pub mod divisions;
pub mod enterprises;
pub mod error;
pub mod forms;
pub mod halls;
pub mod ids;
pub mod ipc;
pub mod notifications;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod queue;
pub mod ratings;
pub mod relatives;
pub mod search;
#[cfg(feature = "sqlx")]
mod sql;
pub mod tags;
pub mod text;

pub use error::{ApiError, ErrorCode, FieldError};

/// The path prefix of every route of the public API, version 1.
pub const API_PREFIX: &str = "/api/v1";
