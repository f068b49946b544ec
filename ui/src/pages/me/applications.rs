//! 我的 → 我的办件: the applications the user has submitted, with their number,
//! status and promised date. Shown while logged in.

use banshi_api::applications::{Application, ApplicationStatus};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::commands;
use crate::components::list_card::ListCard;
use crate::components::logged_in::LoggedIn;
use crate::i18n::{ApplicationsMsg, use_i18n};

#[component]
pub fn ApplicationsSection() -> impl IntoView {
    view! {
        <LoggedIn>
            <ListCard id="my-applications" title=ApplicationsMsg::MyApplications empty=ApplicationsMsg::NoApplications
                list_class="draft-list" load=commands::applications_list
                row=|application| view! { <ApplicationRow application /> }.into_any() />
        </LoggedIn>
    }
}

#[component]
fn ApplicationRow(application: Application) -> impl IntoView {
    let i18n = use_i18n();
    let status = application.status;
    let status = move || match status {
        ApplicationStatus::Submitted => i18n.t(ApplicationsMsg::StatusSubmitted),
        ApplicationStatus::Accepted => i18n.t(ApplicationsMsg::StatusAccepted),
        ApplicationStatus::Completed => i18n.t(ApplicationsMsg::StatusCompleted),
        ApplicationStatus::Rejected => i18n.t(ApplicationsMsg::StatusRejected),
        other => other.label().to_owned(),
    };
    view! {
        <li class="draft application">
            <Icon icon=icondata::LuFileCheck attr:class="licence-icon" />
            <span class="licence-text">
                <span class="licence-kind application-name">{application.item_name.clone()}</span>
                <span class="licence-number application-number">{application.number.to_string()}</span>
                <span class="licence-meta">
                    {move || i18n.t(ApplicationsMsg::PromisedBy)}" "{application.promised_days.to_string()}
                </span>
            </span>
            <span class="tag tag-info application-status">{status}</span>
        </li>
    }
}
