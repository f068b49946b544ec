//! 我的 → 我的办件: the applications the user has submitted, with their number,
//! status and promised date. Shown while logged in.

use banshi_api::applications::{Application, ApplicationStatus};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::account::use_account;
use crate::commands;
use crate::components::logged_in::LoggedIn;
use crate::i18n::{Msg, use_i18n};

#[component]
pub fn ApplicationsSection() -> impl IntoView {
    view! { <LoggedIn><ApplicationList /></LoggedIn> }
}

#[component]
fn ApplicationList() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let applications = LocalResource::new(commands::applications_list);
    view! {
        <section class="section card" id="my-applications">
            <h2 class="section-title">{move || i18n.t(Msg::MyApplications)}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match applications.await {
                        Ok(list) if !list.is_empty() => view! {
                            <ul class="draft-list">
                                {list.into_iter().map(|application| view! { <ApplicationRow application /> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Ok(_) => view! { <p class="page-intro">{move || i18n.t(Msg::NoApplications)}</p> }.into_any(),
                        Err(error) => {
                            state.absorb(&error);
                            view! { <p class="form-notice form-notice-error">{error.message}</p> }.into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ApplicationRow(application: Application) -> impl IntoView {
    let i18n = use_i18n();
    let status = match application.status {
        ApplicationStatus::Submitted => Msg::StatusSubmitted,
        ApplicationStatus::Accepted => Msg::StatusAccepted,
        ApplicationStatus::Completed => Msg::StatusCompleted,
        ApplicationStatus::Rejected => Msg::StatusRejected,
    };
    view! {
        <li class="draft application">
            <Icon icon=icondata::LuFileCheck attr:class="licence-icon" />
            <span class="licence-text">
                <span class="licence-kind application-name">{application.item_name.clone()}</span>
                <span class="licence-number application-number">{application.number.clone()}</span>
                <span class="licence-meta">
                    {move || i18n.t(Msg::PromisedBy)}" "{application.promised_by.clone()}
                </span>
            </span>
            <span class="tag tag-info application-status">{move || i18n.t(status)}</span>
        </li>
    }
}
