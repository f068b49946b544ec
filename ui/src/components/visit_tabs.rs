//! The two ways of going to the hall, side by side on top of both screens:
//! 预约办理 (book a slot) and 取号排队 (take a number in the live queue).

use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::i18n::{BookingsMsg, FrameMsg, QueueMsg, use_i18n};

/// 预约办理 | 取号排队, the current screen's tab pressed.
#[component]
pub fn VisitTabs(
    /// On the queue screen; otherwise on the booking one.
    queue: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="segmented segmented-wide visit-tabs" aria-label=move || i18n.t(FrameMsg::TabBookings)>
            <A href="/bookings" attr:class="segment" attr:aria-pressed=(!queue).to_string() attr:id="tab-book">
                <Icon icon=icondata::LuCalendarCheck attr:class="button-icon" />
                {move || i18n.t(BookingsMsg::BookingsTab)}
            </A>
            <A href="/queue" attr:class="segment" attr:aria-pressed=queue.to_string() attr:id="tab-queue">
                <Icon icon=icondata::LuTicket attr:class="button-icon" />
                {move || i18n.t(QueueMsg::QueueTab)}
            </A>
        </nav>
    }
}
