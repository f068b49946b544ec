//! 首页: search, the popular items of the chosen hall, life and business events,
//! and the city's halls.

use std::collections::HashSet;

use banshi_api::catalog::Theme;
use banshi_api::search::SearchRequest;
use banshi_api::tags::tag_of;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::catalog_copy::use_catalog_copy;
use crate::commands;
use crate::components::hall_card::HallCard;
use crate::components::item_card::ItemCard;
use crate::components::search_box::SearchBox;
use crate::components::status::Loaded;
use crate::halls::use_halls;
use crate::i18n::{CatalogMsg, FrameMsg, HallsMsg, LookupMsg, use_i18n};
use crate::preferences::use_preferences;
use crate::saved::use_saved;

const POPULAR_COUNT: usize = 6;
/// Across the whole city one item appears once per hall; fetch enough rows that
/// [`POPULAR_COUNT`] distinct items remain after folding those together.
const POPULAR_FETCH: u32 = 60;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page page-home">
            <section class="hero">
                <h1 class="hero-title">{move || i18n.t(FrameMsg::HomeGreeting)}</h1>
                <p class="hero-subtitle">{move || i18n.t(FrameMsg::HomeSubtitle)}</p>
                <SearchBox />
                <A href="/lookup" attr:class="lookup-link" attr:id="to-lookup">
                    <Icon icon=icondata::LuFileSearch attr:class="lookup-link-icon" />
                    <span class="lookup-link-text">
                        <span class="lookup-link-title">{move || i18n.t(LookupMsg::HomeLink)}</span>
                        <span class="lookup-link-hint">{move || i18n.t(LookupMsg::HomeLinkHint)}</span>
                    </span>
                    <Icon icon=icondata::LuChevronRight attr:class="link-row-icon" />
                </A>
            </section>
            <div class="home-columns">
                <div class="home-main">
                    <PopularItems />
                    <RecentItems />
                    <ThemeGroup title=CatalogMsg::LifeEvents themes=&Theme::LIFE_EVENTS />
                    <ThemeGroup title=CatalogMsg::BusinessEvents themes=&Theme::BUSINESS_EVENTS />
                </div>
                <HallList />
            </div>
        </div>
    }
}

#[component]
fn PopularItems() -> impl IntoView {
    let i18n = use_i18n();
    let preferences = use_preferences();
    let copy = use_catalog_copy();
    let popular = LocalResource::new(move || {
        copy.status.track();
        commands::catalog_search(SearchRequest {
            hall: preferences.hall.get(),
            limit: Some(POPULAR_FETCH),
            ..SearchRequest::default()
        })
    });
    view! {
        <section class="section" id="popular-items">
            <div class="section-head">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::PopularItems)}</h2>
                <A href="/items" attr:class="section-link">{move || i18n.t(CatalogMsg::SeeAll)}</A>
            </div>
            <Loaded resource=popular rows=POPULAR_COUNT ok=|page| {
                let mut seen = HashSet::new();
                let items = page
                    .hits
                    .into_iter()
                    .map(|hit| hit.item)
                    .filter(|item| seen.insert(item.basic_code.clone()))
                    .take(POPULAR_COUNT);
                view! {
                    <ul class="item-list">
                        {items.map(|item| view! { <ItemCard item /> }).collect_view()}
                    </ul>
                }
            } />
        </section>
    }
}

/// The last few guides the user opened, to go back to in one tap.
#[component]
fn RecentItems() -> impl IntoView {
    let i18n = use_i18n();
    let saved = use_saved();
    move || {
        let recent: Vec<_> = saved.recent.get().into_iter().take(4).collect();
        (!recent.is_empty()).then(|| view! {
            <section class="section" id="recent-items">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::RecentlyViewed)}</h2>
                <ul class="chips">
                    {recent.into_iter().map(|item| view! {
                        <li><A href=format!("/items/{}", item.code) attr:class="chip">{item.name}</A></li>
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

#[component]
fn ThemeGroup(title: CatalogMsg, themes: &'static [Theme]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="section">
            <div class="section-head">
                <h2 class="section-title">{move || i18n.t(title)}</h2>
                <A href="/browse" attr:class="section-link">{move || i18n.t(CatalogMsg::Browse)}</A>
            </div>
            <ul class="chips">
                {themes
                    .iter()
                    .map(|theme| {
                        let theme = *theme;
                        let href = format!("/items?theme={}", tag_of(&theme).unwrap_or_default());
                        view! {
                            <li>
                                <A href=href attr:class="chip">{move || i18n.t(CatalogMsg::Theme(theme))}</A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn HallList() -> impl IntoView {
    let i18n = use_i18n();
    let halls = use_halls();
    view! {
        <section class="section home-halls" id="halls">
            <h2 class="section-title">{move || i18n.t(HallsMsg::HallsTitle)}</h2>
            <Loaded resource=halls.0 rows=6 ok=|halls| view! {
                <div class="hall-list">
                    {halls.into_iter().map(|hall| view! { <HallCard hall /> }).collect_view()}
                </div>
            } />
        </section>
    }
}
