//! An invitation to log in before doing something that needs a real name
//! (applying, booking), which comes back to `back_to` afterwards.

use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::i18n::{AccountsMsg, Msg, use_i18n};

/// `why` says what the login is for; `id` names the invitation for tests.
#[component]
pub fn LoginInvite(#[prop(into)] why: Msg, back_to: String, id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let next = format!(
        "/login?next={}",
        String::from(js_sys::encode_uri_component(&back_to))
    );
    view! {
        <section class="section card account-invite" id=id>
            <Icon icon=icondata::LuShieldCheck attr:class="account-invite-icon" />
            <p class="account-invite-text">{move || i18n.t(why)}</p>
            <A href=next attr:class="button button-primary" attr:id=format!("{id}-link")>{move || i18n.t(AccountsMsg::LogIn)}</A>
        </section>
    }
}
