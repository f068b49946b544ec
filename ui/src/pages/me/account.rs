//! The account part of 我的: who is logged in, the identity they act as, their
//! e-licences, and logging out — or, logged out, the way to log in or register.

use banshi_api::accounts::{Account, Licence};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;
use leptos_router::components::A;

use super::address::AddressOnFile;
use crate::accounts::use_account;
use crate::commands;
use crate::components::status::Loading;
use crate::i18n::{AccountsMsg, use_i18n};

#[component]
pub fn AccountSections() -> impl IntoView {
    let state = use_account();
    // The profile as the hall has it now: licences and memberships change.
    state.reload();
    move || {
        if !state.known.get() {
            return view! { <section class="section card"><Loading rows=2 /></section> }.into_any();
        }
        match state.account.get() {
            Some(account) => view! { <LoggedIn account /> }.into_any(),
            None => view! { <LoggedOut /> }.into_any(),
        }
    }
}

#[component]
fn LoggedOut() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="section card account-invite" id="logged-out">
            <Icon icon=icondata::LuCircleUser attr:class="account-invite-icon" />
            <p class="account-invite-text">{move || i18n.t(AccountsMsg::LoginToSee)}</p>
            <div class="account-invite-actions">
                <A href="/login" attr:class="button button-primary" attr:id="go-login">
                    {move || i18n.t(AccountsMsg::LogIn)}
                </A>
                <A href="/register" attr:class="button button-secondary" attr:id="go-register">
                    {move || i18n.t(AccountsMsg::RegisterNow)}
                </A>
            </div>
        </section>
    }
}

#[component]
fn LoggedIn(account: Account) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let profile = account.profile.clone();
    let acting = account.acting_as.as_ref().map(|e| e.uscc.clone());
    let switching = RwSignal::new(false);
    let switch_to = move |uscc: Option<String>| {
        switching.set(true);
        spawn_local(async move {
            match commands::account_act_as(uscc).await {
                Ok(account) => state.set(account),
                Err(error) => state.absorb(&error),
            }
            switching.set(false);
        });
    };
    let identity = move |uscc: Option<String>, title: String, detail: String, icon| {
        let pressed = uscc == acting;
        let id = uscc
            .as_ref()
            .map_or_else(|| "act-as-myself".to_owned(), |u| format!("act-as-{u}"));
        view! {
            <button
                type="button"
                class="identity-option"
                id=id
                aria-pressed=pressed.to_string()
                disabled=move || switching.get()
                on:click=move |_| switch_to(uscc.clone())
            >
                <Icon icon=icon attr:class="identity-icon" />
                <span class="identity-text">
                    <span class="identity-title">{title}</span>
                    <span class="identity-detail">{detail}</span>
                </span>
                {pressed.then(|| view! { <Icon icon=icondata::LuCircleCheck attr:class="identity-check" /> })}
            </button>
        }
    };
    let myself = identity(
        None,
        profile.name.clone(),
        i18n.t(AccountsMsg::Myself),
        icondata::LuUser,
    );
    let enterprises = profile
        .enterprises
        .iter()
        .map(|e| {
            identity(
                Some(e.uscc.clone()),
                e.name.clone(),
                format!("{} · {}", e.role.label(), e.uscc),
                icondata::LuBuilding2,
            )
        })
        .collect_view();
    let has_enterprises = !profile.enterprises.is_empty();
    let licences = profile.licences.clone();

    view! {
        <section class="section card profile" id="profile">
            <div class="profile-head">
                <span class="profile-avatar" aria-hidden="true">
                    {profile.name.chars().last().map(String::from).unwrap_or_default()}
                </span>
                <div class="profile-names">
                    <h2 class="profile-name" id="profile-name">{profile.name.clone()}</h2>
                    <div class="tags">
                        <span class="tag tag-success">
                            {move || i18n.t(AccountsMsg::RealNameLevel(profile.real_name_level))}
                        </span>
                        {profile.staff_of.is_some().then(|| view! {
                            <span class="tag tag-info">{move || i18n.t(AccountsMsg::HallStaff)}</span>
                        })}
                    </div>
                </div>
            </div>
            <dl class="profile-facts">
                <dt>{move || i18n.t(AccountsMsg::ResidentIdLabel)}</dt>
                <dd id="profile-id">{profile.resident_id.clone()}</dd>
                <dt>{move || i18n.t(AccountsMsg::MobileLabel)}</dt>
                <dd id="profile-mobile">{profile.mobile.clone()}</dd>
            </dl>
        </section>
        <AddressOnFile address=profile.address.clone() />
        {has_enterprises.then(|| view! {
            <section class="section card" id="acting-as">
                <h2 class="section-title">{move || i18n.t(AccountsMsg::ActingAs)}</h2>
                <p class="page-intro">{move || i18n.t(AccountsMsg::ActingHint)}</p>
                <div class="identity-options" role="group">
                    {myself}
                    {enterprises}
                </div>
            </section>
        })}
        <section class="section card" id="licences">
            <h2 class="section-title">{move || i18n.t(AccountsMsg::Licences)}</h2>
            {if licences.is_empty() {
                view! { <p class="page-intro">{move || i18n.t(AccountsMsg::NoLicences)}</p> }.into_any()
            } else {
                view! {
                    <ul class="licence-list">
                        {licences.into_iter().map(|licence| view! { <LicenceRow licence /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Logging out, at the foot of 我的 while logged in.
#[component]
pub fn LogOutButton() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let log_out = move |_| {
        spawn_local(async move {
            // The shell forgets the session even when the hall cannot be told.
            let _ = commands::account_log_out().await;
            state.clear();
        });
    };
    move || {
        state.account.with(Option::is_some).then(|| view! {
            <section class="section">
                <button type="button" class="button button-secondary button-block" id="log-out" on:click=log_out>
                    <Icon icon=icondata::LuLogOut attr:class="button-icon" />
                    {move || i18n.t(AccountsMsg::LogOut)}
                </button>
            </section>
        })
    }
}

#[component]
fn LicenceRow(licence: Licence) -> impl IntoView {
    let i18n = use_i18n();
    let valid_until = licence.valid_until.clone();
    let validity = move || {
        if valid_until == "长期" {
            i18n.t(AccountsMsg::ValidLongTerm)
        } else {
            format!("{} {valid_until}", i18n.t(AccountsMsg::ValidUntil))
        }
    };
    view! {
        <li class="licence">
            <Icon icon=icondata::LuFileBadge attr:class="licence-icon" />
            <span class="licence-text">
                <span class="licence-kind">{licence.kind}</span>
                <span class="licence-number">{licence.number}</span>
                <span class="licence-meta">{licence.holder}" · "{validity}</span>
            </span>
        </li>
    }
}
