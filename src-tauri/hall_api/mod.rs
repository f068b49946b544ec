//! The connection to the hall API: the embedded sandbox or a remote hall,
//! established once, on first need, and shared by every command.

mod accounts;
mod applications;
mod bookings;
mod client;
mod consultations;
mod delivery;
mod drafts;
mod embedded;
mod enterprises;
mod lookup;
mod notifications;
mod queue;
mod ratings;
mod stream;
mod uploads;

use std::sync::Arc;

use tokio::sync::OnceCell;

pub use client::{HallClient, SnapshotFetch};
pub use notifications::NOTIFICATION_EVENT;
pub use queue::{QUEUE_EVENT, queue_stream_path};
pub use stream::{Following, StreamError};
pub use uploads::{UPLOAD_CHUNK_BYTES, send_from, upload_id};

use crate::ShellError;
use crate::config::{ApiTarget, Config};

/// Makes rustls use the `ring` crypto provider, once per process, before any
/// client is built.
pub fn install_tls_provider() {
    // Err means a provider is already installed, which is what we want.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The app's handle on the hall API; cheap to clone.
#[derive(Clone)]
pub struct HallApi {
    config: Arc<Config>,
    client: Arc<OnceCell<HallClient>>,
}

impl HallApi {
    pub fn new(config: Config) -> Self {
        Self {
            config: Arc::new(config),
            client: Arc::default(),
        }
    }

    /// The app's local store folder.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.config.data_dir
    }

    /// Starts connecting now, so the first command does not pay for it.
    pub fn connect_in_background(&self) {
        let api = self.clone();
        tauri::async_runtime::spawn(async move {
            if let Err(error) = api.client().await {
                tracing::warn!(?error, "could not connect to the hall API yet");
            }
        });
    }

    /// The client, connecting first if no one has yet. A failed attempt is not
    /// remembered: the next call tries again.
    pub async fn client(&self) -> Result<&HallClient, ShellError> {
        self.client
            .get_or_try_init(|| async {
                let base = match &self.config.api {
                    ApiTarget::Remote(url) => url.clone(),
                    ApiTarget::Embedded => embedded::start(&self.config.data_dir).await?,
                };
                HallClient::new(base)
            })
            .await
    }
}
