//! The reference server of the hall's public API: the sandbox every test runs
//! against and the app embeds by default. axum over SQLite (sqlx), seeded on first
//! start with a demo city, documented by an OpenAPI 3.1 document generated from the
//! `banshi-api` types.

pub mod calendar;
pub mod clock;
pub mod configuration;
pub mod credentials;
pub mod crowd;
pub mod db;
pub mod demo_accounts;
pub mod documents;
pub mod error;
pub mod extract;
pub mod limits;
pub mod materials;
pub mod queue;
pub mod routes;
pub mod seed;
pub mod simulation;
pub mod sms;
pub mod startup;
pub mod upload_expiry;

pub use configuration::Settings;
pub use startup::Application;
