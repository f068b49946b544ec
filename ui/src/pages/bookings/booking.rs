//! One booking: its check-in QR code and code, when and where, what to bring,
//! and the ways to change it — add to the calendar, move it, cancel it.

use banshi_api::bookings::{Booking, BookingStatus, RescheduleRequest};
use banshi_api::catalog::Item;
use banshi_api::ids::BookingId;
use banshi_api::ratings::RatingSubject;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::new::{BringList, ChooseAndConfirm};
use super::originals_to_bring;
use super::slot_picker::{Pick, day_label};
use crate::accounts::use_account;
use crate::address_ids::parse_param;
use crate::catalog_copy::use_catalog_copy;
use crate::commands;
use crate::components::status::{ErrorNotice, Loaded, Loading};
use crate::halls::use_halls;
use crate::i18n::{BookingsMsg, CommonMsg, HallsMsg, use_i18n};
use crate::pages::applications::{Rated, RatingSection};

/// The booking of the `:id` in the path, and the guide of its item.
fn use_booking() -> LocalResource<Result<(Booking, Item), banshi_api::ApiError>> {
    let params = use_params_map();
    let copy = use_catalog_copy();
    LocalResource::new(move || {
        copy.status.track();
        let id = params.with(|p| parse_param::<BookingId>(p.get("id")));
        async move {
            let booking = commands::booking_get(id?).await?;
            let item = commands::catalog_item(booking.item_code.clone()).await?;
            Ok((booking, item))
        }
    })
}

/// `/bookings/:id`
#[component]
pub fn BookingPage() -> impl IntoView {
    let booking = use_booking();
    let account = use_account();
    view! {
        <div class="page page-booking">
            <Transition fallback=|| view! { <Loading rows=5 /> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        Ok((booking, item)) => view! { <BookingDetail booking item /> }.into_any(),
                        Err(error) => {
                            account.absorb(&error);
                            view! { <ErrorNotice error on_retry=move |()| booking.refetch() /> }.into_any()
                        }
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn BookingDetail(booking: Booking, item: Item) -> impl IntoView {
    let i18n = use_i18n();
    let shown = RwSignal::new(booking);
    let bring = originals_to_bring(&item);
    let qr = LocalResource::new(move || commands::booking_qr(shown.get()));
    let cancel = Action::new_local(|id: &BookingId| commands::booking_cancel(id.clone()));
    Effect::new(move || {
        if let Some(Ok(cancelled)) = cancel.value().get() {
            shown.set(cancelled);
        }
    });
    let calendar = {
        let bring = bring.clone();
        Action::new_local(move |id: &BookingId| {
            commands::booking_add_to_calendar(id.clone(), bring.clone())
        })
    };
    let asking = RwSignal::new(false);
    let booked = move || shown.with(|b| b.status == BookingStatus::Booked);
    let b = shown.get_untracked();
    let when = day_label(b.date);
    let time = move || shown.with(|b| format!("{}–{}", b.starts, b.ends));
    let when = move || {
        let _ = shown.with(|b| b.date);
        when()
    };
    let status = move || {
        let (class, msg) = match shown.with(|b| b.status) {
            BookingStatus::Booked => ("tag tag-success", BookingsMsg::StatusBooked),
            BookingStatus::CheckedIn => ("tag tag-info", BookingsMsg::StatusCheckedIn),
            BookingStatus::Cancelled => ("tag tag-muted", BookingsMsg::StatusCancelled),
        };
        view! { <span class=class id="booking-status">{i18n.t(msg)}</span> }
    };
    let checked_in = b.status == BookingStatus::CheckedIn;
    let visit = b.id.clone();
    // A rated visit's rating is among the user's ratings.
    let rating = LocalResource::new(move || {
        let visit = visit.clone();
        async move {
            if !checked_in || !shown.with_untracked(|b| b.rated) {
                return Ok(None);
            }
            let ratings = commands::ratings_list().await?;
            Ok::<_, banshi_api::ApiError>(ratings.into_iter().find(
                |r| matches!(&r.subject, RatingSubject::Visit { booking } if *booking == visit),
            ))
        }
    });
    let id = b.id.clone();
    let halls = use_halls();
    let hall_code = b.hall.clone();
    let hall_address = move || {
        let hall_code = hall_code.clone();
        Suspend::new(async move {
            let hall = halls
                .0
                .await
                .ok()?
                .into_iter()
                .find(|h| h.code == hall_code)?;
            let phone = format!("tel:{}", hall.phone);
            Some(view! {
                <dt>{move || i18n.t(HallsMsg::Address)}</dt>
                <dd id="booking-address">{hall.address}</dd>
                <dt>{move || i18n.t(HallsMsg::Phone)}</dt>
                <dd><a href=phone>{hall.phone.clone()}</a></dd>
            })
        })
    };
    view! {
        <header class="page-head">
            <p class="page-kicker">{move || i18n.t(BookingsMsg::MyBookings)}</p>
            <div class="guide-title-row">
                <h1 class="page-title">{b.item_name.clone()}</h1>
                {status}
            </div>
        </header>
        <section class="section card check-in" class:check-in-void=move || !booked()>
            <Transition fallback=|| view! { <div class="qr-placeholder"></div> }>
                {move || Suspend::new(async move {
                    qr.await.ok().map(|svg| view! { <div class="qr" id="check-in-qr" inner_html=svg></div> })
                })}
            </Transition>
            <p class="check-in-label">{move || i18n.t(BookingsMsg::CheckInCode)}</p>
            <p class="check-in-code" id="check-in-code">{b.check_in_code.clone()}</p>
            <p class="page-intro">{move || i18n.t(BookingsMsg::CheckInHint)}</p>
        </section>
        <section class="section card">
            <dl class="profile-facts booking-facts">
                <dt>{move || i18n.t(BookingsMsg::VisitTime)}</dt>
                <dd id="booking-time">{when}" "{time}</dd>
                <dt>{move || i18n.t(HallsMsg::HallLabel)}</dt>
                <dd>{b.hall_name.clone()}</dd>
                <Transition fallback=|| ()>{hall_address}</Transition>
            </dl>
            <BringList bring />
        </section>
        {checked_in.then(|| {
            let visit = b.id.clone();
            view! {
                <Transition fallback=|| view! { <Loading rows=2 /> }>
                    {move || {
                        let visit = visit.clone();
                        Suspend::new(async move {
                            match rating.await {
                                Ok(rating) => view! {
                                    <RatingSection subject=Rated::Visit(visit) rating may_rate=!shown.with_untracked(|b| b.rated) />
                                }.into_any(),
                                Err(error) => view! { <ErrorNotice error on_retry=move |()| rating.refetch() /> }.into_any(),
                            }
                        })
                    }}
                </Transition>
            }
        })}
        {move || booked().then(|| {
            let (id_calendar, id_cancel) = (id.clone(), id.clone());
            view! {
                <div class="action-row">
                    <button class="button button-secondary" id="add-to-calendar"
                        on:click=move |_| { calendar.dispatch(id_calendar.clone()); }>
                        <Icon icon=icondata::LuCalendarPlus attr:class="button-icon" />
                        {move || i18n.t(BookingsMsg::AddToCalendar)}
                    </button>
                    <A href=format!("/bookings/{}/reschedule", id) attr:class="button button-secondary" attr:id="reschedule">
                        <Icon icon=icondata::LuCalendarSync attr:class="button-icon" />
                        {move || i18n.t(BookingsMsg::Reschedule)}
                    </A>
                    <button class="button button-danger-quiet" id="cancel-booking" on:click=move |_| asking.set(true)>
                        <Icon icon=icondata::LuCalendarX attr:class="button-icon" />
                        {move || i18n.t(BookingsMsg::CancelBooking)}
                    </button>
                </div>
                <Show when=move || asking.get()>
                    <div class="notice notice-warning" role="alertdialog" id="cancel-confirm">
                        <p class="notice-text">{move || i18n.t(BookingsMsg::ConfirmCancel)}</p>
                        <div class="action-row">
                            <button class="button button-danger" id="cancel-yes"
                                disabled=move || cancel.pending().get()
                                on:click={
                                    let id = id_cancel.clone();
                                    move |_| { cancel.dispatch(id.clone()); }
                                }>
                                {move || i18n.t(BookingsMsg::CancelBooking)}
                            </button>
                            <button class="button button-secondary" on:click=move |_| asking.set(false)>
                                {move || i18n.t(BookingsMsg::KeepBooking)}
                            </button>
                        </div>
                    </div>
                </Show>
            }
        })}
        {move || calendar.value().get().map(|saved| match saved {
            Ok(saved) => view! {
                <p class="form-notice" id="calendar-saved">{i18n.t(CommonMsg::DocumentSaved)}{saved.path}</p>
            }.into_any(),
            Err(error) => view! { <p class="form-notice form-notice-error">{error.message}</p> }.into_any(),
        })}
        {move || cancel.value().get().and_then(Result::err).map(|error| view! {
            <p class="form-notice form-notice-error" role="alert">{error.message}</p>
        })}
    }
}

/// `/bookings/:id/reschedule`: the same item's calendar; the booking moves
/// only once the new place is held.
#[component]
pub fn ReschedulePage() -> impl IntoView {
    let i18n = use_i18n();
    let booking = use_booking();
    view! {
        <div class="page page-book">
            <header class="page-head">
                <p class="page-kicker">{move || i18n.t(BookingsMsg::Reschedule)}</p>
                <h1 class="page-title">{move || i18n.t(BookingsMsg::RescheduleTitle)}</h1>
                <p class="page-intro">{move || i18n.t(BookingsMsg::RescheduleHint)}</p>
            </header>
            <Loaded resource=booking rows=4 ok=|(booking, item)| view! { <Move booking item /> } />
        </div>
    }
}

#[component]
fn Move(booking: Booking, item: Item) -> impl IntoView {
    let navigate = use_navigate();
    let id = booking.id.clone();
    let action = Action::new_local(move |pick: &Pick| {
        commands::booking_reschedule(
            id.clone(),
            RescheduleRequest {
                date: pick.date,
                starts: pick.starts.clone(),
            },
        )
    });
    Effect::new(move || {
        if let Some(Ok(moved)) = action.value().get() {
            navigate(&format!("/bookings/{}", moved.id), Default::default());
        }
    });
    view! { <ChooseAndConfirm item confirm=BookingsMsg::ConfirmReschedule action /> }
}
