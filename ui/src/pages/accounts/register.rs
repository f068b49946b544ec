//! 实名注册: name, resident ID, mobile and password, each checked as the user
//! types by the same parsers the hall runs; then the code the hall texts to the
//! mobile number, and straight into the new account. The hall answers alike
//! whether or not the number is registered; the text says which.

use banshi_api::ApiError;
use banshi_api::accounts::{RegisterRequest, RegistrationStarted};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::validation::{mobile_problem, name_problem, password_problem, resident_id_problem};
use super::{AccountForm, Field, FormFoot, OtherForm, field_problem};
use crate::accounts::use_account;
use crate::commands;
use crate::i18n::{AccountsMsg, use_i18n};

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let resident_id = RwSignal::new(String::new());
    let mobile = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    // Where the code went, once the hall has texted it.
    let started = RwSignal::new(None::<RegistrationStarted>);

    // The device's check first; the hall's word on a field when the device had none.
    let check = move |local: Option<String>, field: &str| {
        local.or_else(|| failure.with(|error| field_problem(error.as_ref(), field)))
    };
    let name_check =
        Signal::derive(move || check(name_problem(i18n.locale.get(), &name.get()), "name"));
    let id_check = Signal::derive(move || {
        check(
            resident_id_problem(i18n.locale.get(), &resident_id.get()),
            "resident_id",
        )
    });
    let mobile_check =
        Signal::derive(move || check(mobile_problem(i18n.locale.get(), &mobile.get()), "mobile"));
    let password_check = Signal::derive(move || {
        check(
            password_problem(i18n.locale.get(), &password.get(), &mobile.get()),
            "password",
        )
    });

    let code_check = Signal::derive(move || {
        let typed = code.get();
        let digits = typed.trim();
        (digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| i18n.t(AccountsMsg::EnterCode))
    });

    let details = move || RegisterRequest {
        name: name.get_untracked(),
        resident_id: resident_id.get_untracked(),
        mobile: mobile.get_untracked(),
        password: password.get_untracked(),
    };
    let register =
        Action::new_local(|request: &RegisterRequest| commands::account_register(request.clone()));
    let confirm = Action::new_local(|(request, code): &(RegisterRequest, String)| {
        commands::account_confirm_registration(request.clone(), code.clone())
    });
    Effect::new(move |_| match register.value().get() {
        Some(Ok(sent)) => {
            // The code is asked for afresh: no problem shown before it is typed.
            attempted.set(false);
            started.set(Some(sent));
        }
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    Effect::new(move |_| match confirm.value().get() {
        Some(Ok(account)) => {
            state.set(account);
            navigate("/me", Default::default());
        }
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        failure.set(None);
        if started.get_untracked().is_some() {
            if code_check.get_untracked().is_none() {
                confirm.dispatch((details(), code.get_untracked().trim().to_owned()));
            }
            return;
        }
        let problems = [name_check, id_check, mobile_check, password_check];
        if problems.iter().any(|check| check.get_untracked().is_some()) {
            return;
        }
        register.dispatch(details());
    };
    let change_details = move |_| {
        started.set(None);
        failure.set(None);
        code.set(String::new());
    };

    view! {
        <AccountForm icon=icondata::LuIdCard title=AccountsMsg::RegisterTitle intro=AccountsMsg::RegisterIntro on_submit=submit>
            {move || match started.get() {
                None => view! {
                    <Field
                        id="register-name"
                        label=AccountsMsg::NameLabel
                        value=name
                        problem=name_check
                        show_problems=attempted
                        autocomplete="name"
                    />
                    <Field
                        id="register-id"
                        label=AccountsMsg::ResidentIdLabel
                        value=resident_id
                        problem=id_check
                        show_problems=attempted
                    />
                    <Field
                        id="register-mobile"
                        label=AccountsMsg::MobileLabel
                        value=mobile
                        problem=mobile_check
                        show_problems=attempted
                        kind="tel"
                        inputmode="numeric"
                        autocomplete="tel"
                    />
                    <Field
                        id="register-password"
                        label=AccountsMsg::PasswordLabel
                        value=password
                        problem=password_check
                        show_problems=attempted
                        kind="password"
                        autocomplete="new-password"
                        hint=AccountsMsg::PasswordRule
                    />
                    <FormFoot
                        id="register"
                        failure
                        pending=register.pending()
                        action=AccountsMsg::Register
                        other=OtherForm::Login
                    />
                }.into_any(),
                Some(sent) => view! {
                    <p class="form-notice form-notice-success" id="register-code-sent" role="status">
                        {move || format!("{} {}", i18n.t(AccountsMsg::TextSentTo), sent.mobile)}
                    </p>
                    <p class="field-hint">{move || i18n.t(AccountsMsg::RegisterCodeHint)}</p>
                    <Field
                        id="register-code"
                        label=AccountsMsg::SmsCodeLabel
                        value=code
                        problem=code_check
                        show_problems=attempted
                        inputmode="numeric"
                        autocomplete="one-time-code"
                    />
                    <button
                        type="button"
                        class="button button-secondary button-block"
                        id="register-change"
                        on:click=change_details
                    >
                        {move || i18n.t(AccountsMsg::ChangeDetails)}
                    </button>
                    <FormFoot
                        id="register-confirm"
                        failure
                        pending=confirm.pending()
                        action=AccountsMsg::FinishRegistration
                        other=OtherForm::Login
                    />
                }.into_any(),
            }}
        </AccountForm>
    }
}
