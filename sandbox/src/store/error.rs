//! How a store fails, whatever its database: every failure names what it was
//! doing.

/// A store's failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("failed to open the database at {path}")]
    Open { path: String, source: sqlx::Error },
    #[error("failed to migrate the database")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("failed to {action}")]
    Query {
        action: &'static str,
        source: sqlx::Error,
    },
    #[error("the stored document of {what} is not valid JSON")]
    Corrupt {
        what: String,
        source: serde_json::Error,
    },
    #[error("the stored {what} `{word}` is not one the API knows")]
    UnknownTag { what: &'static str, word: String },
    #[error("the {what} made for a new row is not valid")]
    InvalidId {
        what: &'static str,
        source: banshi_api::ids::IdError,
    },
    #[error("the {what} have run out")]
    Exhausted { what: &'static str },
    #[error("failed to encode {what}")]
    Encode {
        what: String,
        source: serde_json::Error,
    },
}
