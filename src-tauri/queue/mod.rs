//! Taking a number at the hall (取号): a hall's live queue, followed over the
//! hall's stream of changes while a screen shows it, and the user's tickets.

#[cfg(test)]
mod tests;

use banshi_api::queue::{Queue, Ticket, TicketRequest};

use crate::ShellError;
use crate::context::Context;
use crate::hall_api::{Following, QUEUE_EVENT, queue_stream_path};

/// The app's queue state: the one queue being followed, if any.
pub struct Queues {
    ctx: Context,
    watch: std::sync::Mutex<Option<Following>>,
}

impl Queues {
    pub fn new(ctx: Context) -> Self {
        Self {
            ctx,
            watch: std::sync::Mutex::new(None),
        }
    }

    /// `hall`'s queue now; needs no login.
    pub async fn get(&self, hall: &str) -> Result<Queue, ShellError> {
        self.ctx.client().await?.queue(hall).await
    }

    /// Takes a number in a line of `hall`.
    pub async fn take_ticket(
        &self,
        hall: &str,
        request: &TicketRequest,
    ) -> Result<Ticket, ShellError> {
        self.ctx
            .with_session(
                |client, token| async move { client.take_ticket(&token, hall, request).await },
            )
            .await
    }

    /// The user's tickets of today.
    pub async fn tickets(&self) -> Result<Vec<Ticket>, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.tickets(&token).await })
            .await
    }

    /// Follows `hall`'s queue: every change goes to `on_change` until it answers
    /// false or another queue is followed.
    pub fn watch(&self, hall: &str, on_change: impl Fn(Queue) -> bool + Send + Sync + 'static) {
        let following = self
            .ctx
            .api()
            .follow(queue_stream_path(hall), QUEUE_EVENT, on_change);
        self.replace_watch(Some(following));
    }

    /// Stops following the queue, if one is followed.
    pub fn unwatch(&self) {
        self.replace_watch(None);
    }

    fn replace_watch(&self, following: Option<Following>) {
        let mut watch = self
            .watch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // The one replaced is dropped, which stops following it.
        *watch = following;
    }
}
