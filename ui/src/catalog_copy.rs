//! The device's copy of the catalog as the interface sees it: synced when the app
//! starts (with progress the first time), and how fresh it is, so every page can
//! say when it is showing an offline copy.

use banshi_api::ApiError;
use banshi_api::search::{CatalogStatus, SyncProgress};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::commands;

/// Shared through the context; cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct CatalogCopy {
    /// The last status the shell reported; `None` until the first sync answers.
    pub status: RwSignal<Option<CatalogStatus>>,
    /// The download under way, if any.
    pub progress: RwSignal<Option<SyncProgress>>,
    /// Why the last sync failed when there is no copy to fall back on.
    pub failure: RwSignal<Option<ApiError>>,
}

impl CatalogCopy {
    /// Provides the copy's state and starts the first sync.
    pub fn provide() -> Self {
        let copy = Self {
            status: RwSignal::new(None),
            progress: RwSignal::new(None),
            failure: RwSignal::new(None),
        };
        provide_context(copy);
        copy.sync();
        copy
    }

    /// Asks the shell to bring the copy up to date.
    pub fn sync(self) {
        self.failure.set(None);
        spawn_local(async move {
            let progress = self.progress;
            let outcome = commands::catalog_sync(move |p| progress.set(Some(p))).await;
            self.progress.set(None);
            match outcome {
                Ok(status) => self.status.set(Some(status)),
                Err(error) => self.failure.set(Some(error)),
            }
        });
    }
}

/// The app's catalog copy from the context.
pub fn use_catalog_copy() -> CatalogCopy {
    expect_context::<CatalogCopy>()
}
