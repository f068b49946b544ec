//! 在线申请: a draft opened from a guide, as a task list of the form's sections;
//! each section on its own page; then the answers to check, each with a way
//! back to change it, and how to receive the result. Every change is saved on
//! the device as it is made ([`editor`]). A correction draft opens the same
//! way, showing only the items of the correction notice (the other answers
//! stand as handed in) and handing in just those ([`progress`] follows the
//! application itself).

mod delivery_step;
mod editor;
mod fields;
mod materials;
mod parcel;
mod progress;
mod rating;

use banshi_api::ErrorCode;
use banshi_api::applications::Delivery;
use banshi_api::applications::UploadProgress;
use banshi_api::forms::{Answer, Answers, Field, FieldKind, Section};
use banshi_api::ids::{DraftId, ItemCode};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::address_ids::parse_param;
use crate::clock::today;
use crate::commands;
use crate::components::choice_button::ChoiceButton;
use crate::components::login_invite::LoginInvite;
use crate::components::status::{ErrorNotice, Loading};
use crate::i18n::{ApplicationsMsg, CommonMsg, use_i18n};
use delivery_step::{EmsRecipient, RECIPIENT_ID, draft_recipient_problems};
use editor::{Editor, SaveState};
use fields::{FieldBlock, Slot};
use materials::MaterialsCard;
pub(crate) use materials::{PHOTO_TYPES, files_of};
pub use progress::{ApplicationPage, status_class};
pub use rating::{Rated, RatingSection};

/// The address of `step` (a section id, `check`, or empty for the task list).
fn step_href(editor: Editor, step: &str) -> String {
    let (code, id, correcting) = editor.draft.with_value(|draft| {
        (
            draft.item_code.clone(),
            draft.id.clone(),
            draft.correcting.is_some(),
        )
    });
    // A correction draft is never an item's draft: its id says which it is.
    let draft = if correcting {
        format!("draft={id}")
    } else {
        String::new()
    };
    match (step.is_empty(), draft.is_empty()) {
        (true, true) => format!("/apply/{code}"),
        (true, false) => format!("/apply/{code}?{draft}"),
        (false, true) => format!("/apply/{code}?step={step}"),
        (false, false) => format!("/apply/{code}?{draft}&step={step}"),
    }
}

/// Whether the draft edits field `id`: every field of a new application, the
/// notice's fields of a correction.
fn edits_field(editor: Editor, id: &str) -> bool {
    editor.draft.with_value(|draft| {
        draft
            .correcting
            .as_ref()
            .is_none_or(|correcting| correcting.lists_field(id))
    })
}

/// Whether the draft asks for material number `index`: every one for a new
/// application, the notice's for a correction.
pub(crate) fn edits_material(editor: Editor, index: u32) -> bool {
    editor.draft.with_value(|draft| {
        draft
            .correcting
            .as_ref()
            .is_none_or(|correcting| correcting.lists_material(index))
    })
}

/// The notice's sentence about `field` (a field id or `materials.{index}`),
/// for a correction draft.
pub(crate) fn notice_problem(editor: Editor, field: &str) -> Option<String> {
    editor.draft.with_value(|draft| {
        draft.correcting.as_ref().and_then(|correcting| {
            correcting
                .items
                .iter()
                .find(|item| item.field == field)
                .map(|item| item.problem.clone())
        })
    })
}

/// Where a problem the hall found is fixed: a material's slot on the task list,
/// or the section of the field at `path` (e.g. `spouse.name`).
fn problem_href(editor: Editor, path: &str) -> String {
    if let Some(index) = path.strip_prefix("materials.") {
        return format!("{}#material-{index}", step_href(editor, ""));
    }
    // Wherever the hall says, a correction opens at the field itself.
    let top = path.split('.').next().unwrap_or(path);
    let section = editor.draft.with_value(|draft| {
        draft
            .form
            .sections
            .iter()
            .find(|s| s.fields.iter().any(|f| f.id == top))
            .map(|s| s.id.clone())
            .unwrap_or_default()
    });
    step_href(editor, &section)
}

/// The step shown: the task list, a section, or the check page.
/// The step of a draft's position: `section/field` is the question a phone
/// asked in that section.
fn step_of(position: &str) -> &str {
    position.split_once('/').map_or(position, |(step, _)| step)
}

fn step_from(query: &leptos_router::params::ParamsMap) -> Option<String> {
    query.get("step").filter(|step| !step.is_empty())
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let code_text = move || params.with(|p| p.get("code").unwrap_or_default());
    let code = move || parse_param::<ItemCode>(Some(code_text()));
    let draft = LocalResource::new(move || {
        let code = code();
        let id = query.with_untracked(|q| q.get("draft"));
        async move {
            match id {
                Some(id) => commands::draft_get(parse_param::<DraftId>(Some(id))?).await,
                None => commands::draft_open(code?).await,
            }
        }
    });
    view! {
        <div class="page page-apply">
            <Transition fallback=|| view! { <Loading rows=4 /> }>
                {move || Suspend::new(async move {
                    match draft.await {
                        Ok(draft) => view! { <Application editor=Editor::new(draft) /> }.into_any(),
                        Err(error) if error.code == ErrorCode::Unauthorized => {
                            view! { <LoginInvite why=ApplicationsMsg::LoginToApply back_to=format!("/apply/{}", code_text()) id="login-to-apply" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error on_retry=move |()| draft.refetch() /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Application(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let step = Memo::new(move |_| query.with(step_from));
    // A correction opened at one of the notice's items lands on it.
    let at = query.with_untracked(|q| q.get("at"));
    if step.get_untracked().is_none()
        && let Some(at) = at
    {
        let navigate = use_navigate();
        navigate(&problem_href(editor, &at), Default::default());
    } else if step.get_untracked().is_none()
        && let Some(position) = editor.position.get_untracked()
    {
        // Coming back to a draft, the user lands where they left off.
        let navigate = use_navigate();
        navigate(&step_href(editor, step_of(&position)), Default::default());
    }
    let form = StoredValue::new(editor.form());
    let correcting = editor.draft.with_value(|d| d.correcting.clone());
    view! {
        <header class="page-head">
            <p class="page-kicker">{editor.draft.with_value(|d| d.item_name.clone())}</p>
            <h1 class="page-title" id="form-title">{form.with_value(|f| f.title.clone())}</h1>
            <SaveIndicator editor />
        </header>
        {correcting.map(|correcting| view! {
            <div class="form-notice form-notice-warning" id="correcting" role="status">
                <p>{move || i18n.t(ApplicationsMsg::Correcting)}</p>
                <A href=format!("/applications/{}", correcting.number) attr:class="section-link" attr:id="back-to-application">
                    {move || i18n.t(ApplicationsMsg::BackToApplication)}
                </A>
            </div>
        })}
        {move || match step.get().as_deref() {
            None => view! { <TaskList editor /> }.into_any(),
            Some("check") => view! { <CheckAnswers editor /> }.into_any(),
            Some(id) => match form.with_value(|f| f.sections.iter().find(|s| s.id == id).cloned()) {
                Some(section) => view! { <SectionPage editor section /> }.into_any(),
                None => view! { <TaskList editor /> }.into_any(),
            },
        }}
    }
}

#[component]
fn SaveIndicator(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        match editor.state.get() {
        SaveState::Saved => view! {
            <p class="save-state" id="save-state" data-state="saved">
                <Icon icon=icondata::LuCloudCheck attr:class="save-icon" />
                {move || i18n.t(ApplicationsMsg::Saved)}
            </p>
        }
        .into_any(),
        SaveState::Pending => view! {
            <p class="save-state" id="save-state" data-state="pending">{move || i18n.t(ApplicationsMsg::Saving)}</p>
        }
        .into_any(),
        SaveState::Failed(error) => view! {
            <p class="save-state save-state-failed" id="save-state" data-state="failed" role="alert">
                {error.message}
            </p>
        }
        .into_any(),
    }
    }
}

#[component]
fn TaskList(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let form = editor.form();
    let sections: Vec<Section> = form
        .sections
        .iter()
        .filter(|section| section.fields.iter().any(|f| edits_field(editor, &f.id)))
        .cloned()
        .collect();
    let all_done = Memo::new({
        let form = form.clone();
        move |_| {
            let answers = editor.answers.get();
            form.sections
                .iter()
                .all(|section| form.section_complete(&section.id, &answers, today()))
        }
    });
    let rows = sections
        .into_iter()
        .enumerate()
        .map(|(index, section)| {
            let form = form.clone();
            let id = section.id.clone();
            let done = Memo::new(move |_| {
                editor
                    .answers
                    .with(|answers| form.section_complete(&id, answers, today()))
            });
            view! {
                <li class="task">
                    <A href=step_href(editor, &section.id) attr:class="task-link" attr:id=format!("task-{}", section.id)>
                        <span class="task-number">{index + 1}</span>
                        <span class="task-name">{section.title.clone()}</span>
                        {move || if done.get() {
                            view! { <span class="tag tag-success">{move || i18n.t(ApplicationsMsg::SectionDone)}</span> }.into_any()
                        } else {
                            view! { <span class="tag">{move || i18n.t(ApplicationsMsg::SectionToDo)}</span> }.into_any()
                        }}
                        <Icon icon=icondata::LuChevronRight attr:class="task-chevron" />
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="section card">
            <h2 class="section-title">{move || i18n.t(ApplicationsMsg::ApplySteps)}</h2>
            <ol class="tasks" id="tasks">{rows}</ol>
        </section>
        <MaterialsCard editor />
        <div class="section">
            <A href=step_href(editor, "check") attr:class=move || if all_done.get() { "button button-primary button-block" } else { "button button-secondary button-block" } attr:id="to-check">
                {move || i18n.t(ApplicationsMsg::CheckAnswers)}
            </A>
        </div>
    }
}

/// Writes one answer of the form's top level.
fn top_level_slot(editor: Editor) -> Slot {
    Slot {
        scope: editor.answers.into(),
        set: Callback::new(move |(field, value): (String, Option<Answer>)| {
            editor.answers.update(|answers| match value {
                Some(value) => {
                    answers.insert(field, value);
                }
                None => {
                    answers.remove(&field);
                }
            });
        }),
    }
}

#[component]
fn SectionPage(editor: Editor, mut section: Section) -> impl IntoView {
    let i18n = use_i18n();
    // A correction asks only what the notice lists; the rest stands as handed in.
    section
        .fields
        .retain(|field| edits_field(editor, &field.id));
    let navigate = use_navigate();
    let attempted = RwSignal::new(false);
    let form = editor.form();
    // The question a phone last asked here, to ask it again.
    let resumed = editor.position.get_untracked().and_then(|position| {
        position
            .strip_prefix(&format!("{}/", section.id))
            .map(str::to_owned)
    });
    let next = form
        .sections
        .iter()
        .skip_while(|s| s.id != section.id)
        .skip(1)
        .find(|s| s.fields.iter().any(|f| edits_field(editor, &f.id)))
        .map_or_else(|| "check".to_owned(), |s| s.id.clone());
    let place = top_level_slot(editor);
    // On a phone one question at a time (GOV.UK's pattern); on a desktop the
    // whole section.
    let one_at_a_time = is_phone();
    let question = RwSignal::new(0usize);
    let shown_fields = Memo::new({
        let fields = section.fields.clone();
        move |_| {
            editor.answers.with(|answers| {
                fields
                    .iter()
                    .filter(|field| field.is_shown(answers))
                    .map(|field| field.id.clone())
                    .collect::<Vec<_>>()
            })
        }
    });
    let current = move || {
        shown_fields.with(|ids| {
            ids.get(question.get().min(ids.len().saturating_sub(1)))
                .cloned()
        })
    };
    if one_at_a_time
        && let Some(at) = resumed.and_then(|field| {
            shown_fields.with_untracked(|ids| ids.iter().position(|id| *id == field))
        })
    {
        question.set(at);
    }
    // Where the user is, saved with the draft: the section, and on a phone
    // the question in it.
    Effect::new({
        let section_id = section.id.clone();
        move |_| {
            let position = match one_at_a_time.then(current).flatten() {
                Some(field) => format!("{section_id}/{field}"),
                None => section_id.clone(),
            };
            editor.position.set(Some(position));
        }
    });
    let section_id = section.id.clone();
    let save_and_continue = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        let mut problems = editor
            .answers
            .with_untracked(|answers| form.section_problems(&section_id, answers, today()));
        problems.retain(|p| edits_field(editor, p.field.split('.').next().unwrap_or_default()));
        let asking = one_at_a_time.then(current).flatten();
        if let Some(asked) = &asking {
            problems.retain(|p| p.field == *asked || p.field.starts_with(&format!("{asked}.")));
        }
        if let Some(first) = problems.first() {
            focus(&format!("answer-{}", first.field.replace('.', "-")));
            return;
        }
        editor.save_now();
        let remaining = shown_fields.with_untracked(|ids| ids.len()) > question.get_untracked() + 1;
        if asking.is_some() && remaining {
            attempted.set(false);
            question.update(|q| *q += 1);
        } else {
            navigate(&step_href(editor, &next), Default::default());
        }
    };
    let counter = move || {
        one_at_a_time.then(|| {
            let total = shown_fields.with(Vec::len);
            let at = question.get().min(total.saturating_sub(1)) + 1;
            view! { <p class="question-count" id="question-count">{i18n.t(ApplicationsMsg::QuestionOf { at, total })}</p> }
        })
    };
    view! {
        <form class="section card form-section" id=format!("section-{}", section.id) on:submit=save_and_continue novalidate>
            <h2 class="section-title">{section.title.clone()}</h2>
            {counter}
            {section.intro.clone().map(|intro| view! { <p class="page-intro">{intro}</p> })}
            {section.fields.into_iter().map(|field| {
                let id = format!("answer-{}", field.id);
                let prefilled = editor.draft.with_value(|draft| draft.prefilled.contains(&field.id));
                let field_id = field.id.clone();
                let asked_elsewhere = move || one_at_a_time && current().as_deref() != Some(field_id.as_str());
                let noticed = notice_problem(editor, &field.id);
                view! {
                    <div class="question" class:question-hidden=asked_elsewhere>
                        {noticed.map(|problem| view! { <p class="form-notice form-notice-warning correction-problem">{problem}</p> })}
                        <FieldBlock field place id show_problems=attempted prefilled />
                    </div>
                }
            }).collect_view()}
            <div class="form-actions">
                <button type="submit" class="button button-primary" id="save-continue">
                    {move || i18n.t(ApplicationsMsg::SaveAndContinue)}
                </button>
                {move || (one_at_a_time && question.get() > 0).then(|| view! {
                    <button type="button" class="button button-secondary" id="previous-question"
                        on:click=move |_| question.update(|q| *q = q.saturating_sub(1))>
                        {i18n.t(ApplicationsMsg::PreviousQuestion)}
                    </button>
                })}
                <A href=step_href(editor, "") attr:class="button button-secondary" attr:id="back-to-steps">
                    {move || i18n.t(ApplicationsMsg::BackToSteps)}
                </A>
            </div>
        </form>
    }
}

/// Whether the window is phone-sized (narrower than 48rem, the layout's break).
fn is_phone() -> bool {
    window()
        .match_media("(max-width: 47.99rem)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The input of a recipient's problem at `field` (`recipient.address` → the
/// address's first select, `address-province`).
fn recipient_part(field: &str) -> &'static str {
    match field.strip_prefix("recipient.").unwrap_or(field) {
        "name" => "name",
        "mobile" => "mobile",
        _ => "address-province",
    }
}

/// Moves the keyboard to the element with `id` (the first problem).
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

#[component]
fn CheckAnswers(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    editor.position.set(Some("check".to_owned()));
    let form = StoredValue::new(editor.form());
    let correcting = editor.draft.with_value(|d| d.correcting.is_some());
    let problems = Memo::new(move |_| {
        let answers = editor.answers.get();
        let mut problems = form.with_value(|form| form.check(&answers, today()));
        problems.retain(|p| edits_field(editor, p.field.split('.').next().unwrap_or_default()));
        problems
    });
    // Submitting was tried: the recipient's problems show beside its fields.
    let attempted = RwSignal::new(false);
    let delivery_option = move |value: Delivery, label: ApplicationsMsg, id: &'static str| {
        view! {
            <ChoiceButton class="option" id pressed=Signal::derive(move || editor.delivery.get() == Some(value))
                on_choose=move |()| editor.delivery.set(Some(value)) label />
        }
    };
    view! {
        {move || {
            let problems = problems.get();
            (!problems.is_empty()).then(|| view! {
                <section class="section card problem-summary" id="problem-summary" role="alert">
                    <h2 class="section-title">{move || i18n.t(ApplicationsMsg::AnswersNeedWork)}</h2>
                    <ul class="problem-list">
                        {problems.into_iter().map(|problem| {
                            let href = problem_href(editor, &problem.field);
                            view! { <li><A href=href>{problem.message}</A></li> }
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}
        {form.with_value(|form| form.sections.clone()).into_iter().filter_map(|mut section| {
            section.fields.retain(|field| edits_field(editor, &field.id));
            (!section.fields.is_empty()).then_some(section)
        }).map(|section| view! {
            <section class="section card answers" id=format!("answers-{}", section.id)>
                <div class="section-head">
                    <h2 class="section-title">{section.title.clone()}</h2>
                    <A href=step_href(editor, &section.id) attr:class="section-link">{move || i18n.t(CommonMsg::Change)}</A>
                </div>
                <dl class="answer-list">
                    {section.fields.into_iter().map(|field| view! { <AnswerRow field editor /> }).collect_view()}
                </dl>
            </section>
        }).collect_view()}
        {(!correcting).then(|| view! {
            <section class="section card" id="delivery">
                <h2 class="section-title">{move || i18n.t(ApplicationsMsg::DeliveryChoice)}</h2>
                <div class="options" role="group">
                    {delivery_option(Delivery::PickUp, ApplicationsMsg::PickUp, "delivery-pick-up")}
                    {delivery_option(Delivery::Ems, ApplicationsMsg::ByEms, "delivery-ems")}
                </div>
                {move || (editor.delivery.get() == Some(Delivery::Ems)).then(|| view! { <EmsRecipient editor attempted /> })}
            </section>
        })}
        {if correcting {
            view! { <CorrectionBar editor problems /> }.into_any()
        } else {
            view! { <SubmitBar editor problems attempted /> }.into_any()
        }}
    }
}

/// Submitting: possible once pre-review on the device finds nothing and the
/// delivery is chosen; the button stays disabled while the hall answers, and a
/// second tap would be answered with the same application anyway. A recipient
/// with problems (EMS) is not sent: `attempted` shows them beside its fields.
#[component]
fn SubmitBar(
    editor: Editor,
    problems: Memo<Vec<banshi_api::FieldError>>,
    attempted: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let progress = RwSignal::new(None::<UploadProgress>);
    let submit = Action::new_local(move |(): &()| {
        let id = editor.draft.with_value(|draft| draft.id.clone());
        async move {
            // What is on screen goes to the device first, then to the hall.
            editor.flush().await;
            let answer = commands::draft_submit(id, move |p| progress.set(Some(p))).await;
            progress.set(None);
            answer
        }
    });
    let uploading = move || {
        progress.get().filter(|p| p.total > 0).map(|p| {
            let percent = (p.sent.min(p.total) * 100 / p.total) as u32;
            view! {
                <div class="upload-progress" id="upload-progress" role="progressbar"
                    aria-valuemin="0" aria-valuemax="100" aria-valuenow=percent.to_string()>
                    <p class="upload-progress-label">{move || i18n.t(ApplicationsMsg::UploadingMaterials(percent))}</p>
                    <div class="progress-track"><div class="progress-fill" style=format!("width: {percent}%")></div></div>
                </div>
            }
        })
    };
    let hall_problems = move |fields: Vec<banshi_api::FieldError>| {
        (!fields.is_empty()).then(|| {
            let items = fields
                .into_iter()
                .map(|problem| {
                    let href = problem_href(editor, &problem.field);
                    view! { <li><A href=href>{problem.message}</A></li> }
                })
                .collect_view();
            view! { <ul class="problem-list" id="hall-problems">{items}</ul> }
        })
    };
    let ready = move || problems.with(Vec::is_empty) && editor.delivery.get().is_some();
    view! {
        {move || match submit.value().get() {
            Some(Ok(application)) => view! { <Submitted application /> }.into_any(),
            other => view! {
                {other.and_then(Result::err).map(|error| view! {
                    <div class="form-notice form-notice-error" id="submit-problem" role="alert">
                        <p>{error.message.clone()}</p>
                        {hall_problems(error.fields.clone())}
                    </div>
                })}
                {uploading}
                {move || editor.delivery.get().is_none().then(|| view! {
                    <p class="form-notice form-notice-warning">{move || i18n.t(ApplicationsMsg::ChooseDelivery)}</p>
                })}
                <button
                    type="button"
                    class="button button-primary button-block"
                    id="submit"
                    disabled=move || !ready() || submit.pending().get()
                    on:click=move |_| {
                        attempted.set(true);
                        let by_ems = editor.delivery.get_untracked() == Some(Delivery::Ems);
                        match draft_recipient_problems(editor).first().filter(|_| by_ems) {
                            Some(first) => focus(&format!("{RECIPIENT_ID}-{}", recipient_part(&first.field))),
                            None => { submit.dispatch(()); }
                        }
                    }
                >
                    {move || i18n.t(if submit.pending().get() { ApplicationsMsg::Submitting } else { ApplicationsMsg::Submit })}
                </button>
            }.into_any(),
        }}
    }
}

/// Handing in a correction: the listed items' pages uploaded, then the items
/// sent; a retry is the same correction. Back to the application once the
/// hall has it.
#[component]
fn CorrectionBar(editor: Editor, problems: Memo<Vec<banshi_api::FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let progress = RwSignal::new(None::<UploadProgress>);
    let submit = Action::new_local(move |(): &()| {
        let id = editor.draft.with_value(|draft| draft.id.clone());
        async move {
            editor.flush().await;
            let answer = commands::correction_submit(id, move |p| progress.set(Some(p))).await;
            progress.set(None);
            answer
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(detail)) = submit.value().get() {
            navigate(
                &format!("/applications/{}", detail.application.number),
                Default::default(),
            );
        }
    });
    let hall_problems = move |fields: Vec<banshi_api::FieldError>| {
        (!fields.is_empty()).then(|| {
            let items = fields
                .into_iter()
                .map(|problem| {
                    let href = problem_href(editor, &problem.field);
                    view! { <li><A href=href>{problem.message}</A></li> }
                })
                .collect_view();
            view! { <ul class="problem-list" id="hall-problems">{items}</ul> }
        })
    };
    let percent = move || {
        progress
            .get()
            .filter(|p| p.total > 0)
            .map(|p| (p.sent.min(p.total) * 100 / p.total) as u32)
    };
    view! {
        {move || submit.value().get().and_then(Result::err).map(|error| view! {
            <div class="form-notice form-notice-error" id="submit-problem" role="alert">
                <p>{error.message.clone()}</p>
                {hall_problems(error.fields.clone())}
            </div>
        })}
        {move || percent().map(|percent| view! {
            <p class="upload-progress-label" id="upload-progress">{move || i18n.t(ApplicationsMsg::UploadingMaterials(percent))}</p>
        })}
        <button
            type="button"
            class="button button-primary button-block"
            id="submit"
            disabled=move || !problems.with(Vec::is_empty) || submit.pending().get()
            on:click=move |_| { submit.dispatch(()); }
        >
            {move || i18n.t(if submit.pending().get() { ApplicationsMsg::Submitting } else { ApplicationsMsg::SubmitCorrection })}
        </button>
    }
}

/// The confirmation: the application number, the promised date, what happens next.
#[component]
fn Submitted(application: banshi_api::applications::Application) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(|_| {
        if let Some(confirmation) = document().get_element_by_id("confirmation") {
            confirmation.scroll_into_view();
        }
    });
    view! {
        <section class="section card confirmation" id="confirmation" role="status">
            <Icon icon=icondata::LuCircleCheckBig attr:class="confirmation-icon" />
            <h2 class="confirmation-title">{move || i18n.t(ApplicationsMsg::SubmittedTitle)}</h2>
            <dl class="confirmation-facts">
                <dt>{move || i18n.t(ApplicationsMsg::ApplicationNumber)}</dt>
                <dd id="application-number">{application.number.to_string()}</dd>
                <dt>{move || i18n.t(ApplicationsMsg::PromisedBy)}</dt>
                <dd>{move || i18n.t(ApplicationsMsg::PromisedDays(application.promised_days))}</dd>
            </dl>
            <p class="page-intro">{move || i18n.t(ApplicationsMsg::WhatNext)}</p>
            <A href="/me" attr:class="button button-secondary" attr:id="to-my-applications">
                {move || i18n.t(ApplicationsMsg::MyApplications)}
            </A>
        </section>
    }
}

/// One answer as the check page shows it; nothing for a hidden field.
#[component]
fn AnswerRow(field: Field, editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let answers = editor.answers.get();
        field.is_shown(&answers).then(|| {
            let text = display(
                &field,
                answers.get(&field.id),
                &i18n.t(CommonMsg::Yes),
                &i18n.t(CommonMsg::No),
            );
            let empty = text.is_empty();
            view! {
                <dt>{field.label.clone()}</dt>
                <dd class:answer-missing=empty>
                    {match (empty, field.filled_by_hall()) {
                        (true, true) => i18n.t(ApplicationsMsg::LeftToHall),
                        (true, false) => i18n.t(ApplicationsMsg::NotAnswered),
                        (false, _) => text,
                    }}
                </dd>
            }
        })
    }
}

/// An answer in words.
fn display(field: &Field, answer: Option<&Answer>, yes: &str, no: &str) -> String {
    let label_of = |value: &str| match &field.kind {
        FieldKind::Choice { options } | FieldKind::MultiChoice { options } => options
            .iter()
            .find(|option| option.value == value)
            .map_or_else(|| value.to_owned(), |option| option.label.clone()),
        _ => value.to_owned(),
    };
    match answer {
        None => String::new(),
        Some(Answer::Text(text)) => label_of(text),
        Some(Answer::Number(number)) => match &field.kind {
            FieldKind::Number {
                unit: Some(unit), ..
            } => format!("{number} {unit}"),
            _ => number.to_string(),
        },
        Some(Answer::YesNo(true)) => yes.to_owned(),
        Some(Answer::YesNo(false)) => no.to_owned(),
        Some(Answer::Chosen(values)) => values
            .iter()
            .map(|v| label_of(v))
            .collect::<Vec<_>>()
            .join("、"),
        Some(Answer::Address(address)) => address.one_line(),
        Some(Answer::Group(entries)) => entries
            .iter()
            .map(|entry: &Answers| {
                entry
                    .values()
                    .filter_map(|answer| match answer {
                        Answer::Text(text) => Some(text.clone()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join("；"),
    }
}
