//! The wrappers of the catalog noun's commands: the device's copy, synced and
//! searched, and the guides with their documents.

use banshi_api::ids::{HallCode, ItemCode};
use std::cell::Cell;
use std::rc::Rc;

use banshi_api::ApiError;
use banshi_api::catalog::Item;
use banshi_api::ipc::catalog::{
    CatalogDepartments, CatalogItem, CatalogOpenDocument, CatalogSearch, CatalogSync,
};
use banshi_api::search::{
    CatalogStatus, DepartmentCount, SavedDocument, SearchRequest, SearchResults, SyncProgress,
};

use super::{invoke, invoke_streaming};

/// Brings the device's catalog up to date; `on_progress` sees the download.
pub async fn catalog_sync(
    on_progress: impl Fn(SyncProgress) + 'static,
) -> Result<CatalogStatus, ApiError> {
    let done = Rc::new(Cell::new(false));
    let report = {
        let done = Rc::clone(&done);
        // The channel may still deliver a message after the command answers:
        // anything late is ignored.
        move |progress| {
            if !done.get() {
                on_progress(progress);
            }
        }
    };
    let result = invoke_streaming::<CatalogSync>(&(), report).await;
    done.set(true);
    result
}

/// Searches the device's catalog.
pub async fn catalog_search(request: SearchRequest) -> Result<SearchResults, ApiError> {
    invoke::<CatalogSearch>(&request).await
}

/// The departments with items in `hall` (the whole city when `None`), busiest first.
pub async fn catalog_departments(hall: Option<HallCode>) -> Result<Vec<DepartmentCount>, ApiError> {
    invoke::<CatalogDepartments>(&CatalogDepartments { hall }).await
}

/// The full guide of one item.
pub async fn catalog_item(code: ItemCode) -> Result<Item, ApiError> {
    invoke::<CatalogItem>(&CatalogItem { code }).await
}

/// Fetches a guide's blank form or sample and opens it with the system viewer.
pub async fn catalog_open_document(link: String) -> Result<SavedDocument, ApiError> {
    invoke::<CatalogOpenDocument>(&CatalogOpenDocument { link }).await
}
