//! `banshi-sandbox --listen 127.0.0.1:PORT --data DIR`: the reference server on its own.

use banshi_sandbox::{Application, Settings};
use clap::Parser;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let settings = Settings::parse();
    let app = Application::build(&settings).await?;
    tracing::info!(address = %app.address(), data = %settings.data.display(), "sandbox listening");
    app.run_until_stopped(shutdown_signal()).await?;
    Ok(())
}

async fn shutdown_signal() {
    // If the signal handler cannot be installed the server simply runs until killed.
    let _ = tokio::signal::ctrl_c().await;
}
