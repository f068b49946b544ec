//! 预约: going to the hall. Book a slot for an item and keep its check-in code.
//! The hub shows the user's bookings, items worth booking at the chosen hall,
//! and the halls themselves; the tab beside it takes a number ([`crate::pages::queue`]).

mod booking;
mod mine;
mod new;
mod slot_picker;

use banshi_api::catalog::{Item, MaterialSource};
use banshi_api::halls::HallCode;
use banshi_api::search::SearchRequest;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

pub use booking::{BookingPage, ReschedulePage};
pub use mine::BookingsSection;
pub use new::NewBookingPage;

use crate::catalog_copy::use_catalog_copy;
use crate::commands;
use crate::components::hall_card::HallCard;
use crate::components::visit_tabs::VisitTabs;
use crate::halls::{chosen_hall, use_halls};
use crate::i18n::{BookingsMsg, HallsMsg, use_i18n};
use crate::preferences::use_preferences;

/// The originals to take to the hall for `item`: what the applicant hands in
/// on paper, leaving out what the hall fetches from the licence library.
pub fn originals_to_bring(item: &Item) -> Vec<String> {
    item.materials
        .iter()
        .filter(|material| material.original && material.source != MaterialSource::LicenceLibrary)
        .map(|material| material.name.clone())
        .collect()
}

#[component]
pub fn BookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let halls = use_halls();
    let preferences = use_preferences();
    let all_halls = move || {
        Suspend::new(async move {
            halls.0.await.ok().map(|mut halls| {
                let chosen = preferences.hall.get();
                // Stable sort: the chosen hall first, the rest in the city's order.
                halls.sort_by_key(|hall| Some(&hall.code) != chosen.as_ref());
                view! {
                    <section class="section">
                        <h2 class="section-title">{move || i18n.t(HallsMsg::HallsTitle)}</h2>
                        <div class="hall-list hall-list-full">
                            {halls.into_iter().map(|hall| view! { <HallCard hall full=true /> }).collect_view()}
                        </div>
                    </section>
                }
            })
        })
    };
    view! {
        <div class="page page-bookings">
            <header class="page-head">
                <h1 class="page-title">{move || i18n.t(BookingsMsg::BookVisit)}</h1>
                <p class="page-intro">{move || i18n.t(BookingsMsg::BookHint)}</p>
            </header>
            <VisitTabs queue=false />
            <BookingsSection />
            <BookableItems hall=chosen_hall() />
            <Transition fallback=|| ()>{all_halls}</Transition>
        </div>
    }
}

/// The most requested items of `hall` that need a visit and can be booked.
#[component]
fn BookableItems(hall: HallCode) -> impl IntoView {
    let i18n = use_i18n();
    let copy = use_catalog_copy();
    let items = LocalResource::new(move || {
        // Read again once the device's copy of the catalog arrives or changes.
        copy.status.track();
        let request = SearchRequest {
            hall: Some(hall.clone()),
            preferred_hall: Some(hall.clone()),
            limit: Some(60),
            ..SearchRequest::default()
        };
        async move {
            commands::catalog_search(request).await.map(|results| {
                results
                    .hits
                    .into_iter()
                    .map(|hit| hit.item)
                    .filter(|item| item.booking && item.visits > 0)
                    .take(8)
                    .collect::<Vec<_>>()
            })
        }
    });
    view! {
        <section class="section card" id="bookable-items">
            <h2 class="section-title">{move || i18n.t(BookingsMsg::BookableItems)}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    items.await.ok().map(|items| view! {
                        <ul class="link-list">
                            {items.into_iter().map(|item| view! {
                                <li>
                                    <A href=format!("/bookings/new/{}", item.code) attr:class="link-row">
                                        <span class="link-row-text">
                                            <span class="link-row-title">{item.name.clone()}</span>
                                            <span class="link-row-meta">{item.department.clone()}</span>
                                        </span>
                                        <Icon icon=icondata::LuChevronRight attr:class="link-row-icon" />
                                    </A>
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                })}
            </Transition>
        </section>
    }
}
