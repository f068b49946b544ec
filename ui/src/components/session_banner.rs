//! A strip above every page once the hall has ended the user's session: it says
//! so and offers to log in again, coming back to the same page afterwards, with
//! whatever was typed still there.

use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::accounts::use_account;
use crate::i18n::{AccountsMsg, use_i18n};

#[component]
pub fn SessionBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let location = use_location();
    move || {
        let path = location.pathname.get();
        let show = state.ended.get() && state.account.with(Option::is_none) && path != "/login";
        show.then(|| {
            let next = format!(
                "/login?next={}",
                String::from(js_sys::encode_uri_component(&path))
            );
            view! {
                <div class="banner banner-offline" role="status" id="session-banner">
                    <Icon icon=icondata::LuLogIn attr:class="banner-icon" />
                    <span class="banner-text">{move || i18n.t(AccountsMsg::SessionEnded)}</span>
                    <A href=next attr:class="banner-action">{move || i18n.t(AccountsMsg::LogIn)}</A>
                </div>
            }
        })
    }
}
