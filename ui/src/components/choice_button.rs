//! A button that stands for one choice of a group (a segment or an option):
//! pressed while its choice is the one made, making it when clicked.

use leptos::prelude::*;

use crate::i18n::{Msg, use_i18n};

#[component]
pub fn ChoiceButton(
    /// `segment` or `option`, as the group is drawn.
    class: &'static str,
    #[prop(into)] id: String,
    /// Whether this choice is the one made.
    #[prop(into)]
    pressed: Signal<bool>,
    /// Makes this choice.
    #[prop(into)]
    on_choose: Callback<()>,
    #[prop(into)] label: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class=class
            id=id
            aria-pressed=move || pressed.get().to_string()
            on:click=move |_| on_choose.run(())
        >
            {move || i18n.t(label)}
        </button>
    }
}
