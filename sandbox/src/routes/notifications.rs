//! `GET /notifications` and `GET /notifications/stream`: the caller's
//! notifications after the last one seen, as a list or as server-sent events
//! that go on with every new one.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use banshi_api::ApiError;
use banshi_api::notifications::{Notification, NotificationsQuery};
use futures_util::Stream;
use tokio::sync::{broadcast, watch};

use super::events::NotificationEvent;
use crate::error::AppError;
use crate::extract::{ApiQuery, Caller};
use crate::state::AppState;

/// How often a stream reads its feed even unannounced: another instance of
/// the hall may have added to it.
const REREAD: Duration = Duration::from_secs(5);

/// The caller's notifications after `after` (every one when absent), the oldest first, at most 500.
#[utoipa::path(get, path = "/notifications", tag = "notifications",
    security(("bearer" = [])),
    params(NotificationsQuery),
    responses(
        (status = 200, description = "The notifications", body = Vec<Notification>),
        (status = 400, description = "`after` is not a number", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiQuery(query): ApiQuery<NotificationsQuery>,
) -> Result<Json<Vec<Notification>>, AppError> {
    let after = query.after.unwrap_or(0);
    Ok(Json(
        state.store.notifications_of(session.user_id, after).await?,
    ))
}

/// The caller's notifications as server-sent events named `notification`,
/// each with its id as the event id: those after `after` (or the
/// `Last-Event-ID` a reconnecting client sends) at once, then each new one.
#[utoipa::path(get, path = "/notifications/stream", tag = "notifications",
    security(("bearer" = [])),
    params(NotificationsQuery,
        ("Last-Event-ID" = Option<i64>, Header, description = "The id of the last event received; wins over `after`")),
    responses(
        (status = 200, description = "`text/event-stream` of `notification` events whose data is a Notification (JSON)", content_type = "text/event-stream", body = NotificationEvent),
        (status = 400, description = "`after` is not a number", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn stream(
    State(state): State<AppState>,
    Caller(session): Caller,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<NotificationsQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, axum::Error>>>, AppError> {
    let last_event = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<i64>().ok());
    let feed = Feed {
        // Follow before reading, so nothing added after the first read is missed.
        changes: state.feed_changes.subscribe(),
        stopping: state.stopping.clone(),
        user_id: session.user_id,
        after: last_event.or(query.after).unwrap_or(0),
        pending: state
            .store
            .notifications_of(session.user_id, last_event.or(query.after).unwrap_or(0))
            .await?
            .into(),
        state,
    };
    let events = futures_util::stream::unfold(feed, |mut feed| async move {
        let notification = feed.next().await?;
        let event = Event::default()
            .event("notification")
            .id(notification.id.to_string())
            .json_data(&notification);
        Some((event, feed))
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}

/// One client following their feed.
struct Feed {
    state: AppState,
    user_id: i64,
    changes: broadcast::Receiver<i64>,
    stopping: watch::Receiver<bool>,
    /// The last id sent.
    after: i64,
    /// Read and not yet sent.
    pending: std::collections::VecDeque<Notification>,
}

impl Feed {
    /// The next notification; `None` ends the stream (the server is stopping,
    /// or the feed cannot be read).
    async fn next(&mut self) -> Option<Notification> {
        loop {
            if let Some(notification) = self.pending.pop_front() {
                self.after = notification.id;
                return Some(notification);
            }
            tokio::select! {
                change = self.changes.recv() => match change {
                    Ok(user_id) if user_id != self.user_id => continue,
                    // Fallen behind: the read below includes what was missed.
                    Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                () = tokio::time::sleep(REREAD) => {}
                _ = self.stopping.changed() => return None,
            }
            match self
                .state
                .store
                .notifications_of(self.user_id, self.after)
                .await
            {
                Ok(read) => self.pending.extend(read),
                Err(error) => {
                    tracing::error!(error = ?error, "a notifications stream ended");
                    return None;
                }
            }
        }
    }
}
