//! The address on file (常住地址) on 我的: shown, and set or changed with the
//! same cascade forms use; application forms fill it in.

use banshi_api::forms::Address;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;

use crate::accounts::use_account;
use crate::commands;
use crate::components::address_input::address_input;
use crate::i18n::{AddressMsg, CommonMsg, use_i18n};

#[component]
pub fn AddressOnFile(address: Option<Address>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let editing = RwSignal::new(false);
    let saving = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let typed = RwSignal::new(address.clone().unwrap_or_default());
    let shown = address
        .as_ref()
        .map(Address::one_line)
        .filter(|line| !line.is_empty());
    let has_one = shown.is_some();
    let save = move |_| {
        let address = typed.get_untracked();
        // The hall checks the same way; asked first here, it answers at once.
        if let Some(found) = address.problem("常住地址") {
            problem.set(Some(found));
            return;
        }
        saving.set(true);
        spawn_local(async move {
            match commands::account_set_address(address).await {
                Ok(account) => state.set(account),
                Err(error) => {
                    problem.set(Some(error.message.clone()));
                    state.absorb(&error);
                }
            }
            saving.set(false);
        });
    };
    view! {
        <section class="section card" id="address-on-file">
            <h2 class="section-title">{move || i18n.t(AddressMsg::AddressOnFile)}</h2>
            <p class="page-intro">{move || i18n.t(AddressMsg::AddressOnFileHint)}</p>
            {move || if editing.get() {
                view! {
                    <div class="address-on-file-form">
                        {address_input("address-on-file", typed.into(), Callback::new(move |address| {
                            problem.set(None);
                            typed.set(address);
                        }))}
                        <p class="field-problem" id="address-on-file-problem" role="alert">{move || problem.get()}</p>
                        <div class="form-actions">
                            <button type="button" class="button button-primary" id="save-address"
                                disabled=move || saving.get() on:click=save>
                                {move || i18n.t(AddressMsg::SaveAddress)}
                            </button>
                            <button type="button" class="button button-secondary" id="cancel-address"
                                on:click=move |_| { problem.set(None); editing.set(false); }>
                                {move || i18n.t(CommonMsg::Cancel)}
                            </button>
                        </div>
                    </div>
                }.into_any()
            } else {
                let shown = shown.clone();
                view! {
                    <div class="address-on-file">
                        <Icon icon=icondata::LuMapPin attr:class="button-icon" />
                        <span id="address-on-file-text" class:address-missing=!has_one>
                            {shown.unwrap_or_else(|| i18n.t(AddressMsg::NotGiven))}
                        </span>
                        <button type="button" class="button button-secondary button-small" id="edit-address"
                            on:click=move |_| editing.set(true)>
                            {move || if has_one { i18n.t(CommonMsg::Change) } else { i18n.t(AddressMsg::AddAddress) }}
                        </button>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
