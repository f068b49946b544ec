//! 办件查询: where an application stands, for anyone holding its number and
//! the applicant's name, without logging in. The number's shape is checked on
//! the device first; the hall's "not found" does not say which of the two was
//! wrong, and neither does this page.

use banshi_api::applications::{Deadline, LookupQuery, LookupResult, Urgency};
use banshi_api::ids::ApplicationNumber;
use banshi_api::ipc::lookup::LookupAnswer;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::clock::date_time;
use crate::commands;
use crate::components::status::ErrorNotice;
use crate::i18n::{CommonMsg, LookupMsg, status_msg, use_i18n};

#[component]
pub fn LookupPage() -> impl IntoView {
    let i18n = use_i18n();
    let number = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);

    let number_problem = move || {
        let text = number.get();
        ApplicationNumber::parse(text.trim().to_uppercase().as_str())
            .err()
            .map(|_| LookupMsg::NumberInvalid)
    };
    let name_problem = move || {
        name.with(|name| name.trim().is_empty())
            .then_some(LookupMsg::NameMissing)
    };

    let look_up =
        Action::new_local(|query: &LookupQuery| commands::application_lookup(query.clone()));

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        attempted.set(true);
        let parsed =
            ApplicationNumber::parse(number.get_untracked().trim().to_uppercase().as_str());
        let (Ok(number), None) = (parsed, name_problem()) else {
            return;
        };
        look_up.dispatch(LookupQuery {
            number,
            name: name.get_untracked().trim().to_owned(),
        });
    };

    let field = move |id: &'static str,
                      label: LookupMsg,
                      hint: LookupMsg,
                      value: RwSignal<String>,
                      problem: Signal<Option<LookupMsg>>| {
        let shown = move || attempted.get().then(|| problem.get()).flatten();
        let problem_id = format!("{id}-problem");
        view! {
            <div class="field" class:field-invalid=move || shown().is_some()>
                <label class="field-label" for=id>{move || i18n.t(label)}</label>
                <input
                    class="field-input"
                    id=id
                    autocomplete="off"
                    aria-invalid=move || shown().is_some().to_string()
                    aria-describedby=problem_id.clone()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <p class="field-hint">{move || i18n.t(hint)}</p>
                <p class="field-problem" id=problem_id role="alert">
                    {move || shown().map(|problem| i18n.t(problem))}
                </p>
            </div>
        }
    };

    view! {
        <div class="page page-lookup">
            <h1 class="page-title">{move || i18n.t(LookupMsg::Title)}</h1>
            <p class="page-intro">{move || i18n.t(LookupMsg::Intro)}</p>
            <form class="section card lookup-form" id="lookup-form" on:submit=submit novalidate=true>
                {field("lookup-number", LookupMsg::NumberLabel, LookupMsg::NumberHint, number, Signal::derive(number_problem))}
                {field("lookup-name", LookupMsg::NameLabel, LookupMsg::NameHint, name, Signal::derive(name_problem))}
                <button type="submit" class="button button-primary" id="lookup-submit"
                    disabled=move || look_up.pending().get()>
                    <Icon icon=icondata::LuSearch attr:class="button-icon" />
                    {move || if look_up.pending().get() {
                        i18n.t(CommonMsg::Working)
                    } else {
                        i18n.t(LookupMsg::Search)
                    }}
                </button>
            </form>
            {move || look_up.value().get().map(|answer| match answer {
                Ok(LookupAnswer::Found(result)) => view! { <Found result /> }.into_any(),
                Ok(LookupAnswer::NotFound) => view! {
                    <div class="notice notice-empty" id="lookup-not-found" role="status">
                        <Icon icon=icondata::LuSearchX attr:class="notice-icon" />
                        <div class="notice-body">
                            <p class="notice-title">{move || i18n.t(LookupMsg::NotFound)}</p>
                            <p class="notice-text">{move || i18n.t(LookupMsg::NotFoundHint)}</p>
                        </div>
                    </div>
                }.into_any(),
                Ok(LookupAnswer::TooMany { retry_after }) => view! {
                    <p class="form-notice form-notice-warning" id="lookup-too-many" role="alert">
                        {move || i18n.t(LookupMsg::TooMany(retry_after))}
                    </p>
                }.into_any(),
                Err(error) => view! {
                    <div id="lookup-error">
                        <ErrorNotice error on_retry=move |()| {
                            if let Some(query) = look_up.input().get_untracked() {
                                look_up.dispatch(query);
                            }
                        } />
                    </div>
                }.into_any(),
            })}
        </div>
    }
}

#[component]
fn Found(result: LookupResult) -> impl IntoView {
    let i18n = use_i18n();
    let status = result.status;
    let steps = result.steps.into_iter().rev().collect::<Vec<_>>();
    view! {
        <section class="section card lookup-result" id="lookup-result" aria-live="polite">
            <dl class="lookup-facts">
                <dt>{move || i18n.t(LookupMsg::Item)}</dt>
                <dd id="lookup-item">{result.item_name.clone()}</dd>
                <dt>{move || i18n.t(LookupMsg::Status)}</dt>
                <dd><span class="tag tag-info" id="lookup-status">{move || i18n.t(status_msg(status))}</span></dd>
                <dt>{move || i18n.t(LookupMsg::Due)}</dt>
                <dd>
                    <span id="lookup-deadline">{deadline_text(result.deadline)}</span>
                    {result.deadline.map(|deadline| {
                        let class = match deadline.urgency {
                            Urgency::OnTime => "tag tag-success",
                            Urgency::NearDue => "tag tag-warning",
                            Urgency::Overdue => "tag tag-danger",
                        };
                        view! {
                            <span class=class id="lookup-urgency">
                                {move || i18n.t(LookupMsg::Urgency(deadline.urgency))}
                            </span>
                        }
                    })}
                </dd>
            </dl>
            <h2 class="section-title">{move || i18n.t(LookupMsg::Steps)}</h2>
            <ol class="lookup-steps" id="lookup-steps">
                {steps.into_iter().map(|step| {
                    let status = step.status;
                    view! {
                        <li class="lookup-step">
                            <span class="lookup-step-status">{move || i18n.t(status_msg(status))}</span>
                            <span class="lookup-step-meta">
                                <time>{date_time(step.at)}</time>" · "{step.department.clone()}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// The due date and the working days left, or why there is none yet.
fn deadline_text(deadline: Option<Deadline>) -> impl IntoView {
    let i18n = use_i18n();
    move || match deadline {
        None => i18n.t(LookupMsg::NoDeadline),
        Some(deadline) => {
            let left = if deadline.days_left < 0 {
                i18n.t(LookupMsg::Overdue(-deadline.days_left))
            } else {
                i18n.t(LookupMsg::DaysLeft(deadline.days_left))
            };
            let mut text = format!("{} · {left}", deadline.due);
            if !deadline.running {
                text.push_str(" · ");
                text.push_str(&i18n.t(LookupMsg::Stopped));
            }
            text
        }
    }
}
