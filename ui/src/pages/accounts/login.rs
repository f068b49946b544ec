//! 登录: by password or by SMS code, then back to where the user was.

use banshi_api::ApiError;
use banshi_api::accounts::{Account, LoginRequest};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::validation::mobile_problem;
use super::{AccountForm, Field, FormFoot, OtherForm};
use crate::accounts::use_account;
use crate::commands;
use crate::components::choice_button::ChoiceButton;
use crate::i18n::{AccountsMsg, use_i18n};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    Password,
    SmsCode,
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let navigate = use_navigate();
    let query = use_query_map();
    // Only a path inside the app: never a URL someone else chose.
    let next = move || {
        query
            .get_untracked()
            .get("next")
            .filter(|next| next.starts_with('/') && !next.starts_with("//"))
            .unwrap_or_else(|| "/me".to_owned())
    };

    let method = RwSignal::new(Method::Password);
    let mobile = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    let mobile_check = Signal::derive(move || mobile_problem(i18n.locale.get(), &mobile.get()));
    let secret_check = Signal::derive(move || {
        let (value, missing) = match method.get() {
            Method::Password => (password.get(), AccountsMsg::EnterPassword),
            Method::SmsCode => (code.get(), AccountsMsg::EnterCode),
        };
        value.trim().is_empty().then(|| i18n.t(missing))
    });

    let log_in =
        Action::new_local(|request: &LoginRequest| commands::account_log_in(request.clone()));
    let send_code =
        Action::new_local(|mobile: &String| commands::account_send_sms_code(mobile.clone()));
    let failure = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| match log_in.value().get() {
        Some(Ok(account)) => {
            let account: Account = account;
            state.set(account);
            navigate(&next(), Default::default());
        }
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    Effect::new(move |_| {
        if let Some(Err(error)) = send_code.value().get() {
            failure.set(Some(error));
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        failure.set(None);
        if mobile_check.get_untracked().is_some() || secret_check.get_untracked().is_some() {
            return;
        }
        let request = match method.get_untracked() {
            Method::Password => LoginRequest {
                mobile: mobile.get_untracked(),
                password: Some(password.get_untracked()),
                sms_code: None,
            },
            Method::SmsCode => LoginRequest {
                mobile: mobile.get_untracked(),
                password: None,
                sms_code: Some(code.get_untracked()),
            },
        };
        log_in.dispatch(request);
    };
    let request_code = move |_| {
        failure.set(None);
        if mobile_check.get_untracked().is_some() {
            attempted.set(true);
            return;
        }
        send_code.dispatch(mobile.get_untracked());
    };
    let tab = move |which: Method, label: AccountsMsg, id: &'static str| {
        let choose = move || {
            method.set(which);
            failure.set(None);
        };
        view! {
            <ChoiceButton class="segment" id pressed=Signal::derive(move || method.get() == which)
                on_choose=move |()| choose() label />
        }
    };
    let code_sent = move || matches!(send_code.value().get(), Some(Ok(_)));

    view! {
        <AccountForm icon=icondata::LuShieldCheck title=AccountsMsg::LoginTitle intro=AccountsMsg::LoginIntro on_submit=submit>
            {move || state.ended.get().then(|| view! {
                <p class="form-notice form-notice-warning" id="session-ended" role="status">
                    {move || i18n.t(AccountsMsg::SessionEnded)}
                </p>
            })}
            <div class="segmented segmented-wide" role="group">
                {tab(Method::Password, AccountsMsg::PasswordTab, "login-by-password")}
                {tab(Method::SmsCode, AccountsMsg::SmsTab, "login-by-code")}
            </div>
            <Field
                id="login-mobile"
                label=AccountsMsg::MobileLabel
                value=mobile
                problem=mobile_check
                show_problems=attempted
                kind="tel"
                inputmode="numeric"
                autocomplete="username"
            />
            {move || match method.get() {
                Method::Password => view! {
                    <Field
                        id="login-password"
                        label=AccountsMsg::PasswordLabel
                        value=password
                        problem=secret_check
                        show_problems=attempted
                        kind="password"
                        autocomplete="current-password"
                    />
                }.into_any(),
                Method::SmsCode => view! {
                    <Field
                        id="login-code"
                        label=AccountsMsg::SmsCodeLabel
                        value=code
                        problem=secret_check
                        show_problems=attempted
                        inputmode="numeric"
                        autocomplete="one-time-code"
                    >
                        <button
                            type="button"
                            class="button button-secondary"
                            id="send-code"
                            disabled=move || send_code.pending().get()
                            on:click=request_code
                        >
                            {move || i18n.t(AccountsMsg::SendCode)}
                        </button>
                    </Field>
                    {move || code_sent().then(|| view! {
                        <p class="form-notice form-notice-success" id="code-sent" role="status">
                            {move || i18n.t(AccountsMsg::CodeSent)}
                        </p>
                    })}
                }.into_any(),
            }}
            <FormFoot
                id="login"
                failure
                pending=log_in.pending()
                action=AccountsMsg::LogIn
                other=OtherForm::Register
            />
        </AccountForm>
    }
}
