//! The user's own visits: upcoming bookings and today's numbers, on the 预约
//! screens and under 我的. Shown while logged in.

use banshi_api::bookings::{Booking, BookingStatus};
use banshi_api::queue::{Ticket, TicketStatus};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use super::slot_picker::day_label;
use crate::commands;
use crate::components::list_card::ListCard;
use crate::components::logged_in::LoggedIn;
use crate::i18n::{Msg, use_i18n};

#[component]
pub fn BookingsSection() -> impl IntoView {
    // Only the bookings still ahead; cancelled and past ones are not "mine" to act on.
    let open = || async {
        commands::bookings_list().await.map(|list| {
            list.into_iter()
                .filter(|booking| booking.status == BookingStatus::Booked)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <LoggedIn>
            <ListCard id="my-bookings" title=Msg::MyBookings empty=Msg::NoBookings list_class="link-list"
                load=open row=|booking| view! { <BookingRow booking /> }.into_any() />
        </LoggedIn>
    }
}

#[component]
fn BookingRow(booking: Booking) -> impl IntoView {
    let when = day_label(booking.date);
    view! {
        <li>
            <A href=format!("/bookings/{}", booking.id) attr:class="link-row booking-row">
                <Icon icon=icondata::LuCalendarCheck attr:class="link-row-lead" />
                <span class="link-row-text">
                    <span class="link-row-title">{booking.item_name.clone()}</span>
                    <span class="link-row-meta">{when}" "{booking.starts.clone()}" · "{booking.hall_name.clone()}</span>
                </span>
                <Icon icon=icondata::LuChevronRight attr:class="link-row-icon" />
            </A>
        </li>
    }
}

#[component]
pub fn TicketsSection() -> impl IntoView {
    view! {
        <LoggedIn>
            <ListCard id="my-tickets" title=Msg::MyTickets empty=Msg::NoTickets list_class="link-list"
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
) -> impl Fn(crate::i18n::I18n) -> String + Send + Sync + 'static {
    move |i18n| match &status {
        TicketStatus::Waiting => i18n.t(Msg::Ahead(ahead)),
        TicketStatus::Called { window } => format!("{}{window}", i18n.t(Msg::CalledTo)),
        TicketStatus::Expired => i18n.t(Msg::TicketExpired),
    }
}
