//! Commands of the halls domain.

use banshi_api::ApiError;
use banshi_api::halls::Hall;
use tauri::State;

use crate::hall_api::HallApi;

/// The city's halls, the city hall first.
#[tauri::command]
pub async fn halls_list(api: State<'_, HallApi>) -> Result<Vec<Hall>, ApiError> {
    Ok(api.client().await?.halls().await?)
}
