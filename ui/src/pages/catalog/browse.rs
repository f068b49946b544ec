//! 分类浏览: the catalog by department (of the chosen hall), by kind, by who it
//! serves, and by life and business event; each entry opens the filtered list.

use banshi_api::catalog::{Audience, ItemKind, Theme};
use banshi_api::tags::tag_of;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::catalog_copy::use_catalog_copy;
use crate::commands;
use crate::components::status::Loaded;
use crate::i18n::{CatalogMsg, use_i18n};
use crate::preferences::use_preferences;

#[component]
pub fn BrowsePage() -> impl IntoView {
    let i18n = use_i18n();
    let preferences = use_preferences();
    let copy = use_catalog_copy();
    let departments = LocalResource::new(move || {
        copy.status.track();
        commands::catalog_departments(preferences.hall.get())
    });
    let chips = |links: Vec<(String, CatalogMsg)>| {
        view! {
            <ul class="chips">
                {links.into_iter().map(|(href, label)| view! {
                    <li><A href=href attr:class="chip">{move || i18n.t(label)}</A></li>
                }).collect_view()}
            </ul>
        }
    };
    let by_tag =
        |key: &str, word: Option<String>| format!("/items?{key}={}", word.unwrap_or_default());
    let themes = |themes: &[Theme]| {
        themes
            .iter()
            .map(|t| (by_tag("theme", tag_of(t)), CatalogMsg::Theme(*t)))
            .collect::<Vec<_>>()
    };
    view! {
        <div class="page page-browse">
            <header class="page-head">
                <h1 class="page-title">{move || i18n.t(CatalogMsg::Browse)}</h1>
            </header>
            <section class="section">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::LifeEvents)}</h2>
                {chips(themes(&Theme::LIFE_EVENTS))}
            </section>
            <section class="section">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::BusinessEvents)}</h2>
                {chips(themes(&Theme::BUSINESS_EVENTS))}
            </section>
            <section class="section">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::ByAudience)}</h2>
                {chips([Audience::Person, Audience::Organisation].iter().map(|a| (by_tag("audience", tag_of(a)), CatalogMsg::Audience(*a))).collect())}
            </section>
            <section class="section">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::ByKind)}</h2>
                {chips(ItemKind::ALL.iter().map(|k| (by_tag("kind", tag_of(k)), CatalogMsg::Kind(*k))).collect())}
            </section>
            <section class="section" id="departments">
                <h2 class="section-title">{move || i18n.t(CatalogMsg::ByDepartment)}</h2>
                <Loaded resource=departments rows=4 ok=move |departments| view! {
                    <ul class="department-list">
                        {departments.into_iter().map(|entry| {
                            let href = format!("/items?department={}", String::from(js_sys::encode_uri_component(&entry.department)));
                            let count = entry.items;
                            view! {
                                <li>
                                    <A href=href attr:class="department-link">
                                        <span class="department-name">{entry.department}</span>
                                        <span class="department-count">{move || i18n.t(CatalogMsg::ItemsCount(count))}</span>
                                    </A>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                } />
            </section>
        </div>
    }
}
