//! The sandbox's database: one SQLite file in WAL mode, migrated on open, seeded
//! with the demo city when new. Each domain's queries live in its own module.

mod accounts;
mod applications;
mod bookings;
mod catalog;
mod drafts;
mod halls;
mod idempotency;
mod limits;
mod queue;
mod seeding;
mod uploads;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

pub use accounts::{
    Attempt, Confirmation, EnterpriseRecord, LicenceRecord, NewTokens, NewUser,
    PendingRegistration, Rotation, Session, Taken, UserRecord,
};
pub use applications::NewApplication;
pub use bookings::{NewBooking, Place, Refusal, SlotKey, SlotPlaces};
pub use catalog::{ItemFilter, Snapshot};
pub use idempotency::{Claim, HeldKey};
pub use limits::Hits;
pub use queue::{HeadStart, Line, LineRecord, TicketRecord};
pub use uploads::UploadState;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
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
    #[error("failed to encode {what}")]
    Encode {
        what: String,
        source: serde_json::Error,
    },
}

/// Attaches what was being done to a sqlx error.
pub(crate) trait QueryContext<T> {
    fn doing(self, action: &'static str) -> Result<T, DbError>;
}

impl<T> QueryContext<T> for Result<T, sqlx::Error> {
    fn doing(self, action: &'static str) -> Result<T, DbError> {
        self.map_err(|source| DbError::Query { action, source })
    }
}

/// A handle on the database; cheap to clone.
#[derive(Debug, Clone)]
pub struct Database {
    pool: SqlitePool,
}

impl Database {
    /// Opens (creating if needed) and migrates the database file at `path`.
    pub async fn open(path: &Path) -> Result<Self, DbError> {
        let open_error = |source| DbError::Open {
            path: path.display().to_string(),
            source,
        };
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(open_error)?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // WAL + NORMAL: a committed transaction survives an app crash; only an OS
            // crash may lose the last few, which the reference server can afford.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Writers take turns: under a burst (hundreds of bookings at once) a
            // transaction waits for the write lock rather than failing busy.
            .busy_timeout(Duration::from_secs(30));
        // Few connections: SQLite writes one transaction at a time anyway, and
        // requests beyond these wait for one in the pool.
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .map_err(open_error)?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    /// Begins a transaction that writes, holding the write lock from its first
    /// statement. A deferred transaction that reads first and writes later is
    /// refused at once (`database is locked`, no busy wait) when another wrote in
    /// between, so every transaction that may write begins this way.
    pub(crate) async fn write(
        &self,
        action: &'static str,
    ) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, DbError> {
        self.pool.begin_with("BEGIN IMMEDIATE").await.doing(action)
    }
}
