//! The search field. With `on_input` it searches as the user types (the services
//! list); without, submitting opens the services list with the words (home).

use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::hooks::use_navigate;

use crate::i18n::{CatalogMsg, use_i18n};

#[component]
pub fn SearchBox(
    /// The text already searched for, kept when the user refines it.
    #[prop(into, optional)]
    initial: Signal<String>,
    /// Called with the text at every keystroke.
    #[prop(optional)]
    on_input: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let text = RwSignal::new(initial.get_untracked());
    Effect::new(move |_| {
        let initial = initial.get();
        // Don't fight the user's typing with the URL echoing it back.
        if initial != text.get_untracked() {
            text.set(initial);
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = text.get_untracked();
        match on_input {
            Some(on_input) => on_input.run(words),
            None => {
                let query = String::from(js_sys::encode_uri_component(words.trim()));
                navigate(&format!("/items?q={query}"), Default::default());
            }
        }
    };
    view! {
        <form class="search-box" role="search" on:submit=submit>
            <Icon icon=icondata::LuSearch attr:class="search-icon" />
            <input
                id="search-input"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                placeholder=move || i18n.t(CatalogMsg::SearchPlaceholder)
                aria-label=move || i18n.t(CatalogMsg::Search)
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    text.set(value.clone());
                    if let Some(on_input) = on_input {
                        on_input.run(value);
                    }
                }
            />
            <button class="button button-primary" type="submit">{move || i18n.t(CatalogMsg::Search)}</button>
        </form>
    }
}
