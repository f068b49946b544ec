//! The search field: submitting it opens the services list filtered by the words.

use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::hooks::use_navigate;

use crate::i18n::{Msg, use_i18n};

/// `initial` is the text already searched for, kept when the user refines it.
#[component]
pub fn SearchBox(#[prop(into, optional)] initial: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let text = RwSignal::new(initial.get_untracked());
    Effect::new(move |_| text.set(initial.get()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = text.get_untracked();
        let query: String = url_encode(words.trim());
        navigate(&format!("/items?q={query}"), Default::default());
    };
    view! {
        <form class="search-box" role="search" on:submit=submit>
            <Icon icon=icondata::LuSearch attr:class="search-icon" />
            <input
                id="search-input"
                type="search"
                enterkeyhint="search"
                maxlength="64"
                placeholder=move || i18n.t(Msg::SearchPlaceholder)
                aria-label=move || i18n.t(Msg::Search)
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
            <button class="button button-primary" type="submit">{move || i18n.t(Msg::Search)}</button>
        </form>
    }
}

fn url_encode(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}
