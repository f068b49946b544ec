//! 办理进度: one application followed to its result — where it stands, the
//! working days left and the due date (with 即将到期 and 超期 warnings), the
//! timeline of every step with who took it and why, the materials handed
//! in, the correction notice with a way to fix each item in place, and what
//! the applicant may do now (补正; 撤回 before acceptance, confirmed first).
//! Offline it shows the copy kept on the device and says when it was fetched.

use banshi_api::applications::{
    ApplicationAction, ApplicationDetail, ApplicationEvent, ApplicationStatus, CorrectionNotice,
};
use banshi_api::consultations::ConsultationAbout;
use banshi_api::ids::ApplicationNumber;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::rating::{Rated, RatingSection};
use crate::address_ids::parse_param;
use crate::clock::short_time;
use crate::commands;
use crate::components::deadline::DeadlineLine;
use crate::components::status::{ErrorNotice, Loading};
use crate::i18n::{ApplicationsMsg, CommonMsg, status_msg, use_i18n};
use crate::pages::consultations::AskButtons;

/// The tag class a status is shown with.
pub fn status_class(status: ApplicationStatus) -> &'static str {
    match status {
        ApplicationStatus::Completed | ApplicationStatus::Approved => "tag tag-success",
        ApplicationStatus::AwaitingCorrection | ApplicationStatus::Suspended => "tag tag-warning",
        ApplicationStatus::Rejected | ApplicationStatus::Denied => "tag tag-danger",
        ApplicationStatus::Withdrawn => "tag",
        _ => "tag tag-info",
    }
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let params = use_params_map();
    let number = move || parse_param::<ApplicationNumber>(params.with(|p| p.get("number")));
    let copy = LocalResource::new(move || {
        let number = number();
        async move { commands::application_get(number?).await }
    });
    view! {
        <div class="page page-application">
            <Transition fallback=|| view! { <Loading rows=5 /> }>
                {move || Suspend::new(async move {
                    match copy.await {
                        Ok(copy) => view! {
                            <Progress detail=copy.detail offline=copy.offline fetched_at=copy.fetched_at />
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error on_retry=move |()| copy.refetch() /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The application as last heard of; `offline`: from the device's copy.
#[component]
fn Progress(detail: ApplicationDetail, offline: bool, fetched_at: i64) -> impl IntoView {
    let i18n = use_i18n();
    // A withdrawal answers the application as it now stands.
    let detail = RwSignal::new(detail);
    let head = move || {
        detail.with(|d| {
            let application = &d.application;
            let status = application.status;
            view! {
                <header class="page-head">
                    <p class="page-kicker" id="application-number">{application.number.to_string()}</p>
                    <h1 class="page-title" id="application-title">{application.item_name.clone()}</h1>
                    <p class="application-state">
                        <span class=status_class(status) id="application-status" data-status=format!("{status:?}")>
                            {move || i18n.t(status_msg(status))}
                        </span>
                    </p>
                </header>
            }
        })
    };
    let deadline = move || {
        detail.with(|d| {
            let promised = d.application.promised_days;
            // Once the application ended, its clock says nothing more.
            let deadline = d.application.deadline.filter(|_| !d.application.status.is_final());
            view! {
                <section class="section card" id="application-deadline">
                    <p class="page-intro">{move || i18n.t(ApplicationsMsg::PromisedDays(promised))}</p>
                    {deadline.map(|deadline| {
                        let stopped = !deadline.running;
                        view! {
                            <DeadlineLine deadline />
                            {stopped.then(|| view! { <p class="licence-meta">{move || i18n.t(ApplicationsMsg::ClockStopped)}</p> })}
                        }
                    })}
                </section>
            }
        })
    };
    view! {
        {offline.then(|| view! {
            <div class="notice notice-offline" id="application-offline" role="status">
                <Icon icon=icondata::LuWifiOff attr:class="notice-icon" />
                <div class="notice-body">
                    <p class="notice-title">{move || i18n.t(ApplicationsMsg::OfflineCopy)}</p>
                    <p class="notice-text">{move || i18n.t(ApplicationsMsg::FetchedAt)}" "{short_time(fetched_at * 1000)}</p>
                </div>
            </div>
        })}
        {head}
        {move || detail.with(|d| d.correction.clone()).map(|notice| view! { <Notice notice number=detail.with_untracked(|d| d.application.number.clone()) offline /> })}
        {deadline}
        <Actions detail offline />
        <RatingSection subject=Rated::Application(detail.with_untracked(|d| d.application.number.clone())) rating=detail.with_untracked(|d| d.rating.clone()) may_rate=!offline && detail.with_untracked(|d| d.may_rate) />
        {(!offline).then(|| view! { <AskButtons about=ConsultationAbout::Application { number: detail.with_untracked(|d| d.application.number.clone()) } /> })}
        <super::parcel::Parcels detail offline />
        {move || view! { <Timeline detail=detail.get() /> }}
        {move || view! { <HandedIn detail=detail.get() /> }}
        <div class="section">
            <A href="/me" attr:class="button button-secondary button-block" attr:id="back-to-me">
                {move || i18n.t(ApplicationsMsg::MyApplications)}
            </A>
        </div>
    }
}

/// The correction notice: every item the department listed, each with a link
/// that opens the correction at that item.
#[component]
fn Notice(notice: CorrectionNotice, number: ApplicationNumber, offline: bool) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let open = move |field: Option<String>| {
        let (number, navigate) = (number.clone(), navigate.clone());
        leptos::task::spawn_local(async move {
            match commands::correction_open(number).await {
                Ok(draft) => {
                    let at = field.map(|f| format!("&at={f}")).unwrap_or_default();
                    navigate(
                        &format!("/apply/{}?draft={}{at}", draft.item_code, draft.id),
                        Default::default(),
                    );
                }
                Err(error) => problem.set(Some(error.message)),
            }
        });
    };
    let items = notice
        .items
        .iter()
        .enumerate()
        .map(|(k, item)| {
            let open = open.clone();
            let field = item.field.clone();
            view! {
                <li class="correction-item" id=format!("correction-item-{k}")>
                    <span class="correction-problem">{item.problem.clone()}</span>
                    {(!offline).then(|| view! {
                        <button type="button" class="button button-secondary button-small correction-fix"
                            id=format!("correction-fix-{k}") on:click=move |_| open(Some(field.clone()))>
                            {move || i18n.t(ApplicationsMsg::FixThis)}
                        </button>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="section card correction-notice" id="correction-notice" role="alert">
            <h2 class="section-title">
                <Icon icon=icondata::LuClipboardList attr:class="button-icon" />
                {move || i18n.t(ApplicationsMsg::CorrectionNotice)}
            </h2>
            <p class="licence-meta">{notice.department.clone()}" · "{short_time(notice.requested_at * 1000)}</p>
            <p class="page-intro">{move || i18n.t(ApplicationsMsg::CorrectionIntro)}</p>
            <ul class="correction-items">{items}</ul>
            {(!offline).then(|| view! {
                <button type="button" class="button button-primary button-block" id="correction-start"
                    on:click=move |_| open(None)>
                    {move || i18n.t(ApplicationsMsg::Correct)}
                </button>
            })}
            {move || problem.get().map(|message| view! { <p class="form-notice form-notice-error" role="alert">{message}</p> })}
        </section>
    }
}

/// What the applicant may do now besides correcting: withdraw, before
/// acceptance, after saying yes to a confirmation.
#[component]
fn Actions(detail: RwSignal<ApplicationDetail>, offline: bool) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let withdraw = Action::new_local(move |(): &()| {
        let number = detail.with_untracked(|d| d.application.number.clone());
        async move { commands::application_withdraw(number).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(now)) = withdraw.value().get() {
            confirming.set(false);
            detail.set(now);
        }
    });
    let can_withdraw =
        move || !offline && detail.with(|d| d.actions.contains(&ApplicationAction::Withdraw));
    move || {
        can_withdraw().then(|| view! {
            <section class="section" id="application-actions">
                <button type="button" class="button button-secondary button-block" id="withdraw"
                    on:click=move |_| confirming.set(true)>
                    {move || i18n.t(ApplicationsMsg::Withdraw)}
                </button>
                {move || withdraw.value().get().and_then(Result::err).map(|error| view! {
                    <p class="form-notice form-notice-error" id="withdraw-problem" role="alert">{error.message}</p>
                })}
                {move || confirming.get().then(|| view! {
                    <div class="dialog-backdrop">
                        <div class="dialog card" role="alertdialog" aria-modal="true" id="withdraw-dialog"
                            aria-labelledby="withdraw-dialog-text">
                            <p class="dialog-text" id="withdraw-dialog-text">{move || i18n.t(ApplicationsMsg::WithdrawConfirm)}</p>
                            <div class="form-actions">
                                <button type="button" class="button button-danger" id="withdraw-confirm"
                                    disabled=move || withdraw.pending().get()
                                    on:click=move |_| { withdraw.dispatch(()); }>
                                    {move || i18n.t(ApplicationsMsg::WithdrawConfirmYes)}
                                </button>
                                <button type="button" class="button button-secondary" id="withdraw-cancel"
                                    on:click=move |_| confirming.set(false)>
                                    {move || i18n.t(CommonMsg::Cancel)}
                                </button>
                            </div>
                        </div>
                    </div>
                })}
            </section>
        })
    }
}

/// The timeline, oldest first, the current step marked.
#[component]
fn Timeline(detail: ApplicationDetail) -> impl IntoView {
    let i18n = use_i18n();
    let last = detail.events.len().saturating_sub(1);
    let steps = detail
        .events
        .into_iter()
        .enumerate()
        .map(|(k, event)| view! { <Step event current=k == last index=k /> })
        .collect_view();
    view! {
        <section class="section card" id="timeline">
            <h2 class="section-title">{move || i18n.t(ApplicationsMsg::Timeline)}</h2>
            <ol class="timeline">{steps}</ol>
        </section>
    }
}

#[component]
fn Step(event: ApplicationEvent, current: bool, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let what = match event.action {
        Some(action) => ApplicationsMsg::Action(action),
        None => ApplicationsMsg::Submission,
    };
    let status = event.status;
    let detail = |label: ApplicationsMsg, value: Option<String>, class: &'static str| {
        value.map(|value| {
            view! {
                <p class=format!("timeline-detail {class}")>
                    <span class="timeline-label">{move || i18n.t(label)}{move || i18n.pick("：", ": ")}</span>{value}
                </p>
            }
        })
    };
    view! {
        <li class="timeline-step" class:timeline-current=current id=format!("event-{index}")
            aria-current=current.then_some("step")>
            <span class="timeline-dot" aria-hidden="true"></span>
            <div class="timeline-body">
                <p class="timeline-head">
                    <span class="timeline-what">{move || i18n.t(what)}</span>
                    <span class=status_class(status)>{move || i18n.t(status_msg(status))}</span>
                    {current.then(|| view! { <span class="tag tag-info timeline-now">{move || i18n.t(ApplicationsMsg::Current)}</span> })}
                </p>
                <p class="licence-meta timeline-when">
                    {short_time(event.at * 1000)}" · "{event.department.clone()}
                    {event.window.clone().map(|w| view! { " · " {move || i18n.t(ApplicationsMsg::Window)}" "{w.clone()} })}
                </p>
                {detail(ApplicationsMsg::Staff, event.staff, "timeline-staff")}
                {detail(ApplicationsMsg::Reason, event.reason, "timeline-reason")}
                {detail(ApplicationsMsg::LegalBasis, event.legal_basis, "timeline-basis")}
            </div>
        </li>
    }
}

/// The materials handed in: each one's pages, or the e-licence used.
#[component]
fn HandedIn(detail: ApplicationDetail) -> impl IntoView {
    let i18n = use_i18n();
    // The materials' names are the guide's, from the catalog copy.
    let code = detail.application.item_code.clone();
    let item = LocalResource::new(move || commands::catalog_item(code.clone()));
    let name_of = move |index: u32| {
        item.get()
            .and_then(Result::ok)
            .and_then(|item| item.materials.get(index as usize).map(|m| m.name.clone()))
            .unwrap_or_else(|| format!("#{}", index + 1))
    };
    let rows = detail
        .materials
        .into_iter()
        .map(|material| {
            let pages = material.uploads.len();
            let what = match material.licence {
                Some(kind) => {
                    view! { {move || i18n.t(ApplicationsMsg::FromLicence)}" · "{kind.clone()} }
                        .into_any()
                }
                None => view! { {move || i18n.t(ApplicationsMsg::Pages(pages))} }.into_any(),
            };
            let index = material.material;
            view! {
                <li class="draft" id=format!("handed-in-{}", material.material)>
                    <Icon icon=icondata::LuPaperclip attr:class="licence-icon" />
                    <span class="licence-text">
                        <span class="licence-kind">{move || name_of(index)}</span>
                        <span class="licence-meta">{what}</span>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="section card" id="handed-in">
            <h2 class="section-title">{move || i18n.t(ApplicationsMsg::MaterialsHandedIn)}</h2>
            <ul class="draft-list">{rows}</ul>
        </section>
    }
}
