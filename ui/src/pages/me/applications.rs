//! 我的 → 我的办件: the applications the user has submitted, with their number,
//! status and deadline (days left, due date, 即将到期 / 超期), each opening
//! its progress page. Shown while logged in.

use banshi_api::applications::Application;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::commands;
use crate::components::deadline::DeadlineLine;
use crate::components::list_card::ListCard;
use crate::components::logged_in::LoggedIn;
use crate::i18n::{ApplicationsMsg, status_msg, use_i18n};
use crate::pages::applications::status_class;

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
    let promised = application.promised_days;
    let number = application.number.to_string();
    let (row_id, href) = (
        format!("application-{number}"),
        format!("/applications/{number}"),
    );
    view! {
        <li class="draft application" id=row_id>
            <A href=href attr:class="application-link">
                <Icon icon=icondata::LuFileCheck attr:class="licence-icon" />
                <span class="licence-text">
                    <span class="licence-kind application-name">{application.item_name.clone()}</span>
                    <span class="licence-number application-number">{number}</span>
                    <span class="licence-meta application-deadline">
                        {match application.deadline {
                            Some(deadline) if !status.is_final() => view! { <DeadlineLine deadline /> }.into_any(),
                            _ => view! { {move || i18n.t(ApplicationsMsg::PromisedDays(promised))} }.into_any(),
                        }}
                    </span>
                </span>
                <span class=format!("{} application-status", status_class(status)) data-status=format!("{status:?}")>
                    {move || i18n.t(status_msg(status))}
                </span>
            </A>
        </li>
    }
}
