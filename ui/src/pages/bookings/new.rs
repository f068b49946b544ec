//! Booking a visit for an item: the item's hall and calendar, the slot chosen,
//! what to bring, and one confirmation. Also the confirm step of a reschedule,
//! which shares everything but the question it asks.

use banshi_api::ApiError;
use banshi_api::bookings::{Booking, BookingRequest};
use banshi_api::catalog::Item;
use banshi_api::ids::ItemCode;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::originals_to_bring;
use super::slot_picker::{Pick, SlotPicker, day_label, slot_taken};
use crate::accounts::use_account;
use crate::address_ids::parse_param;
use crate::catalog_copy::use_catalog_copy;
use crate::commands;
use crate::components::login_invite::LoginInvite;
use crate::components::status::Loaded;
use crate::i18n::{BookingsMsg, CommonMsg, use_i18n};

/// `/bookings/new/:code`
#[component]
pub fn NewBookingPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let code_text = move || params.with(|p| p.get("code").unwrap_or_default());
    let code = move || parse_param::<ItemCode>(Some(code_text()));
    let copy = use_catalog_copy();
    let item = LocalResource::new(move || {
        copy.status.track();
        let code = code();
        async move { commands::catalog_item(code?).await }
    });
    let account = use_account();
    view! {
        <div class="page page-book">
            <header class="page-head">
                <p class="page-kicker">{move || i18n.t(BookingsMsg::BookVisit)}</p>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        item.await.ok().map(|item| view! { <h1 class="page-title" id="book-item">{item.summary.name}</h1> })
                    })}
                </Transition>
            </header>
            {move || {
                if account.account.with(Option::is_none) {
                    return view! {
                        <LoginInvite why=BookingsMsg::LoginToBook back_to=format!("/bookings/new/{}", code_text()) id="login-to-book" />
                    }.into_any();
                }
                view! { <Loaded resource=item rows=4 ok=|item| view! { <Book item /> } /> }.into_any()
            }}
        </div>
    }
}

#[component]
fn Book(item: Item) -> impl IntoView {
    let navigate = use_navigate();
    let code = item.summary.code.clone();
    let book = Action::new_local(move |pick: &Pick| {
        commands::booking_create(BookingRequest {
            item_code: code.clone(),
            date: pick.date,
            starts: pick.starts.clone(),
        })
    });
    Effect::new(move || {
        if let Some(Ok(booking)) = book.value().get() {
            navigate(&format!("/bookings/{}", booking.id), Default::default());
        }
    });
    view! { <ChooseAndConfirm item confirm=BookingsMsg::ConfirmBooking action=book /> }
}

/// The calendar of `item`'s hall, then the pick with what to bring and a
/// button that runs `action`; a slot filled meanwhile reloads the calendar.
#[component]
pub fn ChooseAndConfirm(
    item: Item,
    confirm: BookingsMsg,
    action: Action<Pick, Result<Booking, ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let picked = RwSignal::new(None::<Pick>);
    let (reload, set_reload) = signal(0u32);
    let account = use_account();
    Effect::new(move || {
        if let Some(Err(error)) = action.value().get() {
            account.absorb(&error);
            if slot_taken(&error) {
                picked.set(None);
                set_reload.update(|n| *n += 1);
            }
        }
    });
    let bring = originals_to_bring(&item);
    let summary = move || {
        picked.get().map(|pick| {
            let bring = bring.clone();
            let when = day_label(pick.date);
            view! {
                <section class="section card booking-confirm" id="booking-confirm">
                    <p class="booking-when">
                        <Icon icon=icondata::LuCalendarClock attr:class="button-icon" />
                        <span id="picked-time">{when}" "{pick.starts.clone()}"–"{pick.ends.clone()}</span>
                    </p>
                    <BringList bring />
                    <button
                        class="button button-primary button-block"
                        id="confirm-booking"
                        disabled=move || action.pending().get()
                        on:click=move |_| {
                            if let Some(pick) = picked.get_untracked() {
                                action.dispatch(pick);
                            }
                        }
                    >
                        {move || if action.pending().get() { i18n.t(CommonMsg::Working) } else { i18n.t(confirm) }}
                    </button>
                </section>
            }
        })
    };
    let refusal = move || {
        action.value().get().and_then(Result::err).map(|error| view! {
            <p class="form-notice form-notice-error" role="alert" id="booking-error">{error.message}</p>
        })
    };
    view! {
        <section class="section">
            <h2 class="section-title">{move || i18n.t(BookingsMsg::ChooseSlot)}</h2>
            <SlotPicker hall=item.summary.hall.clone() item=item.summary.code.clone() picked reload />
        </section>
        {refusal}
        {summary}
    }
}

/// The originals to take to the hall, or that there is nothing to take.
#[component]
pub fn BringList(bring: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    if bring.is_empty() {
        return view! { <p class="page-intro">{move || i18n.t(BookingsMsg::NothingToBring)}</p> }
            .into_any();
    }
    view! {
        <div class="bring">
            <h3 class="bring-title">{move || i18n.t(BookingsMsg::BringOriginals)}</h3>
            <ul class="bullets" id="bring-list">
                {bring.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}
