//! The receiver of a parcel (or the sender of a collection): name, mobile and
//! the address cascade, each with its problem beside it; and the picker that
//! starts from the user's saved addresses (收货地址) or takes a new one,
//! which can be saved. The delivery step, the parcel forms and 我的 →
//! 收货地址 all use these.

use banshi_api::FieldError;
use banshi_api::delivery::{AddressRequest, Recipient, SavedAddress};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;

use crate::accounts::use_account;
use crate::commands;
use crate::components::address_input::address_input;
use crate::components::status::Loading;
use crate::i18n::{DeliveryMsg, use_i18n};

/// The problem of `part` (`name`, `mobile`, `address`) among `problems`,
/// whether the hall named it `recipient.name` or `name`.
fn problem_of(problems: &[FieldError], part: &str) -> Option<String> {
    problems
        .iter()
        .find(|problem| {
            let field = problem
                .field
                .strip_prefix("recipient.")
                .unwrap_or(&problem.field);
            field.split('.').next() == Some(part)
        })
        .map(|problem| problem.message.clone())
}

/// The device's check of a recipient, the very one the hall makes.
pub fn recipient_problems(recipient: &Recipient) -> Vec<FieldError> {
    recipient.problems("recipient.")
}

/// Name, mobile and address of a recipient; the inputs' ids start with `id`.
#[component]
pub fn RecipientInput(
    id: &'static str,
    #[prop(into)] value: Signal<Recipient>,
    #[prop(into)] on_change: Callback<Recipient>,
    /// What is wrong, each shown beside its field.
    #[prop(into)]
    problems: Signal<Vec<FieldError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let edit = move |change: fn(&mut Recipient, String), text: String| {
        let mut recipient = value.get_untracked();
        change(&mut recipient, text);
        on_change.run(recipient);
    };
    let problem = move |part: &'static str| move || problems.with(|p| problem_of(p, part));
    let field = move |part: &'static str, label: DeliveryMsg, input: AnyView| {
        view! {
            <div class="field form-field" class:field-invalid=move || problem(part)().is_some()
                id=format!("{id}-{part}-field")>
                <label class="field-label" for=format!("{id}-{part}")>{move || i18n.t(label)}</label>
                {input}
                <p class="field-problem" id=format!("{id}-{part}-problem") role="alert">{problem(part)}</p>
            </div>
        }
    };
    view! {
        <div class="recipient-input">
            {field("name", DeliveryMsg::RecipientName, view! {
                <input class="field-input" id=format!("{id}-name") type="text" maxlength="30" autocomplete="name"
                    prop:value=move || value.with(|r| r.name.clone())
                    on:input=move |ev| edit(|r, text| r.name = text, event_target_value(&ev)) />
            }.into_any())}
            {field("mobile", DeliveryMsg::RecipientMobile, view! {
                <input class="field-input" id=format!("{id}-mobile") type="tel" inputmode="tel" maxlength="20"
                    autocomplete="tel"
                    prop:value=move || value.with(|r| r.mobile.clone())
                    on:input=move |ev| edit(|r, text| r.mobile = text, event_target_value(&ev)) />
            }.into_any())}
            {field("address", DeliveryMsg::RecipientAddress, address_input(
                &format!("{id}-address"),
                Signal::derive(move || value.with(|r| r.address.clone())),
                Callback::new(move |address| {
                    let mut recipient = value.get_untracked();
                    recipient.address = address;
                    on_change.run(recipient);
                }),
            ))}
        </div>
    }
}

/// A saved address in two lines: who, and where.
#[component]
pub fn RecipientLines(recipient: Recipient) -> impl IntoView {
    view! {
        <span class="recipient-lines">
            <span class="recipient-who">{recipient.name.clone()}" "{recipient.mobile.clone()}</span>
            <span class="recipient-where">{recipient.address.one_line()}</span>
        </span>
    }
}

/// Which address the picker uses.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Choice {
    Saved(String),
    New,
}

/// The receiver chosen from the saved addresses (the default at first, when
/// nothing is chosen yet) or typed as a new one, which can be saved; a new
/// one starts from the person's own name, mobile and address on file.
/// `value` is what the form sends; `problems` are shown beside the fields of
/// a new address (a saved one was checked when it was saved).
#[component]
pub fn AddressPicker(
    id: &'static str,
    value: RwSignal<Option<Recipient>>,
    #[prop(into)] problems: Signal<Vec<FieldError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account().account;
    let own = move || {
        account.with_untracked(|account| {
            account
                .as_ref()
                .map_or_else(Recipient::default, |account| Recipient {
                    name: account.profile.name.clone(),
                    mobile: account.profile.mobile.clone(),
                    address: account.profile.address.clone().unwrap_or_default(),
                })
        })
    };
    let saved = LocalResource::new(commands::addresses_list);
    let choice = RwSignal::new(None::<Choice>);
    let saving = RwSignal::new(false);
    let save_problem = RwSignal::new(None::<String>);
    // Once the list is there: the saved address the value is, the default if
    // there is no value yet, else a new one.
    Effect::new(move |_| {
        if choice.get_untracked().is_some() {
            return;
        }
        let Some(loaded) = saved.get() else {
            return;
        };
        let list = loaded.unwrap_or_default();
        let current = value.get_untracked();
        let found = match &current {
            Some(recipient) => list.iter().find(|a| a.recipient == *recipient),
            None => list.iter().find(|a| a.default),
        };
        match found {
            Some(address) => {
                value.set(Some(address.recipient.clone()));
                choice.set(Some(Choice::Saved(address.id.to_string())));
            }
            None => {
                value.set(Some(current.unwrap_or_else(own)));
                choice.set(Some(Choice::New));
            }
        }
    });
    let choose = move |address: &SavedAddress| {
        value.set(Some(address.recipient.clone()));
        choice.set(Some(Choice::Saved(address.id.to_string())));
    };
    let save_new = move |_| {
        let Some(recipient) = value.get_untracked() else {
            return;
        };
        saving.set(true);
        spawn_local(async move {
            let request = AddressRequest {
                recipient,
                default: false,
            };
            match commands::address_add(request).await {
                Ok(address) => {
                    save_problem.set(None);
                    choice.set(Some(Choice::Saved(address.id.to_string())));
                    saved.refetch();
                }
                Err(error) => save_problem.set(Some(error.message)),
            }
            saving.set(false);
        });
    };
    let options = move || {
        saved.get().map(|loaded| {
            let list = loaded.unwrap_or_default();
            list.into_iter()
                .enumerate()
                .map(|(k, address)| {
                    let key = address.id.to_string();
                    let pressed = move || choice.get() == Some(Choice::Saved(key.clone()));
                    let is_default = address.default;
                    let recipient = address.recipient.clone();
                    view! {
                        <button type="button" class="option address-option" id=format!("{id}-saved-{k}")
                            aria-pressed=move || pressed().to_string()
                            on:click=move |_| choose(&address)>
                            <RecipientLines recipient />
                            {is_default.then(|| view! { <span class="tag tag-info">{move || i18n.t(DeliveryMsg::Default)}</span> })}
                        </button>
                    }
                })
                .collect_view()
        })
    };
    let has_saved = move || {
        saved
            .get()
            .and_then(Result::ok)
            .is_some_and(|list| !list.is_empty())
    };
    let recipient = Signal::derive(move || value.get().unwrap_or_default());
    view! {
        <div class="address-picker" id=id>
            <Suspense fallback=|| view! { <Loading rows=2 /> }>
                // With nothing saved there is nothing to choose: the new address is asked at once.
                {move || has_saved().then(|| view! {
                    <div class="options address-options" role="group">
                        {options}
                        <button type="button" class="option address-option" id=format!("{id}-new")
                            aria-pressed=move || (choice.get() == Some(Choice::New)).to_string()
                            on:click=move |_| {
                                choice.set(Some(Choice::New));
                                value.set(Some(own()));
                            }>
                            <Icon icon=icondata::LuPlus attr:class="button-icon" />
                            {move || i18n.t(DeliveryMsg::UseNewAddress)}
                        </button>
                    </div>
                })}
            </Suspense>
            {move || (choice.get() == Some(Choice::New)).then(|| view! {
                <RecipientInput id value=recipient
                    on_change=Callback::new(move |r| value.set(Some(r))) problems />
                <button type="button" class="button button-secondary button-small" id=format!("{id}-save")
                    disabled=move || saving.get() || recipient.with(|r| !recipient_problems(r).is_empty())
                    on:click=save_new>
                    {move || i18n.t(DeliveryMsg::SaveToAddresses)}
                </button>
                {move || save_problem.get().map(|message| view! {
                    <p class="form-notice form-notice-error" role="alert">{message}</p>
                })}
            })}
        </div>
    }
}
