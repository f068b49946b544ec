//! 咨询投诉: asking or complaining about an item, an application or a hall
//! ([`ask`]), the user's questions and complaints in 我的 with their status
//! and the date the hall promised to answer by, and each one's thread
//! ([`thread`]).

mod ask;
mod thread;

use banshi_api::consultations::{Consultation, ConsultationAbout, ConsultationStatus};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

pub use ask::AskPage;
pub use thread::ConsultationPage;

use crate::commands;
use crate::components::deadline::DeadlineLine;
use crate::components::list_card::ListCard;
use crate::components::logged_in::LoggedIn;
use crate::i18n::{ConsultationsMsg, use_i18n};

/// The query of the ask page for `about`: `item=`, `application=` or `hall=`.
fn about_query(about: &ConsultationAbout) -> String {
    match about {
        ConsultationAbout::Item { code } => format!("item={code}"),
        ConsultationAbout::Application { number } => format!("application={number}"),
        ConsultationAbout::Hall { hall } => format!("hall={hall}"),
    }
}

/// 我要咨询 and 我要投诉 about `about`, each opening the form.
#[component]
pub fn AskButtons(about: ConsultationAbout) -> impl IntoView {
    let i18n = use_i18n();
    let query = about_query(&about);
    view! {
        <div class="action-row ask-actions">
            <A href=format!("/ask?kind=question&{query}") attr:class="button button-secondary" attr:id="ask-question">
                <Icon icon=icondata::LuMessageCircleQuestion attr:class="button-icon" />
                {move || i18n.t(ConsultationsMsg::Ask)}
            </A>
            <A href=format!("/ask?kind=complaint&{query}") attr:class="button button-secondary" attr:id="ask-complaint">
                <Icon icon=icondata::LuMessageSquareWarning attr:class="button-icon" />
                {move || i18n.t(ConsultationsMsg::Complain)}
            </A>
        </div>
    }
}

/// The tag a consultation's status is shown with.
fn status_class(status: ConsultationStatus) -> &'static str {
    match status {
        ConsultationStatus::Open => "tag tag-warning",
        ConsultationStatus::Answered => "tag tag-success",
    }
}

/// 我的 → 咨询投诉, while logged in.
#[component]
pub fn ConsultationsSection() -> impl IntoView {
    view! {
        <LoggedIn>
            <ListCard id="my-consultations" title=ConsultationsMsg::Title empty=ConsultationsMsg::EmptyHint
                list_class="draft-list" load=commands::consultations_list
                row=|consultation| view! { <ConsultationRow consultation /> }.into_any() />
        </LoggedIn>
    }
}

#[component]
fn ConsultationRow(consultation: Consultation) -> impl IntoView {
    let i18n = use_i18n();
    let (kind, status) = (consultation.kind, consultation.status);
    let id = consultation.id.to_string();
    view! {
        <li class="draft application" id=format!("consultation-{id}")>
            <A href=format!("/consultations/{id}") attr:class="application-link">
                <Icon icon=icondata::LuMessagesSquare attr:class="licence-icon" />
                <span class="licence-text">
                    <span class="licence-kind">{move || i18n.t(ConsultationsMsg::Kind(kind))}" · "{consultation.subject.clone()}</span>
                    <span class="licence-meta">
                        {(status == ConsultationStatus::Open).then(|| view! {
                            <DeadlineLine deadline=consultation.deadline due_label=ConsultationsMsg::AnswerDue />
                        })}
                    </span>
                </span>
                <span class=format!("{} consultation-status", status_class(status)) data-status=format!("{status:?}")>
                    {move || i18n.t(ConsultationsMsg::Status(status))}
                </span>
            </A>
        </li>
    }
}
