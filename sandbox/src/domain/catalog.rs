//! The rules of the catalog: pages of the items matching a query, one item's
//! guide, the form to apply with where an item can be applied for online, and
//! the snapshot for offline sync, assembled once and kept with its gzip, as
//! the catalog does not change while the server runs.

use std::io::Write;
use std::sync::Arc;

use banshi_api::catalog::{Item, ItemPage, ItemQuery};
use banshi_api::forms::Form;
use flate2::Compression;
use flate2::write::GzEncoder;
use tokio::sync::OnceCell;

use crate::error::{AppError, not_found};
use crate::store::catalog::{CatalogStore, ItemFilter, Snapshot};

/// A page of the items matching a validated `query`, most popular first.
pub async fn page(store: &dyn CatalogStore, query: &ItemQuery) -> Result<ItemPage, AppError> {
    query.validate()?;
    let (page, per_page) = (query.page(), query.per_page());
    let filter = ItemFilter {
        words: query.words(),
        hall: query.hall.clone(),
        department: query.department.clone(),
        kind: query.kind,
        audience: query.audience,
        theme: query.theme,
    };
    let offset = u64::from(page - 1) * u64::from(per_page);
    let (items, total) = store.items(&filter, per_page, offset).await?;
    Ok(ItemPage {
        items,
        page,
        per_page,
        total,
    })
}

/// The full guide of the item `code`, or a 404 naming it.
pub async fn item(store: &dyn CatalogStore, code: &str) -> Result<Item, AppError> {
    store
        .item(code)
        .await?
        .ok_or_else(|| not_found(format!("没有编码为 {code} 的事项")))
}

/// The application form of the item `code`, or a 404 when there is no such
/// item or it cannot be applied for online.
pub async fn form(store: &dyn CatalogStore, code: &str) -> Result<Form, AppError> {
    let item = item(store, code).await?;
    store.form(&item.summary.code).await?.ok_or_else(|| {
        not_found(format!(
            "“{}”暂不支持网上申请，请预约到大厅办理",
            item.summary.name
        ))
    })
}

/// The snapshot as served, assembled and compressed into `cache` on first use.
pub async fn snapshot(
    store: &dyn CatalogStore,
    cache: &OnceCell<Arc<CachedSnapshot>>,
) -> Result<Arc<CachedSnapshot>, AppError> {
    let cached = cache
        .get_or_try_init(|| async {
            let snapshot = store.snapshot().await?;
            let compressed =
                tokio::task::spawn_blocking(move || CachedSnapshot::compress(snapshot))
                    .await
                    .map_err(|_| AppError::Fault("compress the snapshot: the task stopped"))?
                    .map_err(|_| AppError::Fault("compress the snapshot"))?;
            Ok::<_, AppError>(Arc::new(compressed))
        })
        .await?;
    Ok(cached.clone())
}

/// The snapshot as served: the JSON and its gzip, built once.
pub struct CachedSnapshot {
    version: String,
    json: String,
    gzip: Vec<u8>,
}

impl CachedSnapshot {
    /// Compresses `snapshot` once, keeping the JSON beside its gzip.
    pub fn compress(snapshot: Snapshot) -> Result<Self, std::io::Error> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(snapshot.json.as_bytes())?;
        Ok(Self {
            gzip: encoder.finish()?,
            version: snapshot.version,
            json: snapshot.json,
        })
    }

    /// The catalog's version, which its ETag quotes.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The snapshot as JSON.
    pub fn json(&self) -> &str {
        &self.json
    }

    /// The JSON gzipped.
    pub fn gzip(&self) -> &[u8] {
        &self.gzip
    }
}
