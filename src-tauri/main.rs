//! The `banshi` executable: opens the app window, or with `prepare-photo` /
//! `prepare-photos` runs the photo pipeline on files without any window.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    if let Some(exit_code) = banshi::photos::cli::run(std::env::args_os().skip(1)) {
        return exit_code;
    }
    // The context (config and the embedded UI) is generated here, in the binary
    // only: expanding it in two crates compiled at once races on tauri-codegen's
    // asset cache and can embed a half-written file.
    banshi::run(tauri::generate_context!());
    std::process::ExitCode::SUCCESS
}
