//! The `banshi` executable: opens the app window.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // The context (config and the embedded UI) is generated here, in the binary
    // only: expanding it in two crates compiled at once races on tauri-codegen's
    // asset cache and can embed a half-written file.
    banshi::run(tauri::generate_context!());
}
