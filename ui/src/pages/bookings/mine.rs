//! The user's own visits: upcoming bookings and today's numbers, on the 预约
//! screens and under 我的. Shown while logged in.

use banshi_api::bookings::{Booking, BookingStatus};
use banshi_api::queue::{Ticket, TicketStatus};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use super::slot_picker::day_label;
use crate::account::use_account;
use crate::commands;
use crate::components::logged_in::LoggedIn;
use crate::i18n::{Msg, use_i18n};

#[component]
pub fn BookingsSection() -> impl IntoView {
    view! { <LoggedIn><BookingList /></LoggedIn> }
}

#[component]
fn BookingList() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let bookings = LocalResource::new(commands::bookings_list);
    view! {
        <section class="section card" id="my-bookings">
            <h2 class="section-title">{move || i18n.t(Msg::MyBookings)}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match bookings.await {
                        Ok(list) => {
                            let open: Vec<Booking> = list.into_iter().filter(|b| b.status == BookingStatus::Booked).collect();
                            if open.is_empty() {
                                view! { <p class="page-intro">{move || i18n.t(Msg::NoBookings)}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="link-list">
                                        {open.into_iter().map(|booking| view! { <BookingRow booking /> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }
                        }
                        Err(error) => {
                            state.absorb(&error);
                            view! { <p class="form-notice form-notice-error">{error.message}</p> }.into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn BookingRow(booking: Booking) -> impl IntoView {
    let when = day_label(booking.date.clone());
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
    view! { <LoggedIn><TicketList /></LoggedIn> }
}

#[component]
fn TicketList() -> impl IntoView {
    let i18n = use_i18n();
    let tickets = LocalResource::new(commands::tickets_list);
    view! {
        <section class="section card" id="my-tickets">
            <h2 class="section-title">{move || i18n.t(Msg::MyTickets)}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match tickets.await {
                        Ok(list) if !list.is_empty() => view! {
                            <ul class="link-list">
                                {list.into_iter().map(|ticket| view! { <TicketRow ticket /> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Ok(_) => view! { <p class="page-intro">{move || i18n.t(Msg::NoBookings)}</p> }.into_any(),
                        Err(error) => view! { <p class="form-notice form-notice-error">{error.message}</p> }.into_any(),
                    }
                })}
            </Transition>
        </section>
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
