//! Commands of the catalog domain.

use banshi_api::ApiError;
use banshi_api::catalog::{Item, ItemPage, ItemQuery};
use tauri::State;

use crate::hall_api::HallApi;

/// One page of catalog items matching `query`.
#[tauri::command]
pub async fn catalog_items(
    api: State<'_, HallApi>,
    query: ItemQuery,
) -> Result<ItemPage, ApiError> {
    query.validate()?;
    Ok(api.client().await?.items(&query).await?)
}

/// The full guide of the item with implementation code `code`.
#[tauri::command]
pub async fn catalog_item(api: State<'_, HallApi>, code: String) -> Result<Item, ApiError> {
    Ok(api.client().await?.item(&code).await?)
}
