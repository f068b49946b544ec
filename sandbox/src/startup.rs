//! Building and running the server: open and migrate the database, seed it if new,
//! bind the listener, serve the routes, and simulate the halls' queues beside them.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::{oneshot, watch};

use crate::clock::Clock;
use crate::configuration::Settings;
use crate::jobs::{courier_simulation, process_simulation, queue_simulation, upload_expiry};
use crate::routes;
use crate::state::AppState;
use crate::store::sqlite::SqliteStore;
use crate::store::{self, Store};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("failed to create the data folder {path}")]
    DataFolder {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("failed to open the database")]
    Database(#[from] store::StoreError),
    #[error("failed to create the demo accounts")]
    DemoAccounts(#[from] crate::demo::accounts::DemoAccountsError),
    #[error("failed to listen on {address}")]
    Listen {
        address: SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped with an error")]
    Serve(#[source] std::io::Error),
}

/// A sandbox serving in the background, started by [`Application::spawn`].
pub struct Running {
    /// The base URL of its API, e.g. `http://127.0.0.1:41234/api/v1`.
    pub api_url: String,
    /// Its store, for arranging what the API does not offer.
    pub store: Arc<dyn Store>,
    /// Stops the server when sent to or dropped.
    pub stop: oneshot::Sender<()>,
}

/// A sandbox server that is bound and ready to serve.
pub struct Application {
    listener: TcpListener,
    address: SocketAddr,
    state: AppState,
    /// Sends `true` to end the queue streams and the simulation.
    stop: watch::Sender<bool>,
    /// Seconds between simulated calls; 0 for none.
    queue_pace: u64,
    /// Seconds between simulated staff steps on applications; 0 for none.
    process_pace: u64,
    /// Seconds between the simulated courier's rounds; 0 for none.
    courier_pace: u64,
}

impl Application {
    /// Opens (and on first start seeds) the database, then binds the listener.
    pub async fn build(settings: &Settings) -> Result<Self, StartupError> {
        std::fs::create_dir_all(&settings.data).map_err(|source| StartupError::DataFolder {
            path: settings.data.clone(),
            source,
        })?;
        let store = SqliteStore::open(&settings.database_path()).await?;
        crate::demo::seed_if_empty(&store).await?;
        // One clock for the whole server, from its first write on.
        let clock = Clock::starting_at(settings.clock);
        crate::demo::accounts::seed_if_new(&store, &clock).await?;
        let listener =
            TcpListener::bind(settings.listen)
                .await
                .map_err(|source| StartupError::Listen {
                    address: settings.listen,
                    source,
                })?;
        let address = listener
            .local_addr()
            .map_err(|source| StartupError::Listen {
                address: settings.listen,
                source,
            })?;
        let (stop, stopping) = watch::channel(false);
        Ok(Self {
            listener,
            address,
            state: AppState::new(Arc::new(store), settings, clock, stopping),
            stop,
            queue_pace: settings.queue_pace,
            process_pace: settings.process_pace,
            courier_pace: settings.courier_pace,
        })
    }

    /// Builds a server for `settings` and runs it in the background until the
    /// [`Running::stop`] it answers is sent to or dropped: what the tests of
    /// every crate start their sandbox with.
    pub async fn spawn(settings: &Settings) -> Result<Running, StartupError> {
        let app = Self::build(settings).await?;
        let (api_url, store) = (app.api_url(), app.database());
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(app.run_until_stopped(async {
            let _ = stopped.await;
        }));
        Ok(Running {
            api_url,
            store,
            stop,
        })
    }

    /// The server's store, for arranging what the API does not offer (load
    /// tests fill it with people and a larger slot).
    pub fn database(&self) -> Arc<dyn Store> {
        self.state.store.clone()
    }

    /// The address actually bound (the real port when 0 was asked for).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The base URL of the public API on this server, e.g. `http://127.0.0.1:41234/api/v1`.
    pub fn api_url(&self) -> String {
        format!("http://{}{}", self.address, banshi_api::API_PREFIX)
    }

    /// Serves requests, and moves the queues and the applications unless their
    /// paces are 0, until
    /// `shutdown` completes.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), StartupError> {
        let Self {
            listener,
            state,
            stop,
            queue_pace,
            process_pace,
            courier_pace,
            ..
        } = self;
        tokio::spawn(upload_expiry::run(
            state.store.clone(),
            state.files.clone(),
            state.clock,
            state.stopping.clone(),
        ));
        if queue_pace > 0 {
            tokio::spawn(queue_simulation::run(
                state.store.clone(),
                state.clock,
                state.queue_changes.clone(),
                Duration::from_secs(queue_pace),
                state.stopping.clone(),
            ));
        }
        if process_pace > 0 {
            tokio::spawn(process_simulation::run(
                state.clone(),
                Duration::from_secs(process_pace),
                state.stopping.clone(),
            ));
        }
        if courier_pace > 0 {
            tokio::spawn(courier_simulation::run(
                state.clone(),
                Duration::from_secs(courier_pace),
                state.stopping.clone(),
            ));
        }
        axum::serve(
            listener,
            routes::router(state).into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown.await;
            // Queue streams never end by themselves and would hold the
            // graceful shutdown open.
            let _ = stop.send(true);
        })
        .await
        .map_err(StartupError::Serve)
    }
}
