//! The commands of the queue noun: a hall's live queue, followed while a
//! screen shows it, and the user's tickets.

use super::{command, streaming};
use crate::ids::HallCode;
use crate::queue::{Queue, Ticket, TicketRequest};

command! {
    QueueGet = "queue_get" { hall: HallCode } => Queue
}

command! {
    /// Streams `hall`'s queue until [`QueueUnwatch`] or another watch.
    QueueWatch = "queue_watch" { hall: HallCode } => ()
}
streaming!(QueueWatch => Queue);

command! {
    QueueUnwatch = "queue_unwatch": () => ()
}

command! {
    /// Takes a number in a line of `hall`.
    TicketTake = "ticket_take" { hall: HallCode, request: TicketRequest } => Ticket
}

command! {
    /// The user's tickets of today.
    TicketsList = "tickets_list": () => Vec<Ticket>
}
