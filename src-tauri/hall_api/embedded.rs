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
    let app = Application::build(&settings(data_dir)?).await?;
    let url = config::parse_api_url(&app.api_url())?;
    tracing::info!(%url, "embedded sandbox started");
    tauri::async_runtime::spawn(async move {
        if let Err(error) = app.run_until_stopped(std::future::pending()).await {
            tracing::error!(?error, "the embedded sandbox stopped");
        }
    });
    Ok(url)
}

/// A free loopback port and data below `data_dir`, with the hall's staff at
/// work on applications as in a demo; the sandbox's clock and paces from
/// `BANSHI_SANDBOX_CLOCK` (`YYYY-MM-DDTHH:MM`, China time),
/// `BANSHI_SANDBOX_QUEUE_PACE`, `BANSHI_SANDBOX_PROCESS_PACE` and
/// `BANSHI_SANDBOX_COURIER_PACE` (seconds), as the standalone sandbox reads them.
fn settings(data_dir: &Path) -> Result<Settings, ShellError> {
    let mut settings = Settings::loopback(data_dir.join("sandbox"));
    let variable = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(clock) = variable("BANSHI_SANDBOX_CLOCK") {
        let instant = banshi_sandbox::clock::parse_china_instant(clock.trim())
            .map_err(|error| config::ConfigError::SandboxSetting(error.to_string()))?;
        settings.clock = Some(instant);
    }
    let pace = |name: &str| -> Result<Option<u64>, ShellError> {
        let Some(pace) = variable(name) else {
            return Ok(None);
        };
        let seconds = pace.trim().parse().map_err(|_| {
            config::ConfigError::SandboxSetting(format!(
                "{name} must be a number of seconds, not `{pace}`"
            ))
        })?;
        Ok(Some(seconds))
    };
    if let Some(seconds) = pace("BANSHI_SANDBOX_QUEUE_PACE")? {
        settings.queue_pace = seconds;
    }
    settings.process_pace =
        pace("BANSHI_SANDBOX_PROCESS_PACE")?.unwrap_or(banshi_sandbox::DEFAULT_PROCESS_PACE);
    settings.courier_pace =
        pace("BANSHI_SANDBOX_COURIER_PACE")?.unwrap_or(banshi_sandbox::DEFAULT_COURIER_PACE);
    Ok(settings)
}
