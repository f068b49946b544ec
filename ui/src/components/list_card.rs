//! A card of the user's own things (applications, bookings, numbers): loaded
//! once, then their rows, a sentence when there are none, or the hall's error
//! (an ended session logs the app out).

use std::future::Future;

use banshi_api::ApiError;
use leptos::prelude::*;

use crate::accounts::use_account;
use crate::i18n::{Msg, use_i18n};

#[component]
pub fn ListCard<T, Load, Loading>(
    /// The card's element id.
    id: &'static str,
    #[prop(into)] title: Msg,
    /// Said when the list is empty.
    #[prop(into)]
    empty: Msg,
    /// The list's class (`link-list`, `draft-list`).
    list_class: &'static str,
    load: Load,
    /// One row of the list.
    row: fn(T) -> AnyView,
) -> impl IntoView
where
    T: Clone + 'static,
    Load: Fn() -> Loading + 'static,
    Loading: Future<Output = Result<Vec<T>, ApiError>> + 'static,
{
    let i18n = use_i18n();
    let state = use_account();
    let items = LocalResource::new(load);
    view! {
        <section class="section card" id=id>
            <h2 class="section-title">{move || i18n.t(title)}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match items.await {
                        Ok(list) if !list.is_empty() => view! {
                            <ul class=list_class>{list.into_iter().map(row).collect_view()}</ul>
                        }.into_any(),
                        Ok(_) => view! { <p class="page-intro">{move || i18n.t(empty)}</p> }.into_any(),
                        Err(error) => {
                            state.absorb(&error);
                            view! { <p class="form-notice form-notice-error">{error.message}</p> }.into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}
