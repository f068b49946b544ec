//! The sandbox running inside the app: the default when no hall URL is set, so the
//! app works out of the box with the demo city.

use std::path::Path;

use banshi_sandbox::{Application, Settings};
use url::Url;

use crate::ShellError;
use crate::config;

/// Starts the sandbox on a free loopback port with its data below `data_dir`, and
/// returns its API base URL. It serves until the app exits.
pub async fn start(data_dir: &Path) -> Result<Url, ShellError> {
    let app = Application::build(&Settings::loopback(data_dir.join("sandbox"))).await?;
    let url = config::parse_api_url(&app.api_url())?;
    tracing::info!(%url, "embedded sandbox started");
    tauri::async_runtime::spawn(async move {
        if let Err(error) = app.run_until_stopped(std::future::pending()).await {
            tracing::error!(?error, "the embedded sandbox stopped");
        }
    });
    Ok(url)
}
