//! 预约: the halls in full — address, phone, opening hours and windows by
//! department — the chosen hall first, so the user knows where to go and when.

use leptos::prelude::*;

use crate::app::use_halls;
use crate::components::hall_card::HallCard;
use crate::components::status::{ErrorNotice, Loading};
use crate::i18n::{Msg, use_i18n};
use crate::preferences::use_preferences;

#[component]
pub fn BookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let preferences = use_preferences();
    let halls = use_halls();
    view! {
        <div class="page page-bookings">
            <header class="page-head">
                <h1 class="page-title">{move || i18n.t(Msg::BookingsTitle)}</h1>
                <p class="page-intro">{move || i18n.t(Msg::BookingsIntro)}</p>
            </header>
            <Transition fallback=|| view! { <Loading rows=4 /> }>
                {move || Suspend::new(async move {
                    match halls.0.await {
                        Ok(mut halls) => {
                            let chosen = preferences.hall.get();
                            // Stable sort: the chosen hall first, the rest in the city's order.
                            halls.sort_by_key(|hall| Some(&hall.code) != chosen.as_ref());
                            view! {
                                <div class="hall-list hall-list-full">
                                    {halls.into_iter().map(|hall| view! { <HallCard hall full=true /> }).collect_view()}
                                </div>
                            }.into_any()
                        }
                        Err(error) => view! {
                            <ErrorNotice error on_retry=move |()| halls.0.refetch() />
                        }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
