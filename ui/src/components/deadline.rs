//! A promised time limit in one line — working days left (or overdue by),
//! the due date and a warning when near or past it — for an application, a
//! bad rating's follow-up and a question's answer alike.

use banshi_api::applications::{Deadline, Urgency};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::i18n::{ApplicationsMsg, Msg, use_i18n};

/// The deadline in one line: days left (or overdue) and the due date, with
/// a warning tag when near or past it.
#[component]
pub fn DeadlineLine(
    deadline: Deadline,
    /// What the due date is called (an application's: 承诺办结日期).
    #[prop(into, default = ApplicationsMsg::DueOn.into())]
    due_label: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    let days = deadline.days_left;
    let (warning, class) = match deadline.urgency {
        Urgency::Overdue => (Some(ApplicationsMsg::Overdue), "deadline deadline-overdue"),
        Urgency::NearDue => (Some(ApplicationsMsg::NearDue), "deadline deadline-near"),
        Urgency::OnTime => (None, "deadline"),
    };
    let due = deadline.due.to_string();
    view! {
        <span class=class data-urgency=format!("{:?}", deadline.urgency)>
            {warning.map(|w| view! {
                <span class=if deadline.urgency == Urgency::Overdue { "tag tag-danger" } else { "tag tag-warning" }>
                    <Icon icon=icondata::LuTriangleAlert attr:class="button-icon" />
                    {move || i18n.t(w)}
                </span>
            })}
            <span class="deadline-days">
                {move || if days < 0 { i18n.t(ApplicationsMsg::OverdueBy(-days)) } else { i18n.t(ApplicationsMsg::DaysLeft(days)) }}
            </span>
            <span class="deadline-due">{move || i18n.t(due_label)}" "{due.clone()}</span>
        </span>
    }
}
