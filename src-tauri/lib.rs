//! The Banshi shell: everything with authority lives here — the HTTP client of the
//! hall API (or the embedded sandbox), and the Tauri commands the UI calls. The
//! webview never reaches the network; it asks these commands.

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod catalog;
mod clock;
mod commands;
pub mod config;
mod error;
pub mod hall_api;
pub mod photos;
mod retries;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod webview_security;

use tauri::Manager;
use tracing_subscriber::EnvFilter;

pub use error::ShellError;

/// Builds and runs the app with `context` (from `tauri::generate_context!`) until
/// its last window closes.
pub fn run(context: tauri::Context) {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("BANSHI_LOG")
                .unwrap_or_else(|_| EnvFilter::new("warn,banshi=info,banshi_sandbox=info")),
        )
        .with_writer(std::io::stderr)
        .init();
    hall_api::install_tls_provider();

    let result = tauri::Builder::default()
        // Used from Rust only (documents); the webview gets none of its permissions.
        .plugin(tauri_plugin_opener::init())
        // Booking reminders, shown from Rust; the webview gets none of its permissions.
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let config = config::Config::from_env(app.path().app_data_dir().ok())?;
            app.manage(catalog::Catalog::new(&config.data_dir));
            app.manage(accounts::Accounts::new(&config.data_dir));
            app.manage(applications::Applications::new(&config.data_dir));
            app.manage(bookings::Bookings::default());
            let api = hall_api::HallApi::new(config);
            // Start the hall connection (and the embedded sandbox) right away, so the
            // first screen's requests find it ready or waiting, never failing.
            api.connect_in_background();
            applications::sync_in_background(app.handle().clone());
            bookings::remind_in_background(app.handle().clone());
            app.manage(api);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::halls::halls_list,
            commands::catalog::catalog_sync,
            commands::catalog::catalog_search,
            commands::catalog::catalog_departments,
            commands::catalog::catalog_item,
            commands::catalog::catalog_open_document,
            commands::accounts::account_register,
            commands::accounts::account_confirm_registration,
            commands::accounts::account_log_in,
            commands::accounts::account_send_sms_code,
            commands::accounts::account_current,
            commands::accounts::account_act_as,
            commands::accounts::account_set_address,
            commands::accounts::account_log_out,
            commands::applications::draft_open,
            commands::applications::draft_get,
            commands::applications::draft_save,
            commands::applications::drafts_list,
            commands::applications::draft_delete,
            commands::applications::draft_submit,
            commands::applications::applications_list,
            commands::applications::draft_add_photo,
            commands::applications::draft_remove_page,
            commands::applications::draft_attach_licence,
            commands::bookings::booking_slots,
            commands::bookings::booking_create,
            commands::bookings::bookings_list,
            commands::bookings::booking_get,
            commands::bookings::booking_reschedule,
            commands::bookings::booking_cancel,
            commands::bookings::booking_qr,
            commands::bookings::booking_add_to_calendar,
            commands::bookings::queue_get,
            commands::bookings::queue_watch,
            commands::bookings::queue_unwatch,
            commands::bookings::ticket_take,
            commands::bookings::tickets_list,
        ])
        .run(context);
    if let Err(error) = result {
        tracing::error!(?error, "the app stopped with an error");
        std::process::exit(1);
    }
}
