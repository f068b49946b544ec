//! One service item in a list: its name, who decides it, and the facts that
//! decide whether the user must travel (visits, online, time, fee).

use banshi_api::catalog::ItemSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Locale, Msg, use_i18n};

#[component]
pub fn ItemCard(
    item: ItemSummary,
    #[prop(default = None)] hall_name: Option<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut tags = Vec::new();
    if item.online_depth >= 4 && item.visits == 0 {
        tags.push(("tag tag-success", Msg::FullyOnline));
    } else {
        tags.push(("tag tag-info", Msg::Visits(item.visits)));
    }
    tags.push(if item.promised_days == 0 {
        ("tag", Msg::Immediate)
    } else {
        ("tag", Msg::PromisedDays(item.promised_days))
    });
    tags.push(if item.charged {
        ("tag tag-warning", Msg::Charged)
    } else {
        ("tag", Msg::Free)
    });
    if item.ems_delivery {
        tags.push(("tag", Msg::EmsDelivery));
    }
    if item.booking {
        tags.push(("tag", Msg::Bookable));
    }
    view! {
        <li class="item-card" data-code=item.code.clone()>
          <A href=format!("/items/{}", item.code) attr:class="item-link">
            <div class="item-card-head">
                <h3 class="item-name">{item.name}</h3>
                <span class="item-kind">{move || i18n.t(Msg::Kind(item.kind))}</span>
            </div>
            <p class="item-meta">
                <span class="item-department">{item.department}</span>
                {hall_name.map(|(zh, en)| view! {
                    <span class="item-hall">
                        {move || if i18n.locale.get() == Locale::En { en.clone() } else { zh.clone() }}
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
