//! Following one of the hall's streams of server-sent events (a queue's
//! changes, a person's notifications): the stream is opened at a path (or by
//! a request of the caller's, e.g. one signed with the session), each event of
//! one name decoded into its type, and a lost or closed stream followed again
//! with growing pauses, so a weak network costs little.

use std::future::Future;
use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};
use eventsource_stream::Eventsource;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;

use super::HallApi;
use crate::ShellError;

/// The first pause before following a lost stream again.
const FIRST_RECONNECT_DELAY: Duration = Duration::from_secs(1);

/// The longest pause before following a lost stream again.
const MAX_RECONNECT_DELAY: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error("failed to open the stream")]
    Open(#[source] Box<ShellError>),
    #[error("failed to read the stream")]
    Read(#[source] eventsource_stream::EventStreamError<reqwest::Error>),
    #[error("failed to decode a `{event}` event")]
    Decode {
        event: &'static str,
        source: serde_json::Error,
    },
}

/// A stream being followed: until the receiver of its events answers false,
/// or this is dropped (which is how it is told to stop).
pub struct Following {
    task: tauri::async_runtime::JoinHandle<()>,
}

impl Drop for Following {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// How one connection to a stream ended without an error.
enum Ended {
    /// The receiver wants no more events.
    Unwanted,
    /// The hall closed the stream.
    Closed,
}

impl HallApi {
    /// Follows the event stream at `path` (relative to the API base): every
    /// event named `event`, decoded as `T`, goes to `on_event` until it answers
    /// false. Reconnects after a loss with exponential backoff (1 s doubling to
    /// 30 s); a stream the hall closed cleanly starts the pauses over.
    pub fn follow<T, F>(&self, path: String, event: &'static str, on_event: F) -> Following
    where
        T: DeserializeOwned,
        F: Fn(T) -> bool + Send + Sync + 'static,
    {
        let api = self.clone();
        let open = move || {
            let (api, path) = (api.clone(), path.clone());
            async move { api.client().await?.event_stream(&path, None).await }
        };
        Self::follow_opened(open, event, on_event)
    }

    /// Follows the event stream that `open` opens, as [`Self::follow`] does;
    /// `open` runs again for every reconnection, so it can sign the request
    /// with a fresh token or ask for what came after the last event kept.
    /// Stops when `open` finds nobody logged in (or the session ended).
    pub fn follow_opened<T, F, O, Fut>(open: O, event: &'static str, on_event: F) -> Following
    where
        T: DeserializeOwned,
        F: Fn(T) -> bool + Send + Sync + 'static,
        O: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<reqwest::Response, ShellError>> + Send,
    {
        let task = tauri::async_runtime::spawn(async move {
            let backoff = ExponentialBuilder::default()
                .with_min_delay(FIRST_RECONNECT_DELAY)
                .with_max_delay(MAX_RECONNECT_DELAY)
                .without_max_times();
            let mut delays = backoff.build();
            loop {
                match follow_once(&open, event, &on_event).await {
                    Ok(Ended::Unwanted) => return,
                    Ok(Ended::Closed) => delays = backoff.build(),
                    Err(StreamError::Open(error))
                        if matches!(*error, ShellError::NotLoggedIn | ShellError::SessionEnded) =>
                    {
                        tracing::info!("an event stream needs a session and there is none");
                        return;
                    }
                    Err(error) => {
                        tracing::info!(%error, event, "an event stream was lost; following again")
                    }
                }
                let delay = delays.next().unwrap_or(MAX_RECONNECT_DELAY);
                tokio::time::sleep(delay).await;
            }
        });
        Following { task }
    }
}

/// One connection to the stream, until it ends or fails.
async fn follow_once<T: DeserializeOwned, Fut>(
    open: &impl Fn() -> Fut,
    event: &'static str,
    on_event: &impl Fn(T) -> bool,
) -> Result<Ended, StreamError>
where
    Fut: Future<Output = Result<reqwest::Response, ShellError>>,
{
    let response = open()
        .await
        .map_err(|error| StreamError::Open(Box::new(error)))?;
    let mut events = response.bytes_stream().eventsource();
    while let Some(next) = events.next().await {
        let next = next.map_err(StreamError::Read)?;
        if next.event != event {
            continue;
        }
        let decoded = serde_json::from_str(&next.data)
            .map_err(|source| StreamError::Decode { event, source })?;
        if !on_event(decoded) {
            return Ok(Ended::Unwanted);
        }
    }
    Ok(Ended::Closed)
}

impl super::HallClient {
    /// The open event stream at `path`, signed with `bearer` when given.
    pub(super) async fn event_stream(
        &self,
        path: &str,
        bearer: Option<&str>,
    ) -> Result<reqwest::Response, ShellError> {
        const ACTION: &str = "follow an event stream";
        // No overall timeout: the stream stays open as long as it is followed.
        let mut request = self
            .http
            .get(self.url(ACTION, path)?)
            .header(reqwest::header::ACCEPT, "text/event-stream")
            .timeout(Duration::from_secs(24 * 3600));
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        self.send(ACTION, request).await
    }
}
