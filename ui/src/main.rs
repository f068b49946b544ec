//! The Banshi interface, mounted into the app window's webview.

mod app;
mod commands;
mod components;
mod i18n;
mod pages;
mod preferences;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
