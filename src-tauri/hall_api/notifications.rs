//! The notification routes of the hall API: those after the last one seen, and
//! the path of the stream that sends them as they happen (server-sent events,
//! see [`super::stream`]).

use banshi_api::notifications::Notification;
use reqwest::Method;

use super::HallClient;
use crate::ShellError;

/// The name of the events of the notifications stream.
pub const NOTIFICATION_EVENT: &str = "notification";

impl HallClient {
    /// The caller's notifications after the id `after` (all when `None`),
    /// the oldest first.
    pub async fn notifications(
        &self,
        access_token: &str,
        after: Option<i64>,
    ) -> Result<Vec<Notification>, ShellError> {
        const ACTION: &str = "list the notifications";
        let path = match after {
            Some(after) => format!("notifications?after={after}"),
            None => "notifications".to_owned(),
        };
        self.call_for(ACTION, Method::GET, &path, None::<&()>, Some(access_token))
            .await
    }

    /// The caller's stream of notifications: first those after `after`, then
    /// each as it happens.
    pub async fn notification_stream(
        &self,
        access_token: &str,
        after: Option<i64>,
    ) -> Result<reqwest::Response, ShellError> {
        let path = match after {
            Some(after) => format!("notifications/stream?after={after}"),
            None => "notifications/stream".to_owned(),
        };
        self.event_stream(&path, Some(access_token)).await
    }
}
