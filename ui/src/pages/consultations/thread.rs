//! One question or complaint: what it is about, whether the hall has
//! answered, the date it promised to answer by (days left, like an
//! application's deadline), and the thread with the hall's replies.

use banshi_api::consultations::{Author, Consultation, ConsultationMessage, ConsultationStatus};
use banshi_api::ids::ConsultationId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::status_class;
use crate::accounts::use_account;
use crate::address_ids::parse_param;
use crate::clock::date_time;
use crate::commands;
use crate::components::deadline::DeadlineLine;
use crate::components::status::{ErrorNotice, Loading};
use crate::i18n::{ConsultationsMsg, use_i18n};
use crate::notifications::use_bell;

/// `/consultations/:id`
#[component]
pub fn ConsultationPage() -> impl IntoView {
    let params = use_params_map();
    let account = use_account();
    let bell = use_bell();
    let consultation = LocalResource::new(move || {
        // A reply arrives as a notification: read the thread again.
        bell.version.track();
        let id = params.with(|p| parse_param::<ConsultationId>(p.get("id")));
        async move { commands::consultation_get(id?).await }
    });
    view! {
        <div class="page page-consultation">
            <Transition fallback=|| view! { <Loading rows=4 /> }>
                {move || Suspend::new(async move {
                    match consultation.await {
                        Ok(consultation) => view! { <Thread consultation /> }.into_any(),
                        Err(error) => {
                            account.absorb(&error);
                            view! { <ErrorNotice error on_retry=move |()| consultation.refetch() /> }.into_any()
                        }
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Thread(consultation: Consultation) -> impl IntoView {
    let i18n = use_i18n();
    let (kind, status) = (consultation.kind, consultation.status);
    let messages = consultation
        .messages
        .into_iter()
        .enumerate()
        .map(|(k, message)| view! { <Message message index=k /> })
        .collect_view();
    view! {
        <header class="page-head">
            <p class="page-kicker">{move || i18n.t(ConsultationsMsg::Kind(kind))}</p>
            <h1 class="page-title" id="consultation-subject">{consultation.subject.clone()}</h1>
            <p class="application-state">
                <span class=status_class(status) id="consultation-status" data-status=format!("{status:?}")>
                    {move || i18n.t(ConsultationsMsg::Status(status))}
                </span>
                <span class="licence-meta">{move || i18n.t(ConsultationsMsg::AskedOn)}" "{date_time(consultation.asked_at)}</span>
            </p>
        </header>
        {(status == ConsultationStatus::Open).then(|| view! {
            <section class="section card" id="consultation-deadline">
                <p class="page-intro">{move || i18n.t(ConsultationsMsg::Promise(kind))}</p>
                <DeadlineLine deadline=consultation.deadline due_label=ConsultationsMsg::AnswerDue />
            </section>
        })}
        <section class="section card" id="consultation-thread">
            <h2 class="section-title">{move || i18n.t(ConsultationsMsg::Thread)}</h2>
            <ol class="thread">{messages}</ol>
        </section>
    }
}

#[component]
fn Message(message: ConsultationMessage, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let from_hall = message.author == Author::Hall;
    let who = if from_hall {
        ConsultationsMsg::TheHall
    } else {
        ConsultationsMsg::You
    };
    let photos = message.photos.len();
    view! {
        <li class="thread-message" class:thread-hall=from_hall id=format!("message-{index}")
            data-author=format!("{:?}", message.author)>
            <p class="thread-head">
                <span class="thread-who">{move || i18n.t(who)}</span>
                {message.staff.clone().map(|staff| view! { <span class="licence-meta">{staff}</span> })}
                <time class="licence-meta">{date_time(message.at)}</time>
            </p>
            <p class="thread-text">{message.text.clone()}</p>
            {(photos > 0).then(|| view! {
                <p class="licence-meta">{move || i18n.t(ConsultationsMsg::PhotosAttached(photos))}</p>
            })}
        </li>
    }
}
