//! Uploads never handed in do not stay: a page photographed for a draft that
//! was abandoned (or removed while the hall could not be told) is a copy of
//! someone's ID card with no purpose. Those started more than
//! [`UPLOAD_LIFETIME`] ago and linked to no application are deleted, files
//! and all, once an hour while the sandbox runs.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::MissedTickBehavior;

use crate::clock::Clock;
use crate::domain::uploads;
use crate::files::FileStore;
use crate::store::{Store, StoreError};

/// How long an upload may wait to be handed in: 7 days, in seconds.
pub const UPLOAD_LIFETIME: i64 = 7 * 24 * 60 * 60;

/// How often expired uploads are looked for.
const CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// Deletes the uploads that expired by `now` (Unix seconds), files and all;
/// answers how many.
pub async fn expire(
    store: &dyn Store,
    files: &dyn FileStore,
    now: i64,
) -> Result<usize, StoreError> {
    let expired = store.unclaimed_uploads(now - UPLOAD_LIFETIME).await?;
    let mut deleted = 0;
    for id in expired {
        // Handed in meanwhile: it stays with its application.
        if uploads::discard(store, files, &id).await? {
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// Expires uploads now and every hour until `stopping` changes.
pub async fn run(
    store: Arc<dyn Store>,
    files: Arc<dyn FileStore>,
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
        match expire(&*store, &*files, clock.now()).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "uploads never handed in were deleted"),
            Err(error) => {
                tracing::warn!(error = ?error, "expired uploads were not deleted this time")
            }
        }
    }
}
