//! The states a screen can be in besides "here is your data": loading, empty,
//! offline, and failed — each with a way forward.

use banshi_api::{ApiError, ErrorCode};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::i18n::{CommonMsg, Msg, error_message, use_i18n};

/// A placeholder while data loads: `rows` grey bars shaped like list rows.
#[component]
pub fn Loading(#[prop(default = 3)] rows: usize) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="visually-hidden">{move || i18n.t(CommonMsg::Loading)}</span>
            {(0..rows).map(|_| view! { <div class="skeleton"></div> }).collect_view()}
        </div>
    }
}

/// An error in words the user understands, with a retry.
#[component]
pub fn ErrorNotice(error: ApiError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let offline = error.code == ErrorCode::Unavailable;
    let icon = if offline {
        icondata::LuWifiOff
    } else {
        icondata::LuCircleAlert
    };
    let title = if offline {
        CommonMsg::Offline
    } else {
        CommonMsg::ErrorTitle
    };
    let hint = error_message(error.code);
    view! {
        <div class="notice notice-error" role="alert">
            <Icon icon=icon attr:class="notice-icon" />
            <div class="notice-body">
                <p class="notice-title">{move || i18n.t(title)}</p>
                <p class="notice-text">{move || i18n.t(hint)}</p>
            </div>
            <button class="button button-secondary" on:click=move |_| on_retry.run(())>
                {move || i18n.t(CommonMsg::Retry)}
            </button>
        </div>
    }
}

/// What `resource` loads, as a screen shows it: grey rows while it loads, `ok`'s
/// view of it once it has, or the error with a retry that loads it again.
#[component]
pub fn Loaded<T, V, F>(
    /// What is loading.
    resource: LocalResource<Result<T, ApiError>>,
    /// How many grey rows stand in for it meanwhile.
    rows: usize,
    /// Draws what loaded.
    ok: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Copy + Send + Sync + 'static,
{
    view! {
        <Transition fallback=move || view! { <Loading rows /> }>
            {move || Suspend::new(async move {
                match resource.await {
                    Ok(value) => ok(value).into_any(),
                    Err(error) => view! { <ErrorNotice error on_retry=move |()| resource.refetch() /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// Nothing to show, with a hint and an optional way out.
#[component]
pub fn Empty(
    #[prop(into)] title: Msg,
    #[prop(into)] hint: Msg,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice-empty">
            <Icon icon=icondata::LuSearchX attr:class="notice-icon" />
            <div class="notice-body">
                <p class="notice-title">{move || i18n.t(title)}</p>
                <p class="notice-text">{move || i18n.t(hint)}</p>
            </div>
            {children.map(|children| children())}
        </div>
    }
}
