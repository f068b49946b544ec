//! The wrappers of the queue noun's commands: a hall's live queue, and the
//! user's tickets.

use banshi_api::ApiError;
use banshi_api::ids::HallCode;
use banshi_api::ipc::queue::{QueueGet, QueueUnwatch, QueueWatch, TicketTake, TicketsList};
use banshi_api::queue::{Queue, Ticket, TicketRequest};

use super::{invoke, invoke_streaming};

pub async fn queue_get(hall: HallCode) -> Result<Queue, ApiError> {
    invoke::<QueueGet>(&QueueGet { hall }).await
}

/// Follows `hall`'s queue: `on_change` sees every change until [`queue_unwatch`].
pub async fn queue_watch(
    hall: HallCode,
    on_change: impl Fn(Queue) + 'static,
) -> Result<(), ApiError> {
    invoke_streaming::<QueueWatch>(&QueueWatch { hall }, on_change).await
}

pub async fn queue_unwatch() -> Result<(), ApiError> {
    invoke::<QueueUnwatch>(&()).await
}

/// Takes a number in line `group` of `hall`.
pub async fn ticket_take(hall: HallCode, group: String) -> Result<Ticket, ApiError> {
    let request = TicketRequest { group };
    invoke::<TicketTake>(&TicketTake { hall, request }).await
}

/// The user's tickets of today.
pub async fn tickets_list() -> Result<Vec<Ticket>, ApiError> {
    invoke::<TicketsList>(&()).await
}
