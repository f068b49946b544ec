//! Commands of the halls domain.

use banshi_api::ApiError;
use banshi_api::halls::Hall;
use tauri::State;

use crate::catalog::Catalog;
use crate::hall_api::HallApi;

/// The city's halls, the city hall first: from the device's catalog when it has
/// one (so they show offline), else from the hall.
#[tauri::command]
pub async fn halls_list(
    api: State<'_, HallApi>,
    catalog: State<'_, Catalog>,
) -> Result<Vec<Hall>, ApiError> {
    if let Some(halls) = catalog.halls().await {
        return Ok(halls);
    }
    Ok(api.client().await?.halls().await?)
}
