//! The reference server of the hall's public API: the sandbox every test runs
//! against and the app embeds by default. axum over SQLite (sqlx), seeded on first
//! start with a demo city, documented by an OpenAPI 3.1 document generated from the
//! `banshi-api` types.
//!
//! The layers, each importing only those below it: [`routes`] (extract, call,
//! map the error) over [`domain`] (the hall's rules, no HTTP, no SQL) over
//! [`store`] and [`files`] (where things are kept, behind traits); [`jobs`]
//! run beside the server, [`demo`] holds the demo city and its people, and
//! [`startup`] puts it all together.

pub mod clock;
pub mod configuration;
pub mod demo;
pub mod domain;
pub mod error;
pub mod extract;
pub mod files;
pub mod jobs;
pub mod routes;
pub mod startup;
pub mod state;
pub mod store;

pub use configuration::{DEFAULT_COURIER_PACE, DEFAULT_PROCESS_PACE, Settings};
/// The demo people and enterprise, by the path the app's tests know them by.
pub use demo::accounts as demo_accounts;
pub use startup::Application;
