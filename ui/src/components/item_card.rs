//! One service item in a list: its name, who decides it, and the facts that
//! decide whether the user must travel (visits, online, time, fee).

use banshi_api::catalog::ItemSummary;
use banshi_api::search::Highlight;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CatalogMsg, use_i18n};

#[component]
pub fn ItemCard(
    item: ItemSummary,
    /// The district of the item's hall (Chinese, English), for city-wide lists.
    #[prop(default = None)]
    hall_name: Option<(String, String)>,
    /// The parts of the name that matched the search, marked.
    #[prop(default = Vec::new())]
    highlights: Vec<Highlight>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut tags = Vec::new();
    if item.online_depth >= 4 && item.visits == 0 {
        tags.push(("tag tag-success", CatalogMsg::FullyOnline));
    } else {
        tags.push(("tag tag-info", CatalogMsg::Visits(item.visits)));
    }
    tags.push(if item.promised_days == 0 {
        ("tag", CatalogMsg::Immediate)
    } else {
        ("tag", CatalogMsg::PromisedDays(item.promised_days))
    });
    tags.push(if item.charged {
        ("tag tag-warning", CatalogMsg::Charged)
    } else {
        ("tag", CatalogMsg::Free)
    });
    if item.ems_delivery {
        tags.push(("tag", CatalogMsg::EmsDelivery));
    }
    if item.booking {
        tags.push(("tag", CatalogMsg::Bookable));
    }
    view! {
        <li class="item-card" data-code=item.code.to_string()>
          <A href=format!("/items/{}", item.code) attr:class="item-link">
            <div class="item-card-head">
                <h3 class="item-name">{marked(&item.name, &highlights)}</h3>
                <span class="item-kind">{move || i18n.t(CatalogMsg::Kind(item.kind))}</span>
            </div>
            <p class="item-meta">
                <span class="item-department">{item.department}</span>
                {hall_name.map(|(zh, en)| view! {
                    <span class="item-hall">
                        {move || i18n.pick(&zh, &en)}
                    </span>
                })}
            </p>
            <ul class="tags">
                {tags
                    .into_iter()
                    .map(|(class, msg)| view! { <li class=class>{move || i18n.t(msg)}</li> })
                    .collect_view()}
            </ul>
          </A>
        </li>
    }
}

/// `name` with the `highlights` (character ranges) wrapped in `<mark>`.
fn marked(name: &str, highlights: &[Highlight]) -> impl IntoView + use<> {
    let chars: Vec<char> = name.chars().collect();
    let slice = |from: usize, to: usize| {
        chars[from.min(chars.len())..to.min(chars.len())]
            .iter()
            .collect::<String>()
    };
    let mut parts = Vec::new();
    let mut at = 0;
    for highlight in highlights {
        let (start, end) = (highlight.start as usize, highlight.end as usize);
        if start < at || end <= start {
            continue;
        }
        parts.push(slice(at, start).into_any());
        parts.push(view! { <mark>{slice(start, end)}</mark> }.into_any());
        at = end;
    }
    parts.push(slice(at, chars.len()).into_any());
    parts
}
