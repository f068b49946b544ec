//! The user's own bookings still ahead, on the 预约 screen and under 我的.
//! Shown while logged in.

use banshi_api::bookings::{Booking, BookingStatus};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use super::slot_picker::day_label;
use crate::commands;
use crate::components::list_card::ListCard;
use crate::components::logged_in::LoggedIn;
use crate::i18n::BookingsMsg;

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
            <ListCard id="my-bookings" title=BookingsMsg::MyBookings empty=BookingsMsg::NoBookings list_class="link-list"
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
