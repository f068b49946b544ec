//! The queue routes of the hall API: a hall's live queue, its stream of
//! changes (server-sent events), and the caller's tickets (网上取号).

use banshi_api::queue::{Queue, Ticket, TicketRequest};
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

impl HallClient {
    pub async fn queue(&self, hall: &str) -> Result<Queue, ShellError> {
        let path = format!("halls/{}/queue", encode_segment(hall));
        self.get("read the hall's queue", &path, &()).await
    }

    /// The open stream of the hall's queue changes, one `queue` event each.
    pub async fn queue_stream(&self, hall: &str) -> Result<reqwest::Response, ShellError> {
        const ACTION: &str = "follow the hall's queue";
        let path = format!("halls/{}/queue/stream", encode_segment(hall));
        // No overall timeout: the stream stays open as long as it is followed.
        let request = self
            .http
            .get(self.url(ACTION, &path)?)
            .header(reqwest::header::ACCEPT, "text/event-stream")
            .timeout(std::time::Duration::from_secs(24 * 3600));
        self.send(ACTION, request).await
    }

    /// Takes a number in a line of `hall`.
    pub async fn take_ticket(
        &self,
        access_token: &str,
        hall: &str,
        request: &TicketRequest,
    ) -> Result<Ticket, ShellError> {
        const ACTION: &str = "take a number";
        let path = format!("halls/{}/tickets", encode_segment(hall));
        self.call_for(
            ACTION,
            Method::POST,
            &path,
            Some(request),
            Some(access_token),
        )
        .await
    }

    /// The caller's tickets of today.
    pub async fn tickets(&self, access_token: &str) -> Result<Vec<Ticket>, ShellError> {
        const ACTION: &str = "list the tickets";
        self.call_for(
            ACTION,
            Method::GET,
            "tickets",
            None::<&()>,
            Some(access_token),
        )
        .await
    }
}
