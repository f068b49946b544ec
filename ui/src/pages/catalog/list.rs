//! The services list: the catalog page by page, narrowed by the hall chosen in
//! the top bar, the search words and a theme, kind or audience from the URL.

use banshi_api::catalog::{Audience, ItemKind, ItemQuery, Theme};
use banshi_api::halls::Hall;
use banshi_api::tags::from_tag;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::use_halls;
use crate::commands;
use crate::components::item_card::ItemCard;
use crate::components::search_box::SearchBox;
use crate::components::status::{Empty, ErrorNotice, Loading};
use crate::i18n::{Msg, use_i18n};
use crate::preferences::use_preferences;

/// The filters that live in the URL, so a list can be linked to and gone back to.
#[derive(Debug, Clone, Default, PartialEq)]
struct UrlFilters {
    q: String,
    theme: Option<Theme>,
    kind: Option<ItemKind>,
    audience: Option<Audience>,
    page: u32,
}

impl UrlFilters {
    /// The URL of this list at `page`.
    fn href(&self, page: u32) -> String {
        let mut params = Vec::new();
        if !self.q.is_empty() {
            params.push(format!(
                "q={}",
                String::from(js_sys::encode_uri_component(&self.q))
            ));
        }
        let words = [
            (
                "theme",
                self.theme.and_then(|t| banshi_api::tags::tag_of(&t)),
            ),
            ("kind", self.kind.and_then(|k| banshi_api::tags::tag_of(&k))),
            (
                "audience",
                self.audience.and_then(|a| banshi_api::tags::tag_of(&a)),
            ),
        ];
        for (key, word) in words {
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

    fn has_any(&self) -> bool {
        !self.q.is_empty() || self.theme.is_some() || self.kind.is_some() || self.audience.is_some()
    }
}

#[component]
pub fn CatalogPage() -> impl IntoView {
    let i18n = use_i18n();
    let preferences = use_preferences();
    let halls = use_halls();
    let query_map = use_query_map();
    let navigate = use_navigate();

    let filters = Memo::new(move |_| {
        query_map.with(|params| UrlFilters {
            q: params.get("q").unwrap_or_default().trim().to_owned(),
            theme: params.get("theme").and_then(|w| from_tag(&w)),
            kind: params.get("kind").and_then(|w| from_tag(&w)),
            audience: params.get("audience").and_then(|w| from_tag(&w)),
            page: params
                .get("page")
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        })
    });
    let items = LocalResource::new(move || {
        let filters = filters.get();
        commands::catalog_items(ItemQuery {
            q: (!filters.q.is_empty()).then_some(filters.q),
            hall: preferences.hall.get(),
            theme: filters.theme,
            kind: filters.kind,
            audience: filters.audience,
            page: Some(filters.page),
            ..ItemQuery::default()
        })
    });
    // A new hall is a new list: start it from its first page.
    Effect::watch(
        move || preferences.hall.get(),
        move |_, _, _| {
            let filters = filters.get_untracked();
            if filters.page > 1 {
                navigate(&filters.href(1), Default::default());
            }
        },
        false,
    );
    let hall_names = move || halls.0.get().and_then(Result::ok).unwrap_or_default();

    view! {
        <div class="page page-catalog">
            <header class="page-head">
                <h1 class="page-title">{move || i18n.t(Msg::ServicesTitle)}</h1>
                <SearchBox initial=Signal::derive(move || filters.get().q) />
                <ActiveFilters filters />
            </header>
            <Transition fallback=|| view! { <Loading rows=8 /> }>
                {move || Suspend::new(async move {
                    let page = match items.await {
                        Ok(page) => page,
                        Err(error) => {
                            return view! { <ErrorNotice error on_retry=move |()| items.refetch() /> }.into_any();
                        }
                    };
                    if page.items.is_empty() {
                        return view! {
                            <Empty title=Msg::NoItems hint=Msg::NoItemsHint>
                                <A href="/items" attr:class="button button-secondary">{move || i18n.t(Msg::ClearFilters)}</A>
                            </Empty>
                        }.into_any();
                    }
                    let pages = page.page_count();
                    let current = filters.get_untracked();
                    let show_hall = preferences.hall.get_untracked().is_none();
                    let halls = hall_names();
                    view! {
                        <p class="list-summary" id="items-total">{move || i18n.t(Msg::ItemsTotal(page.total))}</p>
                        <ul class="item-list" id="items">
                            {page.items.into_iter().map(|item| {
                                let hall_name = show_hall.then(|| hall_label(&halls, &item.hall)).flatten();
                                view! { <ItemCard item hall_name /> }
                            }).collect_view()}
                        </ul>
                        <Pager filters=current page=page.page pages />
                    }.into_any()
                })}
            </Transition>
        </div>
    }
}

/// The hall's district in Chinese and English, for a card in a city-wide list.
fn hall_label(halls: &[Hall], code: &str) -> Option<(String, String)> {
    halls
        .iter()
        .find(|hall| hall.code == code)
        .map(|hall| (hall.district.clone(), hall.district_en.clone()))
}

/// The filters from the URL as chips; the last one clears them all.
#[component]
fn ActiveFilters(filters: Memo<UrlFilters>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let current = filters.get();
        current.has_any().then(|| {
            let mut labels = Vec::new();
            if let Some(theme) = current.theme {
                labels.push(Msg::Theme(theme));
            }
            if let Some(kind) = current.kind {
                labels.push(Msg::Kind(kind));
            }
            if let Some(audience) = current.audience {
                labels.push(Msg::Audience(audience));
            }
            view! {
                <div class="active-filters">
                    {labels.into_iter().map(|msg| view! { <span class="chip chip-active">{move || i18n.t(msg)}</span> }).collect_view()}
                    <A href="/items" attr:class="chip chip-clear">
                        <Icon icon=icondata::LuX attr:class="chip-icon" />
                        {move || i18n.t(Msg::ClearFilters)}
                    </A>
                </div>
            }
        })
    }
}

#[component]
fn Pager(filters: UrlFilters, page: u32, pages: u32) -> impl IntoView {
    let i18n = use_i18n();
    let previous = (page > 1).then(|| filters.href(page - 1));
    let next = (page < pages).then(|| filters.href(page + 1));
    view! {
        <nav class="pager" aria-label="pages">
            {match previous {
                Some(href) => view! {
                    <A href=href attr:class="button button-secondary" attr:id="previous-page">
                        <Icon icon=icondata::LuChevronLeft attr:class="button-icon" />
                        {move || i18n.t(Msg::PreviousPage)}
                    </A>
                }.into_any(),
                None => view! { <span class="button button-secondary" aria-disabled="true">{move || i18n.t(Msg::PreviousPage)}</span> }.into_any(),
            }}
            <span class="pager-position" id="page-position">{move || i18n.t(Msg::PageOf { page, pages })}</span>
            {match next {
                Some(href) => view! {
                    <A href=href attr:class="button button-secondary" attr:id="next-page">
                        {move || i18n.t(Msg::NextPage)}
                        <Icon icon=icondata::LuChevronRight attr:class="button-icon" />
                    </A>
                }.into_any(),
                None => view! { <span class="button button-secondary" aria-disabled="true">{move || i18n.t(Msg::NextPage)}</span> }.into_any(),
            }}
        </nav>
    }
}
