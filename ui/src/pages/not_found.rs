//! Shown for a path the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{FrameMsg, use_i18n};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <div class="notice notice-empty">
                <div class="notice-body">
                    <p class="notice-title">{move || i18n.t(FrameMsg::PageNotFound)}</p>
                </div>
                <A href="/" attr:class="button button-primary">{move || i18n.t(FrameMsg::BackHome)}</A>
            </div>
        </div>
    }
}
