//! The command of the halls noun.

use banshi_api::ipc::halls::HallsList;
use tauri::State;

use super::Answer;
use crate::catalog::Catalog;

/// The city's halls: from the device's catalog when it has one, else from the hall.
#[tauri::command]
pub async fn halls_list(catalog: State<'_, Catalog>) -> Answer<HallsList> {
    Ok(catalog.halls_offline_first().await?)
}
