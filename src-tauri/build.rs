//! Tauri's build step. The app's own commands are declared here so that each gets
//! a permission, and the capability in tauri.conf.json grants exactly these.

fn main() {
    let manifest =
        tauri_build::AppManifest::new().commands(&["halls_list", "catalog_items", "catalog_item"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri configuration is valid");
}
