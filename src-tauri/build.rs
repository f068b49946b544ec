//! Tauri's build step. Every command of the IPC contract
//! (`banshi_api::ipc`) gets a permission, and the capability in
//! tauri.conf.json grants exactly these.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(banshi_api::ipc::NAMES);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri configuration is valid");
}
