//! The booking calendar: the next two weeks as day chips with the places left,
//! and the chosen day's half hours as buttons — bookable, full, or past.

use banshi_api::bookings::{Closure, SlotDay};
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
    pub date: String,
    pub starts: String,
    pub ends: String,
}

/// The calendar of `item` at `hall`; the pick goes to `picked`. Reloads
/// whenever `reload` changes (after the hall said a slot was full).
#[component]
pub fn SlotPicker(
    hall: String,
    item: String,
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
        .map(|day| day.date.clone());
    let shown = RwSignal::new(first_open);
    let chips = days
        .iter()
        .map(|day| {
            let date = day.date.clone();
            let left: u32 = day
                .slots
                .iter()
                .filter(|s| !s.past)
                .map(|s| s.remaining)
                .sum();
            let weekday = day.weekday;
            let closure = day.closed.clone();
            let is_shown = {
                let date = date.clone();
                move || shown.get().as_deref() == Some(date.as_str())
            };
            let note = move || match &closure {
                Some(Closure::Weekend) => i18n.t(BookingsMsg::ClosedWeekend),
                Some(Closure::Holiday { .. }) => i18n.t(BookingsMsg::ClosedHoliday),
                None if left == 0 => i18n.t(BookingsMsg::SlotFull),
                None => i18n.t(BookingsMsg::SlotsLeft(left)),
            };
            let class = {
                let is_shown = is_shown.clone();
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
            let month_day = date.get(5..).unwrap_or_default().replace('-', "/");
            view! {
                <button
                    class=class
                    id=format!("day-{date}")
                    aria-pressed=move || is_shown().to_string()
                    on:click={
                        let date = date.clone();
                        move |_| shown.set(Some(date.clone()))
                    }
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
                date: day.date.clone(),
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
pub fn day_label(date: String) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    let weekday = weekday_of(&date);
    move || {
        let (month, day) = (
            date.get(5..7).unwrap_or_default(),
            date.get(8..10).unwrap_or_default(),
        );
        let weekday = weekday.map(|w| i18n.weekdays(&[w])).unwrap_or_default();
        match i18n.locale.get() {
            crate::i18n::Locale::ZhCn => format!(
                "{}月{}日 {weekday}",
                month.trim_start_matches('0'),
                day.trim_start_matches('0')
            ),
            crate::i18n::Locale::En => format!("{weekday} {day}/{month}"),
        }
    }
}

/// The day of the week of a `YYYY-MM-DD` date, 1 = Monday.
fn weekday_of(date: &str) -> Option<u8> {
    let parsed = js_sys::Date::new(&format!("{date}T00:00:00Z").into());
    let day = parsed.get_utc_day();
    // An unreadable date is NaN, whose day is NaN too and casts to 0 — Sunday.
    if parsed.get_time().is_nan() {
        return None;
    }
    Some(if day == 0 { 7 } else { day as u8 })
}
