//! What is shown only while someone is logged in: their own applications,
//! bookings and numbers. Logged out, nothing.

use leptos::prelude::*;

use crate::accounts::use_account;

#[component]
pub fn LoggedIn(children: ChildrenFn) -> impl IntoView {
    let state = use_account();
    move || state.account.with(Option::is_some).then(|| children())
}
