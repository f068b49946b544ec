//! The catalog on this device: a copy of the hall's catalog snapshot, kept in the
//! local store, brought up to date with its ETag (an unchanged catalog costs one
//! 304), and searched without the network. When the hall cannot be reached the
//! app keeps working from the last copy and says how old it is.

pub mod documents;
pub mod search;
mod store;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use banshi_api::catalog::{CatalogSnapshot, Item};
use banshi_api::halls::{Hall, HallCode};
use banshi_api::search::{
    CatalogStatus, DepartmentCount, SavedDocument, SearchRequest, SearchResults, SyncProgress,
};
use tokio::sync::{Mutex, RwLock};

use self::search::SearchIndex;
pub use self::store::StoreError;
use self::store::{SnapshotStore, StoredMeta};
use crate::ShellError;
use crate::clock::now_ms;
use crate::context::Context;
use crate::hall_api::SnapshotFetch;
use crate::viewer;

/// One loaded copy of the catalog, ready to search.
struct LocalCatalog {
    halls: Vec<Hall>,
    items: HashMap<String, Item>,
    index: SearchIndex,
}

/// The device's catalog: the loaded copy, and the store behind it.
pub struct Catalog {
    ctx: Context,
    store: SnapshotStore,
    current: RwLock<Option<Arc<LocalCatalog>>>,
    /// The ETag, version and sync time of the loaded copy.
    meta: RwLock<Option<StoredMeta>>,
    /// Held while a sync runs, so two syncs never race on the store.
    syncing: Mutex<()>,
    online: AtomicBool,
}

impl Catalog {
    /// A catalog stored under `catalog` in the app's data folder; nothing is
    /// read until first use.
    pub fn new(ctx: Context) -> Self {
        Self {
            store: SnapshotStore::new(ctx.data_dir().join("catalog")),
            ctx,
            current: RwLock::new(None),
            meta: RwLock::new(None),
            syncing: Mutex::new(()),
            online: AtomicBool::new(true),
        }
    }

    /// Brings the copy up to date with the hall: loads the stored copy if none is
    /// loaded, then asks the hall for a newer one. A failure to reach the hall is
    /// not an error while a copy exists: the status says the app is offline.
    pub async fn sync(
        &self,
        on_progress: impl Fn(SyncProgress),
    ) -> Result<CatalogStatus, ShellError> {
        let _one_at_a_time = self.syncing.lock().await;
        if self.current.read().await.is_none() {
            self.load_stored().await;
        }
        let etag = self
            .meta
            .read()
            .await
            .as_ref()
            .map(|meta| meta.etag.clone());
        let fetched = match self.ctx.client().await {
            Ok(client) => client.snapshot(etag.as_deref(), &on_progress).await,
            Err(error) => Err(error),
        };
        match fetched {
            Ok(SnapshotFetch::Unchanged) => {
                self.online.store(true, Ordering::Relaxed);
                let mut meta = self.meta.write().await;
                if let Some(meta) = meta.as_mut() {
                    meta.synced_at = now_ms();
                    self.store.save_meta(meta).await?;
                }
            }
            Ok(SnapshotFetch::Changed { etag, body }) => {
                self.online.store(true, Ordering::Relaxed);
                let (local, version, body) = LocalCatalog::build(body).await?;
                let meta = StoredMeta {
                    etag,
                    version,
                    synced_at: now_ms(),
                };
                self.store.save(&meta, body).await?;
                self.install(meta, local).await;
            }
            Err(error) if self.current.read().await.is_some() => {
                tracing::warn!(?error, "catalog sync failed; keeping the stored copy");
                self.online.store(false, Ordering::Relaxed);
            }
            Err(error) => {
                self.online.store(false, Ordering::Relaxed);
                return Err(error);
            }
        }
        Ok(self.status().await)
    }

    /// What the device holds and how fresh it is.
    pub async fn status(&self) -> CatalogStatus {
        let current = self.current.read().await;
        let meta = self.meta.read().await;
        CatalogStatus {
            version: meta.as_ref().map(|meta| meta.version.clone()),
            synced_at: meta.as_ref().map(|meta| meta.synced_at),
            online: self.online.load(Ordering::Relaxed),
            items: current
                .as_ref()
                .map_or(0, |c| u32::try_from(c.items.len()).unwrap_or(u32::MAX)),
        }
    }

    /// Searches the loaded copy; [`ShellError::NoCatalogCopy`] when there is
    /// no copy yet.
    pub async fn search(&self, request: &SearchRequest) -> Result<SearchResults, ShellError> {
        let current = self
            .current
            .read()
            .await
            .clone()
            .ok_or(ShellError::NoCatalogCopy)?;
        Ok(current.index.search(request))
    }

    /// One item's full guide from the copy, if the copy has it.
    pub async fn item(&self, code: &str) -> Option<Item> {
        let current = self.current.read().await.clone()?;
        current.items.get(code).cloned()
    }

    /// The departments with items in `hall` (every hall when `None`), the busiest
    /// first; [`ShellError::NoCatalogCopy`] when there is no copy yet.
    pub async fn departments(
        &self,
        hall: Option<&HallCode>,
    ) -> Result<Vec<DepartmentCount>, ShellError> {
        let current = self
            .current
            .read()
            .await
            .clone()
            .ok_or(ShellError::NoCatalogCopy)?;
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for item in current.items.values() {
            if hall.is_none_or(|hall| &item.summary.hall == hall) {
                *counts.entry(item.summary.department.as_str()).or_default() += 1;
            }
        }
        let mut departments: Vec<DepartmentCount> = counts
            .into_iter()
            .map(|(department, items)| DepartmentCount {
                department: department.to_owned(),
                items,
            })
            .collect();
        departments.sort_by(|a, b| {
            b.items
                .cmp(&a.items)
                .then_with(|| a.department.cmp(&b.department))
        });
        Ok(departments)
    }

    /// The halls from the copy, if there is one.
    pub async fn halls(&self) -> Option<Vec<Hall>> {
        Some(self.current.read().await.as_ref()?.halls.clone())
    }

    /// The city's halls, the city hall first: from the copy when there is one
    /// (so they show offline), else from the hall.
    pub async fn halls_offline_first(&self) -> Result<Vec<Hall>, ShellError> {
        if let Some(halls) = self.halls().await {
            return Ok(halls);
        }
        self.ctx.client().await?.halls().await
    }

    /// One item's full guide: from the copy when it has it, else from the hall.
    pub async fn item_offline_first(&self, code: &str) -> Result<Item, ShellError> {
        if let Some(item) = self.item(code).await {
            return Ok(item);
        }
        self.ctx.client().await?.item(code).await
    }

    /// Fetches a guide's blank form or sample (`link` as the guide gives it)
    /// into the app's data folder and opens it with the system viewer.
    pub async fn open_document(
        &self,
        app: &tauri::AppHandle,
        link: &str,
    ) -> Result<SavedDocument, ShellError> {
        let dir = self.ctx.data_dir().join("documents");
        let path = documents::save(self.ctx.client().await?, &dir, link).await?;
        Ok(viewer::show(app, &path, "the document"))
    }

    async fn load_stored(&self) {
        let stored = match self.store.load().await {
            Ok(Some(stored)) => stored,
            Ok(None) => return,
            Err(error) => {
                tracing::warn!(
                    ?error,
                    "the stored catalog could not be read; fetching anew"
                );
                return;
            }
        };
        let (meta, body) = stored;
        match LocalCatalog::build(body).await {
            Ok((local, _, _)) => self.install(meta, local).await,
            Err(error) => tracing::warn!(?error, "the stored catalog is unreadable; fetching anew"),
        }
    }

    async fn install(&self, meta: StoredMeta, local: LocalCatalog) {
        *self.current.write().await = Some(Arc::new(local));
        *self.meta.write().await = Some(meta);
    }
}

impl LocalCatalog {
    /// Parses a snapshot and indexes it, off the async threads (both are CPU
    /// work on megabytes); gives back its version and the bytes, to be stored.
    async fn build(body: Vec<u8>) -> Result<(Self, String, Vec<u8>), ShellError> {
        tokio::task::spawn_blocking(move || {
            let snapshot: CatalogSnapshot = serde_json::from_slice(&body)
                .map_err(|source| ShellError::Catalog(StoreError::Json(source)))?;
            let index =
                SearchIndex::build(snapshot.items.iter().map(|i| i.summary.clone()).collect());
            let items = snapshot
                .items
                .into_iter()
                .map(|item| (item.summary.code.to_string(), item))
                .collect();
            let local = LocalCatalog {
                halls: snapshot.halls,
                items,
                index,
            };
            Ok((local, snapshot.version, body))
        })
        .await
        .map_err(|_| ShellError::Catalog(StoreError::Interrupted))?
    }
}
