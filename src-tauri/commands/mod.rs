//! The Tauri commands the UI calls, one module per domain. Each is a thin wrapper:
//! parse, delegate to the hall client, map the error to the one error shape.

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod catalog;
pub mod halls;
