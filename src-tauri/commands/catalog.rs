//! The commands of the catalog noun: syncing the device's copy, searching it,
//! and reading a guide (from the copy first, so it works offline).

use banshi_api::ipc::catalog::{
    CatalogDepartments, CatalogItem, CatalogOpenDocument, CatalogSearch, CatalogSync,
};
use tauri::{AppHandle, State};

use super::{Answer, Args, Stream};
use crate::catalog::Catalog;

#[tauri::command]
pub async fn catalog_sync(
    catalog: State<'_, Catalog>,
    channel: Stream<CatalogSync>,
) -> Answer<CatalogSync> {
    let report = |progress| {
        // A closed channel means the page went away; the sync carries on.
        let _ = channel.send(progress);
    };
    Ok(catalog.sync(report).await?)
}

#[tauri::command]
pub async fn catalog_search(
    catalog: State<'_, Catalog>,
    args: Args<CatalogSearch>,
) -> Answer<CatalogSearch> {
    Ok(catalog.search(&args).await?)
}

#[tauri::command]
pub async fn catalog_departments(
    catalog: State<'_, Catalog>,
    args: Args<CatalogDepartments>,
) -> Answer<CatalogDepartments> {
    Ok(catalog.departments(args.hall.as_ref()).await?)
}

#[tauri::command]
pub async fn catalog_item(
    catalog: State<'_, Catalog>,
    args: Args<CatalogItem>,
) -> Answer<CatalogItem> {
    Ok(catalog.item_offline_first(args.code.as_str()).await?)
}

#[tauri::command]
pub async fn catalog_open_document(
    app: AppHandle,
    catalog: State<'_, Catalog>,
    args: Args<CatalogOpenDocument>,
) -> Answer<CatalogOpenDocument> {
    Ok(catalog.open_document(&app, &args.link).await?)
}
