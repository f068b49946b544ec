//! The user's numbers taken today, where each stands in its line, on the 取号
//! screen and under 我的. Shown while logged in.

use banshi_api::queue::{Ticket, TicketStatus};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::commands;
use crate::components::list_card::ListCard;
use crate::components::logged_in::LoggedIn;
use crate::i18n::{I18n, QueueMsg, use_i18n};

#[component]
pub fn TicketsSection() -> impl IntoView {
    view! {
        <LoggedIn>
            <ListCard id="my-tickets" title=QueueMsg::MyTickets empty=QueueMsg::NoTickets list_class="link-list"
                load=commands::tickets_list row=|ticket| view! { <TicketRow ticket /> }.into_any() />
        </LoggedIn>
    }
}

#[component]
fn TicketRow(ticket: Ticket) -> impl IntoView {
    let i18n = use_i18n();
    let state = ticket_state(ticket.status.clone(), ticket.ahead);
    view! {
        <li>
            <A href="/queue" attr:class="link-row">
                <span class="ticket-chip">{ticket.number.clone()}</span>
                <span class="link-row-text">
                    <span class="link-row-title">{ticket.hall_name.clone()}</span>
                    <span class="link-row-meta">{move || state(i18n)}</span>
                </span>
                <Icon icon=icondata::LuChevronRight attr:class="link-row-icon" />
            </A>
        </li>
    }
}

/// Where a ticket stands, in words: people ahead, the window called to, or expired.
pub fn ticket_state(
    status: TicketStatus,
    ahead: u32,
) -> impl Fn(I18n) -> String + Send + Sync + 'static {
    move |i18n| match &status {
        TicketStatus::Waiting => i18n.t(QueueMsg::Ahead(ahead)),
        TicketStatus::Called { window } => format!("{}{window}", i18n.t(QueueMsg::CalledTo)),
        TicketStatus::Expired => i18n.t(QueueMsg::TicketExpired),
    }
}
