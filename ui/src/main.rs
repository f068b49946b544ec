//! The Banshi interface, mounted into the app window's webview.

mod accounts;
mod address_ids;
mod app;
mod catalog_copy;
mod clock;
mod commands;
mod components;
mod halls;
mod i18n;
mod notifications;
mod pages;
mod preferences;
mod saved;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
