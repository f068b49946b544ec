//! The queue routes of the hall API: a hall's live queue, the path of its
//! stream of changes (server-sent events, see [`super::stream`]), and the caller's tickets (网上取号).

use banshi_api::queue::{Queue, Ticket, TicketRequest};
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

/// The path of `hall`'s stream of queue changes, one [`QUEUE_EVENT`] each.
pub fn queue_stream_path(hall: &str) -> String {
    format!("halls/{}/queue/stream", encode_segment(hall))
}

/// The name of the events of a queue stream.
pub const QUEUE_EVENT: &str = "queue";

impl HallClient {
    pub async fn queue(&self, hall: &str) -> Result<Queue, ShellError> {
        let path = format!("halls/{}/queue", encode_segment(hall));
        self.get("read the hall's queue", &path, &()).await
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
