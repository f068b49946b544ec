//! Showing a file the app saved (a guide's blank form, a booking's calendar
//! entry) with the system's app for it.

use std::path::Path;

use banshi_api::search::SavedDocument;
use tauri_plugin_opener::OpenerExt;

/// Opens `path` with the system's app for its kind; `what` names it in the log
/// when no app opens it. The file stays saved either way, and the answer says
/// where and whether it opened.
pub fn show(app: &tauri::AppHandle, path: &Path, what: &'static str) -> SavedDocument {
    let path = path.display().to_string();
    let opened = match app.opener().open_path(&path, None::<&str>) {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(%error, what, "no system app opened a saved file");
            false
        }
    };
    SavedDocument { path, opened }
}
