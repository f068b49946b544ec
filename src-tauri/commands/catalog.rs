//! Commands of the catalog domain: syncing the device's copy, searching it, and
//! reading a guide (from the copy first, so it works offline).

use banshi_api::catalog::Item;
use banshi_api::search::{
    CatalogStatus, DepartmentCount, SavedDocument, SearchRequest, SearchResults, SyncProgress,
};
use banshi_api::{ApiError, ErrorCode};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::catalog::{Catalog, documents};
use crate::hall_api::HallApi;

/// Brings the device's catalog up to date, streaming download progress.
#[tauri::command]
pub async fn catalog_sync(
    api: State<'_, HallApi>,
    catalog: State<'_, Catalog>,
    on_progress: Channel<SyncProgress>,
) -> Result<CatalogStatus, ApiError> {
    let report = |progress| {
        // A closed channel means the page went away; the sync carries on.
        let _ = on_progress.send(progress);
    };
    Ok(catalog.sync(&api, report).await?)
}

/// Searches the device's catalog.
#[tauri::command]
pub async fn catalog_search(
    catalog: State<'_, Catalog>,
    request: SearchRequest,
) -> Result<SearchResults, ApiError> {
    catalog.search(&request).await.ok_or_else(no_copy)
}

/// The departments with items in `hall` (the whole city when absent), busiest first.
#[tauri::command]
pub async fn catalog_departments(
    catalog: State<'_, Catalog>,
    hall: Option<String>,
) -> Result<Vec<DepartmentCount>, ApiError> {
    catalog
        .departments(hall.as_deref())
        .await
        .ok_or_else(no_copy)
}

fn no_copy() -> ApiError {
    ApiError::new(
        ErrorCode::Unavailable,
        "办事目录还没有下载到本机，请连接网络后重试",
    )
}

/// The full guide of the item with implementation code `code`.
#[tauri::command]
pub async fn catalog_item(
    api: State<'_, HallApi>,
    catalog: State<'_, Catalog>,
    code: String,
) -> Result<Item, ApiError> {
    if let Some(item) = catalog.item(&code).await {
        return Ok(item);
    }
    Ok(api.client().await?.item(&code).await?)
}

/// Fetches a guide's blank form or sample (`link` as the guide gives it) and
/// opens it with the system viewer.
#[tauri::command]
pub async fn catalog_open_document(
    app: AppHandle,
    api: State<'_, HallApi>,
    link: String,
) -> Result<SavedDocument, ApiError> {
    let dir = api.data_dir().join("documents");
    let path = documents::save(api.client().await?, &dir, &link).await?;
    let path = path.display().to_string();
    let opened = match app.opener().open_path(&path, None::<&str>) {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(%error, "no viewer opened the document");
            false
        }
    };
    Ok(SavedDocument { path, opened })
}
