//! 我的: the account (see [`account`]), saved and recently viewed
//! services, the user's settings — language and large text — and about the app.

mod account;
mod address;
mod addresses;
mod applications;
mod drafts;

use leptos::prelude::*;
use leptos_icons::Icon;

use crate::components::logged_in::LoggedIn;
use crate::i18n::{CatalogMsg, Locale, MeMsg, use_i18n};
use crate::pages::bookings::BookingsSection;
use crate::pages::consultations::ConsultationsSection;
use crate::pages::queue::TicketsSection;
use crate::preferences::use_preferences;
use crate::saved::{SavedItem, use_saved};
use account::{AccountSections, LogOutButton};
use addresses::AddressesLink;
pub use addresses::AddressesPage;
use applications::ApplicationsSection;
use drafts::DraftsSection;
use leptos_router::components::A;

#[component]
pub fn MePage() -> impl IntoView {
    let i18n = use_i18n();
    let preferences = use_preferences();
    let saved = use_saved();
    let locale_button = move |locale: Locale, label: &'static str| {
        view! {
            <button
                class="segment"
                id=format!("locale-{}", locale.tag())
                aria-pressed=move || (i18n.locale.get() == locale).to_string()
                on:click=move |_| i18n.locale.set(locale)
                lang=locale.tag()
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="page page-me">
            <header class="page-head">
                <h1 class="page-title">{move || i18n.t(MeMsg::MeTitle)}</h1>
            </header>
            <AccountSections />
            <LoggedIn><AddressesLink /></LoggedIn>
            <ApplicationsSection />
            <BookingsSection />
            <TicketsSection />
            <ConsultationsSection />
            <DraftsSection />
            <section class="section card" id="favourites">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::Favourites)}</h2>
                {move || {
                    let items = saved.favourites.get();
                    if items.is_empty() {
                        view! { <p class="page-intro">{move || i18n.t(CatalogMsg::NoFavourites)}</p> }.into_any()
                    } else {
                        view! { <SavedList items /> }.into_any()
                    }
                }}
            </section>
            {move || {
                let items = saved.recent.get();
                (!items.is_empty()).then(|| view! {
                    <section class="section card" id="recent">
                        <h2 class="section-title">{move || i18n.t(CatalogMsg::RecentlyViewed)}</h2>
                        <SavedList items />
                    </section>
                })
            }}
            <section class="section card">
                <h2 class="section-title">{move || i18n.t(MeMsg::Preferences)}</h2>
                <div class="setting">
                    <Icon icon=icondata::LuLanguages attr:class="setting-icon" />
                    <span class="setting-label">{move || i18n.t(MeMsg::Language)}</span>
                    <div class="segmented" role="group">
                        {locale_button(Locale::ZhCn, "中文")}
                        {locale_button(Locale::En, "English")}
                    </div>
                </div>
                <label class="setting">
                    <Icon icon=icondata::LuALargeSmall attr:class="setting-icon" />
                    <span class="setting-text">
                        <span class="setting-label">{move || i18n.t(MeMsg::LargeText)}</span>
                        <span class="setting-hint">{move || i18n.t(MeMsg::LargeTextHint)}</span>
                    </span>
                    <input
                        id="large-text"
                        class="switch"
                        type="checkbox"
                        role="switch"
                        prop:checked=move || preferences.large_text.get()
                        on:change=move |ev| preferences.large_text.set(event_target_checked(&ev))
                    />
                </label>
            </section>
            <section class="section card">
                <h2 class="section-title">{move || i18n.t(MeMsg::About)}</h2>
                <p class="page-intro">{move || i18n.t(MeMsg::AboutText)}</p>
            </section>
            <LogOutButton />
        </div>
    }
}

/// Saved items as links to their guides.
#[component]
fn SavedList(items: Vec<SavedItem>) -> impl IntoView {
    view! {
        <ul class="saved-list">
            {items.into_iter().map(|item| view! {
                <li>
                    <A href=format!("/items/{}", item.code) attr:class="saved-link">
                        <span class="saved-name">{item.name}</span>
                        <span class="saved-department">{item.department}</span>
                    </A>
                </li>
            }).collect_view()}
        </ul>
    }
}
