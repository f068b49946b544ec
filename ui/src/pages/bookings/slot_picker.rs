//! The booking calendar: the next two weeks as day chips with the places left,
//! and the chosen day's half hours as buttons — bookable, full, or past.

use banshi_api::bookings::{Closure, SlotDay};
use banshi_api::dates::Date;
use banshi_api::halls::HallCode;
use banshi_api::ids::ItemCode;
use banshi_api::{ApiError, ErrorCode};
use leptos::prelude::*;

use crate::commands;
use crate::components::status::Loaded;
use crate::i18n::{BookingsMsg, use_i18n};

/// How many days the calendar shows: the whole booking horizon.
const DAYS_SHOWN: u16 = banshi_api::bookings::BOOKING_HORIZON_DAYS;

/// A slot the user picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub date: Date,
    pub starts: String,
    pub ends: String,
}

/// The calendar of `item` at `hall`; the pick goes to `picked`. Reloads
/// whenever `reload` changes (after the hall said a slot was full).
#[component]
pub fn SlotPicker(
    hall: HallCode,
    item: ItemCode,
    picked: RwSignal<Option<Pick>>,
    reload: ReadSignal<u32>,
) -> impl IntoView {
    let days = LocalResource::new(move || {
        reload.track();
        commands::booking_slots(hall.clone(), item.clone(), None, DAYS_SHOWN)
    });
    view! {
        <Loaded resource=days rows=3 ok=move |days| view! { <Calendar days picked /> } />
    }
}

#[component]
fn Calendar(days: Vec<SlotDay>, picked: RwSignal<Option<Pick>>) -> impl IntoView {
    let i18n = use_i18n();
    // The first day with a place left, so the user sees times straight away.
    let first_open = days
        .iter()
        .find(|day| day.slots.iter().any(|slot| slot.bookable()))
        .or(days.first())
        .map(|day| day.date);
    let shown = RwSignal::new(first_open);
    let chips = days
        .iter()
        .map(|day| {
            let date = day.date;
            let left: u32 = day
                .slots
                .iter()
                .filter(|s| !s.past)
                .map(|s| s.remaining)
                .sum();
            let weekday = day.weekday;
            let closure = day.closed.clone();
            let is_shown = move || shown.get() == Some(date);
            let note = move || match &closure {
                Some(Closure::Weekend) => i18n.t(BookingsMsg::ClosedWeekend),
                Some(Closure::Holiday { .. }) => i18n.t(BookingsMsg::ClosedHoliday),
                None if left == 0 => i18n.t(BookingsMsg::SlotFull),
                None => i18n.t(BookingsMsg::SlotsLeft(left)),
            };
            let class = {
                let closed = day.closed.is_some() || left == 0;
                move || {
                    let mut class = String::from("day-chip");
                    if is_shown() {
                        class.push_str(" day-chip-active");
                    }
                    if closed {
                        class.push_str(" day-chip-closed");
                    }
                    class
                }
            };
            let month_day = format!("{:02}/{:02}", date.month(), date.day());
            view! {
                <button
                    class=class
                    id=format!("day-{date}")
                    aria-pressed=move || is_shown().to_string()
                    on:click=move |_| shown.set(Some(date))
                >
                    <span class="day-chip-weekday">{move || i18n.weekdays(&[weekday])}</span>
                    <span class="day-chip-date">{month_day}</span>
                    <span class="day-chip-note">{note}</span>
                </button>
            }
        })
        .collect_view();
    let slots = move || {
        let date = shown.get()?;
        let day = days.iter().find(|day| day.date == date)?.clone();
        Some(view! { <DaySlots day picked /> })
    };
    view! {
        <div class="slot-picker">
            <div class="day-strip" role="group" aria-label=move || i18n.t(BookingsMsg::ChooseSlot)>{chips}</div>
            {slots}
        </div>
    }
}

#[component]
fn DaySlots(day: SlotDay, picked: RwSignal<Option<Pick>>) -> impl IntoView {
    let i18n = use_i18n();
    if let Some(closure) = &day.closed {
        let name = match closure {
            Closure::Holiday { name } => format!("{name} · "),
            Closure::Weekend => String::new(),
        };
        return view! {
            <p class="notice notice-empty day-closed" id="day-closed">{name}{move || i18n.t(BookingsMsg::DayClosed)}</p>
        }
        .into_any();
    }
    if !day.slots.iter().any(|slot| slot.bookable()) {
        return view! {
            <p class="notice notice-empty day-closed" id="day-full">{move || i18n.t(BookingsMsg::NoSlotsLeft)}</p>
        }
        .into_any();
    }
    let buttons = day
        .slots
        .into_iter()
        .map(|slot| {
            let pick = Pick {
                date: day.date,
                starts: slot.starts.clone(),
                ends: slot.ends.clone(),
            };
            let bookable = slot.bookable();
            let is_picked = {
                let pick = pick.clone();
                move || picked.with(|p| p.as_ref() == Some(&pick))
            };
            let state = move || {
                if slot.past {
                    i18n.t(BookingsMsg::SlotPast)
                } else if slot.remaining == 0 {
                    i18n.t(BookingsMsg::SlotFull)
                } else {
                    i18n.t(BookingsMsg::SlotsLeft(slot.remaining))
                }
            };
            let id = format!("slot-{}-{}", pick.date, pick.starts.replace(':', ""));
            let label = format!("{}–{}", pick.starts, pick.ends);
            let is_picked_class = is_picked.clone();
            view! {
                <button
                    class=move || if is_picked_class() { "slot slot-picked" } else { "slot" }
                    id=id
                    disabled=!bookable
                    aria-pressed=move || is_picked().to_string()
                    on:click=move |_| picked.set(Some(pick.clone()))
                >
                    <span class="slot-time">{label}</span>
                    <span class="slot-state">{state}</span>
                </button>
            }
        })
        .collect_view();
    view! { <div class="slot-grid">{buttons}</div> }.into_any()
}

/// Whether the hall refused because the slot filled up meanwhile: the
/// calendar must be read again.
pub fn slot_taken(error: &ApiError) -> bool {
    error.code == ErrorCode::Conflict
}

/// `2026-11-24` as 11月24日 周二 (or Tue 24/11).
pub fn day_label(date: Date) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        let weekday = i18n.weekdays(&[date.weekday()]);
        match i18n.locale.get() {
            crate::i18n::Locale::ZhCn => format!("{}月{}日 {weekday}", date.month(), date.day()),
            crate::i18n::Locale::En => format!("{weekday} {:02}/{:02}", date.day(), date.month()),
        }
    }
}
