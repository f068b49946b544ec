//! Uploads never handed in do not stay: a page photographed for a draft that
//! was abandoned (or removed while the hall could not be told) is a copy of
//! someone's ID card with no purpose. Those started more than
//! [`UPLOAD_LIFETIME`] ago and linked to no application are deleted, files
//! and all, once an hour while the sandbox runs.

use std::path::Path;
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::MissedTickBehavior;

use crate::clock::Clock;
use crate::db::{Database, DbError};
use crate::routes::uploads::upload_file;

/// How long an upload may wait to be handed in: 7 days, in seconds.
pub const UPLOAD_LIFETIME: i64 = 7 * 24 * 60 * 60;

/// How often expired uploads are looked for.
const CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// Deletes the uploads in `folder` that expired by `now` (Unix seconds);
/// answers how many.
pub async fn expire(db: &Database, folder: &Path, now: i64) -> Result<usize, DbError> {
    let expired = db.unclaimed_uploads(now - UPLOAD_LIFETIME).await?;
    let mut deleted = 0;
    for id in expired {
        // Handed in meanwhile: it stays with its application.
        if db.delete_upload(&id).await? {
            let _ = tokio::fs::remove_file(upload_file(folder, &id)).await;
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// Expires uploads now and every hour until `stopping` changes.
pub async fn run(
    db: Database,
    folder: std::path::PathBuf,
    clock: Clock,
    mut stopping: watch::Receiver<bool>,
) {
    let mut ticks = tokio::time::interval(CHECK_EVERY);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stopping.changed() => return,
        }
        match expire(&db, &folder, clock.now()).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "uploads never handed in were deleted"),
            Err(error) => {
                tracing::warn!(error = ?error, "expired uploads were not deleted this time")
            }
        }
    }
}
