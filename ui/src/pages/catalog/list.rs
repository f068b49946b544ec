//! The services list: the device's catalog searched as the user types, narrowed
//! by the hall chosen in the top bar and by filters kept in the URL (so a list
//! can be linked to and gone back to), page by page.

use banshi_api::catalog::{Audience, ItemKind, Theme};
use banshi_api::halls::{Hall, HallCode};
use banshi_api::search::SearchRequest;
use banshi_api::tags::{from_tag, tag_of};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::catalog_copy::use_catalog_copy;
use crate::commands;
use crate::components::item_card::ItemCard;
use crate::components::search_box::SearchBox;
use crate::components::status::{Empty, Loaded};
use crate::halls::use_halls;
use crate::i18n::{CatalogMsg, use_i18n};
use crate::preferences::use_preferences;

const PER_PAGE: u32 = 20;

/// The search and filters that live in the URL.
#[derive(Debug, Clone, Default, PartialEq)]
struct UrlFilters {
    q: String,
    theme: Option<Theme>,
    kind: Option<ItemKind>,
    audience: Option<Audience>,
    department: Option<String>,
    visits: Option<u8>,
    fully_online: bool,
    page: u32,
}

impl UrlFilters {
    fn from_query(params: &leptos_router::params::ParamsMap) -> Self {
        Self {
            q: params.get("q").unwrap_or_default(),
            theme: params.get("theme").and_then(|w| from_tag(&w)),
            kind: params.get("kind").and_then(|w| from_tag(&w)),
            audience: params.get("audience").and_then(|w| from_tag(&w)),
            department: params.get("department").filter(|d| !d.is_empty()),
            visits: params
                .get("visits")
                .and_then(|v| v.parse().ok())
                .filter(|v| *v <= 2),
            fully_online: params.get("online").as_deref() == Some("1"),
            page: params
                .get("page")
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        }
    }

    /// The URL of this list, at its first page unless `page` says otherwise.
    fn href(&self, page: u32) -> String {
        let encode = |text: &str| String::from(js_sys::encode_uri_component(text));
        let mut params = Vec::new();
        if !self.q.is_empty() {
            params.push(format!("q={}", encode(&self.q)));
        }
        for (key, word) in [
            ("theme", self.theme.and_then(|t| tag_of(&t))),
            ("kind", self.kind.and_then(|k| tag_of(&k))),
            ("audience", self.audience.and_then(|a| tag_of(&a))),
            ("department", self.department.as_deref().map(encode)),
            ("visits", self.visits.map(|v| v.to_string())),
            ("online", self.fully_online.then(|| "1".to_owned())),
        ] {
            if let Some(word) = word {
                params.push(format!("{key}={word}"));
            }
        }
        if page > 1 {
            params.push(format!("page={page}"));
        }
        if params.is_empty() {
            "/items".to_owned()
        } else {
            format!("/items?{}", params.join("&"))
        }
    }

    fn request(&self, hall: Option<HallCode>) -> SearchRequest {
        SearchRequest {
            text: self.q.clone(),
            hall,
            theme: self.theme,
            kind: self.kind,
            audience: self.audience,
            department: self.department.clone(),
            visits: self.visits,
            fully_online: self.fully_online,
            offset: (self.page - 1) * PER_PAGE,
            limit: Some(PER_PAGE),
            ..SearchRequest::default()
        }
    }
}

#[component]
pub fn CatalogPage() -> impl IntoView {
    let i18n = use_i18n();
    let preferences = use_preferences();
    let copy = use_catalog_copy();
    let halls = use_halls();
    let query_map = use_query_map();
    let navigate = use_navigate();

    let filters = Memo::new(move |_| query_map.with(UrlFilters::from_query));
    let results = LocalResource::new(move || {
        copy.status.track();
        commands::catalog_search(filters.get().request(preferences.hall.get()))
    });
    let go = {
        let navigate = navigate.clone();
        move |filters: UrlFilters| {
            navigate(
                &filters.href(1),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    };
    // A new hall is a new list: start it from its first page.
    Effect::watch(
        move || preferences.hall.get(),
        {
            let go = go.clone();
            move |_, _, _| {
                let current = filters.get_untracked();
                if current.page > 1 {
                    go(current);
                }
            }
        },
        false,
    );
    let on_search = Callback::new({
        let go = go.clone();
        move |text: String| {
            go(UrlFilters {
                q: text,
                ..filters.get_untracked()
            })
        }
    });
    let district_of = move |code: &HallCode| -> Option<(String, String)> {
        halls
            .0
            .get()
            .and_then(Result::ok)
            .and_then(|halls: Vec<Hall>| {
                halls
                    .into_iter()
                    .find(|h| &h.code == code)
                    .map(|h| (h.district, h.district_en))
            })
    };

    view! {
        <div class="page page-catalog">
            <header class="page-head">
                <div class="section-head">
                    <h1 class="page-title">{move || i18n.t(CatalogMsg::ServicesTitle)}</h1>
                    <A href="/browse" attr:class="section-link" attr:id="browse-link">{move || i18n.t(CatalogMsg::Browse)}</A>
                </div>
                <SearchBox initial=Signal::derive(move || filters.get().q) on_input=on_search />
                <FilterBar filters go=Callback::new(go) />
            </header>
            <Loaded resource=results rows=8 ok=move |found| {
                if found.hits.is_empty() {
                    return view! {
                        <Empty title=CatalogMsg::NoItems hint=CatalogMsg::NoItemsHint>
                            <A href="/items" attr:class="button button-secondary">{move || i18n.t(CatalogMsg::ClearFilters)}</A>
                        </Empty>
                    }.into_any();
                }
                let current = filters.get_untracked();
                let pages = u32::try_from(found.total.div_ceil(u64::from(PER_PAGE)).max(1)).unwrap_or(u32::MAX);
                let show_hall = preferences.hall.get_untracked().is_none();
                let total = found.total;
                view! {
                    <p class="list-summary" id="items-total">{move || i18n.t(CatalogMsg::ItemsTotal(total))}</p>
                    <ul class="item-list" id="items">
                        {found.hits.into_iter().map(|hit| {
                            let hall_name = if show_hall { district_of(&hit.item.hall) } else { None };
                            view! { <ItemCard item=hit.item hall_name highlights=hit.highlights /> }
                        }).collect_view()}
                    </ul>
                    <Pager page=current.page pages filters=current />
                }.into_any()
            } />
        </div>
    }
}

/// Who it is for, how many visits, fully online, kind; and the theme or
/// department from the URL as a chip. Every change starts the list at page 1.
#[component]
fn FilterBar(filters: Memo<UrlFilters>, go: Callback<UrlFilters>) -> impl IntoView {
    let i18n = use_i18n();
    let change = move |edit: fn(&mut UrlFilters, String), value: String| {
        let mut next = filters.get_untracked();
        edit(&mut next, value);
        go.run(next);
    };
    let audience_options = [
        (None, CatalogMsg::AnyAudience),
        (
            Some(Audience::Person),
            CatalogMsg::Audience(Audience::Person),
        ),
        (
            Some(Audience::Organisation),
            CatalogMsg::Audience(Audience::Organisation),
        ),
    ];
    view! {
        <div class="filter-bar">
            <select
                class="filter-select"
                id="filter-audience"
                aria-label=move || i18n.t(CatalogMsg::AnyAudience)
                prop:value=move || filters.get().audience.and_then(|a| tag_of(&a)).unwrap_or_default()
                on:change=move |ev| change(|f, v| f.audience = from_tag(&v), event_target_value(&ev))
            >
                {audience_options.into_iter().map(|(audience, label)| view! {
                    <option value=audience.and_then(|a| tag_of(&a)).unwrap_or_default()>{move || i18n.t(label)}</option>
                }).collect_view()}
            </select>
            <select
                class="filter-select"
                id="filter-visits"
                aria-label=move || i18n.t(CatalogMsg::AnyVisits)
                prop:value=move || filters.get().visits.map(|v| v.to_string()).unwrap_or_default()
                on:change=move |ev| change(|f, v| f.visits = v.parse().ok(), event_target_value(&ev))
            >
                <option value="">{move || i18n.t(CatalogMsg::AnyVisits)}</option>
                {[0u8, 1, 2].into_iter().map(|n| view! {
                    <option value=n.to_string()>{move || i18n.t(CatalogMsg::VisitsFilter(n))}</option>
                }).collect_view()}
            </select>
            <select
                class="filter-select"
                id="filter-kind"
                aria-label=move || i18n.t(CatalogMsg::AnyKind)
                prop:value=move || filters.get().kind.and_then(|k| tag_of(&k)).unwrap_or_default()
                on:change=move |ev| change(|f, v| f.kind = from_tag(&v), event_target_value(&ev))
            >
                <option value="">{move || i18n.t(CatalogMsg::AnyKind)}</option>
                {ItemKind::ALL.into_iter().map(|kind| view! {
                    <option value=tag_of(&kind).unwrap_or_default()>{move || i18n.t(CatalogMsg::Kind(kind))}</option>
                }).collect_view()}
            </select>
            <label class="chip filter-toggle" class:chip-active=move || filters.get().fully_online>
                <input
                    type="checkbox"
                    id="filter-online"
                    prop:checked=move || filters.get().fully_online
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let mut next = filters.get_untracked();
                        next.fully_online = on;
                        go.run(next);
                    }
                />
                {move || i18n.t(CatalogMsg::OnlyFullyOnline)}
            </label>
            {move || {
                let current = filters.get();
                let theme = current.theme.map(|t| view! { <span class="chip chip-active">{move || i18n.t(CatalogMsg::Theme(t))}</span> });
                let department = current.department.clone().map(|d| view! { <span class="chip chip-active">{d}</span> });
                let any = current != UrlFilters { q: current.q.clone(), page: current.page, ..UrlFilters::default() };
                view! {
                    {theme}
                    {department}
                    {any.then(|| view! {
                        <A href="/items" attr:class="chip chip-clear">
                            <Icon icon=icondata::LuX attr:class="chip-icon" />
                            {move || i18n.t(CatalogMsg::ClearFilters)}
                        </A>
                    })}
                }
            }}
        </div>
    }
}

#[component]
fn Pager(filters: UrlFilters, page: u32, pages: u32) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="pager" aria-label="pages">
            <PageLink
                href=(page > 1).then(|| filters.href(page - 1))
                label=CatalogMsg::PreviousPage
                id="previous-page"
                icon=icondata::LuChevronLeft
                icon_first=true
            />
            <span class="pager-position" id="page-position">{move || i18n.t(CatalogMsg::PageOf { page, pages })}</span>
            <PageLink
                href=(page < pages).then(|| filters.href(page + 1))
                label=CatalogMsg::NextPage
                id="next-page"
                icon=icondata::LuChevronRight
                icon_first=false
            />
        </nav>
    }
}

/// A link to another page of the list, or the same button greyed out when there
/// is no such page.
#[component]
fn PageLink(
    href: Option<String>,
    label: CatalogMsg,
    id: &'static str,
    icon: icondata::Icon,
    icon_first: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = move || {
        let icon = view! { <Icon icon=icon attr:class="button-icon" /> };
        let text = move || i18n.t(label);
        if icon_first {
            view! { {icon} {text} }.into_any()
        } else {
            view! { {text} {icon} }.into_any()
        }
    };
    match href {
        Some(href) => {
            view! { <A href=href attr:class="button button-secondary" attr:id=id>{content()}</A> }
                .into_any()
        }
        None => {
            view! { <span class="button button-secondary" aria-disabled="true">{content()}</span> }
                .into_any()
        }
    }
}
