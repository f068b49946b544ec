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
pub mod consultations;
pub mod context;
pub mod delivery;
mod device_db;
mod error;
pub mod hall_api;
mod lookup;
pub mod notifications;
pub mod photos;
pub mod queue;
pub mod ratings;
mod retries;
#[cfg(test)]
mod test_support;
mod viewer;
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
        // Booking reminders and the hall's notifications, shown from Rust; the
        // webview gets none of its permissions.
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let config = config::Config::from_env(app.path().app_data_dir().ok())?;
            let ctx = context::Context::new(hall_api::HallApi::new(config));
            // Start the hall connection (and the embedded sandbox) right away, so the
            // first screen's requests find it ready or waiting, never failing.
            ctx.api().connect_in_background();
            app.manage(catalog::Catalog::new(ctx.clone()));
            app.manage(applications::Applications::new(ctx.clone()));
            app.manage(bookings::Bookings::new(ctx.clone()));
            app.manage(delivery::Deliveries::new(ctx.clone()));
            app.manage(queue::Queues::new(ctx.clone()));
            app.manage(ratings::Ratings::new(ctx.clone()));
            app.manage(consultations::Consultations::new(ctx.clone()));
            let notifications = notifications::Notifications::new(
                ctx.clone(),
                notifications::OsAlerts(app.handle().clone()),
            );
            notifications::follow_in_background(notifications.clone());
            app.manage(notifications);
            app.manage(ctx);
            applications::sync_in_background(app.handle().clone());
            bookings::remind_in_background(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(context);
    if let Err(error) = result {
        tracing::error!(?error, "the app stopped with an error");
        std::process::exit(1);
    }
}
