//! The store on SQLite, the sandbox's default: one file in WAL mode, migrated
//! on open. Each domain's queries live in its own module, implementing that
//! domain's store trait.

mod accounts;
mod applications;
mod bookings;
mod catalog;
mod consultations;
mod delivery;
mod drafts;
mod enterprises;
mod halls;
mod idempotency;
mod limits;
mod notifications;
mod queue;
mod ratings;
mod relatives;
mod seeding;
mod uploads;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::store::error::StoreError;

/// Attaches what was being done to a sqlx error.
pub(crate) trait QueryContext<T> {
    fn doing(self, action: &'static str) -> Result<T, StoreError>;
}

impl<T> QueryContext<T> for Result<T, sqlx::Error> {
    fn doing(self, action: &'static str) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Query { action, source })
    }
}

/// The value of an enum stored as its wire word (`what` it is, for the error
/// when the word is not one the API knows).
pub(crate) fn word<T: serde::de::DeserializeOwned>(
    text: &str,
    what: &'static str,
) -> Result<T, StoreError> {
    banshi_api::tags::from_tag(text).ok_or_else(|| StoreError::UnknownTag {
        what,
        word: text.to_owned(),
    })
}

/// The store on one SQLite file; cheap to clone.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) and migrates the database file at `path`.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let open_error = |source| StoreError::Open {
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
    ) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
        self.pool.begin_with("BEGIN IMMEDIATE").await.doing(action)
    }
}
