//! Logging in and registering: the forms, their as-you-type checks, and the
//! page, field and foot components they share.

mod login;
mod register;
mod validation;

use banshi_api::{ApiError, ErrorCode};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

pub use login::LoginPage;
pub use register::RegisterPage;

use crate::i18n::{AccountsMsg, CommonMsg, Locale, use_i18n};

/// A labelled text input with its problem under it. The problem shows once the
/// user leaves the field or tries to submit (`show_problems`), never while they
/// are still typing their first characters.
#[component]
fn Field(
    id: &'static str,
    label: AccountsMsg,
    value: RwSignal<String>,
    #[prop(into)] problem: Signal<Option<String>>,
    #[prop(into)] show_problems: Signal<bool>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = "text")] inputmode: &'static str,
    #[prop(optional)] hint: Option<AccountsMsg>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let left = RwSignal::new(false);
    let shown = move || {
        (left.get() || show_problems.get())
            .then(|| problem.get())
            .flatten()
    };
    let problem_id = format!("{id}-problem");
    view! {
        <div class="field" class:field-invalid=move || shown().is_some()>
            <label class="field-label" for=id>{move || i18n.t(label)}</label>
            <div class="field-row">
                <input
                    class="field-input"
                    id=id
                    type=kind
                    inputmode=inputmode
                    autocomplete=autocomplete
                    aria-invalid=move || shown().is_some().to_string()
                    aria-describedby=problem_id.clone()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:blur=move |_| left.set(!value.get_untracked().is_empty())
                />
                {children.map(|children| children())}
            </div>
            {hint.map(|hint| view! { <p class="field-hint">{move || i18n.t(hint)}</p> })}
            <p class="field-problem" id=problem_id role="alert">{shown}</p>
        </div>
    }
}

/// The page of an account form: its icon, title and introduction over the
/// fields, sent by `on_submit`.
#[component]
fn AccountForm(
    icon: icondata::Icon,
    title: AccountsMsg,
    intro: AccountsMsg,
    on_submit: impl FnMut(SubmitEvent) + 'static,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page page-account">
            <form class="card account-form" on:submit=on_submit novalidate>
                <header class="account-head">
                    <Icon icon attr:class="account-head-icon" />
                    <h1 class="page-title">{move || i18n.t(title)}</h1>
                    <p class="page-intro">{move || i18n.t(intro)}</p>
                </header>
                {children()}
            </form>
        </div>
    }
}

/// The account form a form's foot leads to, for who came to the wrong one.
#[derive(Clone, Copy)]
enum OtherForm {
    Login,
    Register,
}

impl OtherForm {
    /// The question asked, the form's address, the link's words and its id.
    fn link(self) -> (AccountsMsg, &'static str, AccountsMsg, &'static str) {
        match self {
            OtherForm::Login => (
                AccountsMsg::HaveAccount,
                "/login",
                AccountsMsg::LogIn,
                "to-login",
            ),
            OtherForm::Register => (
                AccountsMsg::NoAccountYet,
                "/register",
                AccountsMsg::RegisterNow,
                "to-register",
            ),
        }
    }
}

/// The foot of an account form: what the hall refused, the submit button (busy
/// while the request is out), and the way to the other form.
#[component]
fn FormFoot(
    /// `login` or `register`: names the problem (`…-problem`) and the button (`…-submit`).
    id: &'static str,
    #[prop(into)] failure: Signal<Option<ApiError>>,
    #[prop(into)] pending: Signal<bool>,
    /// What the submit button does.
    action: AccountsMsg,
    /// Where the link under the button leads.
    other: OtherForm,
) -> impl IntoView {
    let i18n = use_i18n();
    let (question, other_href, other_label, other_id) = other.link();
    view! {
        {move || failure.get().map(|error| view! {
            <p class="form-notice form-notice-error" id=format!("{id}-problem") role="alert">
                {move || request_problem(i18n.locale.get(), &error)}
            </p>
        })}
        <button
            type="submit"
            class="button button-primary button-block"
            id=format!("{id}-submit")
            disabled=move || pending.get()
        >
            {move || if pending.get() { i18n.t(CommonMsg::Working) } else { i18n.t(action) }}
        </button>
        <p class="account-switch">
            {move || i18n.t(question)}
            <A href=other_href attr:id=other_id>{move || i18n.t(other_label)}</A>
        </p>
    }
}

/// What went wrong with an account request, for the notice above the form: the
/// hall's own sentence in Chinese (it names the unlock time, the taken number …),
/// its gist by error code in English.
fn request_problem(locale: Locale, error: &ApiError) -> String {
    match locale {
        Locale::ZhCn => error.message.clone(),
        Locale::En => match error.code {
            ErrorCode::Unauthorized => {
                "The mobile number, password or code is not right (codes expire after 5 minutes)"
            }
            ErrorCode::Locked => {
                "Too many wrong passwords: the account is locked for 15 minutes. Try again later or log in with an SMS code"
            }
            ErrorCode::TooManyRequests => {
                "Asked too often: please wait a while and try again (a code can be sent once a minute)"
            }
            ErrorCode::Conflict => {
                "This mobile number or ID number is already registered: please log in"
            }
            ErrorCode::BadRequest => "Please check the fields marked below",
            ErrorCode::Unavailable => {
                "The service hall cannot be reached. Check the network and try again"
            }
            ErrorCode::Forbidden
            | ErrorCode::NotFound
            | ErrorCode::KeyReused
            | ErrorCode::TooLarge
            | ErrorCode::UnsupportedType
            | ErrorCode::ChecksumMismatch
            | ErrorCode::Gone
            | ErrorCode::Internal => {
                "Something went wrong. Please try again later"
            }
        }
        .to_owned(),
    }
}

/// The hall's problem with `field`, from a refused request.
fn field_problem(error: Option<&ApiError>, field: &str) -> Option<String> {
    error?
        .fields
        .iter()
        .find(|problem| problem.field == field)
        .map(|problem| problem.message.clone())
}
