//! The commands of the queue noun: a hall's live queue, followed while a
//! screen shows it, and the user's tickets.

use banshi_api::ipc::queue::{QueueGet, QueueUnwatch, QueueWatch, TicketTake, TicketsList};
use tauri::State;

use super::{Answer, Args, Stream};
use crate::queue::Queues;

#[tauri::command]
pub async fn queue_get(queues: State<'_, Queues>, args: Args<QueueGet>) -> Answer<QueueGet> {
    Ok(queues.get(args.hall.as_str()).await?)
}

/// Streams the hall's queue to the channel until `queue_unwatch` or another watch.
#[tauri::command]
pub fn queue_watch(
    queues: State<'_, Queues>,
    args: Args<QueueWatch>,
    channel: Stream<QueueWatch>,
) -> Answer<QueueWatch> {
    queues.watch(args.hall.as_str(), move |queue| channel.send(queue).is_ok());
    Ok(())
}

#[tauri::command]
pub fn queue_unwatch(queues: State<'_, Queues>) -> Answer<QueueUnwatch> {
    queues.unwatch();
    Ok(())
}

#[tauri::command]
pub async fn ticket_take(queues: State<'_, Queues>, args: Args<TicketTake>) -> Answer<TicketTake> {
    Ok(queues
        .take_ticket(args.hall.as_str(), &args.request)
        .await?)
}

#[tauri::command]
pub async fn tickets_list(queues: State<'_, Queues>) -> Answer<TicketsList> {
    Ok(queues.tickets().await?)
}
