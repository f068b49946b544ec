//! Opening one of the device's SQLite databases (the drafts and application
//! copies, the notifications): created if missing with its folder, WAL journal
//! with `synchronous = FULL`, so what the UI was told is kept survives a
//! killed app and a lost battery, and migrated before first use.

use std::path::Path;
use std::str::FromStr;

use sqlx::SqlitePool;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("failed to open the database {path}")]
    Open { path: String, source: sqlx::Error },
    #[error("failed to migrate the database")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Opens (creating if needed) the database at `path`, migrated by `migrator`.
pub async fn open(path: &Path, migrator: &Migrator) -> Result<SqlitePool, OpenError> {
    let open_error = |source| OpenError::Open {
        path: path.display().to_string(),
        source,
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|error| open_error(error.into()))?;
    }
    let options = SqliteConnectOptions::from_str("sqlite:")
        .map_err(open_error)?
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full);
    let pool = SqlitePoolOptions::new()
        .max_connections(2)
        .connect_with(options)
        .await
        .map_err(open_error)?;
    migrator.run(&pool).await?;
    Ok(pool)
}
