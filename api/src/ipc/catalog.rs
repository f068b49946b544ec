//! The commands of the catalog noun: the device's copy, synced, searched, and
//! read (guides and their documents).

use super::{command, streaming};
use crate::catalog::Item;
use crate::ids::{HallCode, ItemCode};
use crate::search::{
    CatalogStatus, DepartmentCount, SavedDocument, SearchRequest, SearchResults, SyncProgress,
};

command! {
    /// Brings the device's catalog up to date, streaming download progress.
    CatalogSync = "catalog_sync": () => CatalogStatus
}
streaming!(CatalogSync => SyncProgress);

command! {
    /// Searches the device's catalog.
    CatalogSearch = "catalog_search": SearchRequest => SearchResults
}

command! {
    /// The departments with items in `hall` (the whole city when `None`), busiest first.
    CatalogDepartments = "catalog_departments" { hall: Option<HallCode> } => Vec<DepartmentCount>
}

command! {
    /// The full guide of the item with implementation code `code`.
    CatalogItem = "catalog_item" { code: ItemCode } => Item
}

command! {
    /// Fetches a guide's blank form or sample (`link` as the guide gives it)
    /// and opens it with the system viewer.
    CatalogOpenDocument = "catalog_open_document" { link: String } => SavedDocument
}
