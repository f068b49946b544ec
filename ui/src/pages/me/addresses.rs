//! 我的 → 收货地址: the addresses a person keeps for results mailed home and
//! originals collected — listed (the default first), added, edited, deleted
//! and made the default, each checked on the device as the hall checks it.

use banshi_api::delivery::{AddressRequest, Recipient, SavedAddress};
use banshi_api::{ApiError, ErrorCode, FieldError};
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::commands;
use crate::components::login_invite::LoginInvite;
use crate::components::recipient_input::{RecipientInput, RecipientLines, recipient_problems};
use crate::components::status::{Empty, ErrorNotice, Loading};
use crate::i18n::{CommonMsg, DeliveryMsg, MeMsg, use_i18n};

/// A link to the page from 我的.
#[component]
pub fn AddressesLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="section card" id="addresses-link">
            <A href="/me/addresses" attr:class="link-row" attr:id="to-addresses">
                <Icon icon=icondata::LuMapPinned attr:class="link-row-lead" />
                <span class="link-row-text">
                    <span class="link-row-title">{move || i18n.t(DeliveryMsg::Addresses)}</span>
                    <span class="link-row-meta">{move || i18n.t(DeliveryMsg::AddressesHint)}</span>
                </span>
                <Icon icon=icondata::LuChevronRight attr:class="link-row-icon" />
            </A>
        </section>
    }
}

#[component]
pub fn AddressesPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = LocalResource::new(commands::addresses_list);
    // `None`: no form open; `Some(None)`: a new address; `Some(Some(id))`: editing it.
    let editing = RwSignal::new(None::<Option<String>>);
    let reload = Callback::new(move |()| {
        editing.set(None);
        list.refetch();
    });
    view! {
        <div class="page page-addresses">
            <header class="page-head">
                <A href="/me" attr:class="back-link" attr:id="back-to-me">
                    <Icon icon=icondata::LuArrowLeft attr:class="button-icon" />
                    {move || i18n.t(MeMsg::MeTitle)}
                </A>
                <h1 class="page-title" id="addresses-title">{move || i18n.t(DeliveryMsg::Addresses)}</h1>
                <p class="page-intro">{move || i18n.t(DeliveryMsg::AddressesHint)}</p>
            </header>
            <Transition fallback=|| view! { <Loading rows=3 /> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(addresses) => view! { <AddressList addresses editing reload /> }.into_any(),
                        Err(error) if error.code == ErrorCode::Unauthorized => view! {
                            <LoginInvite why=DeliveryMsg::LoginForAddresses back_to="/me/addresses".to_owned() id="login-for-addresses" />
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error on_retry=move |()| list.refetch() /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn AddressList(
    addresses: Vec<SavedAddress>,
    editing: RwSignal<Option<Option<String>>>,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let first = addresses.is_empty();
    let rows = addresses
        .into_iter()
        .enumerate()
        .map(|(k, address)| view! { <AddressRow address index=k editing reload /> })
        .collect_view();
    view! {
        {first.then(|| view! { <Empty title=DeliveryMsg::NoAddresses hint=DeliveryMsg::NoAddressesHint /> })}
        <ul class="address-list" id="address-list">{rows}</ul>
        {move || match editing.get() {
            Some(None) => view! {
                <section class="section card" id="new-address">
                    <h2 class="section-title">{move || i18n.t(DeliveryMsg::NewAddress)}</h2>
                    <AddressForm id="new-address" start=Recipient::default() saved=None first editing reload />
                </section>
            }.into_any(),
            _ => view! {
                <div class="section">
                    <button type="button" class="button button-primary button-block" id="add-address"
                        on:click=move |_| editing.set(Some(None))>
                        <Icon icon=icondata::LuPlus attr:class="button-icon" />
                        {move || i18n.t(DeliveryMsg::NewAddress)}
                    </button>
                </div>
            }.into_any(),
        }}
    }
}

#[component]
fn AddressRow(
    address: SavedAddress,
    index: usize,
    editing: RwSignal<Option<Option<String>>>,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = address.id.clone();
    let key = id.to_string();
    let confirming = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let is_default = address.default;
    let recipient = address.recipient.clone();
    let make_default = Action::new_local({
        let (id, recipient) = (id.clone(), recipient.clone());
        move |(): &()| {
            let request = AddressRequest {
                recipient: recipient.clone(),
                default: true,
            };
            commands::address_update(id.clone(), request)
        }
    });
    let delete = Action::new_local({
        let id = id.clone();
        move |(): &()| commands::address_delete(id.clone())
    });
    Effect::new(move |_| {
        let done = [
            make_default.value().get().map(|r| r.map(drop)),
            delete.value().get(),
        ];
        for answer in done.into_iter().flatten() {
            match answer {
                Ok(()) => reload.run(()),
                Err(error) => problem.set(Some(error.message)),
            }
        }
    });
    let editing_this = {
        let key = key.clone();
        move || editing.get() == Some(Some(key.clone()))
    };
    let row_id = format!("address-{index}");
    view! {
        <li class="section card address-card" id=format!("address-{index}") data-default=is_default.to_string()>
            {move || if editing_this() {
                view! {
                    <AddressForm id="edit-address" start=recipient.clone() saved=Some((id.clone(), is_default))
                        first=false editing reload />
                }.into_any()
            } else {
                let (key, row_id) = (key.clone(), row_id.clone());
                view! {
                    <div class="address-card-body">
                        <Icon icon=icondata::LuMapPin attr:class="licence-icon" />
                        <RecipientLines recipient=recipient.clone() />
                        {is_default.then(|| view! { <span class="tag tag-info address-default">{move || i18n.t(DeliveryMsg::Default)}</span> })}
                    </div>
                    <div class="form-actions address-card-actions">
                        <button type="button" class="button button-secondary button-small" id=format!("{row_id}-edit")
                            on:click=move |_| editing.set(Some(Some(key.clone())))>
                            {move || i18n.t(DeliveryMsg::EditAddress)}
                        </button>
                        {(!is_default).then(|| view! {
                            <button type="button" class="button button-secondary button-small" id=format!("{row_id}-default")
                                disabled=move || make_default.pending().get()
                                on:click=move |_| { make_default.dispatch(()); }>
                                {move || i18n.t(DeliveryMsg::SetDefault)}
                            </button>
                        })}
                        <button type="button" class="button button-secondary button-small" id=format!("{row_id}-delete")
                            on:click=move |_| confirming.set(true)>
                            {move || i18n.t(DeliveryMsg::DeleteAddress)}
                        </button>
                    </div>
                }.into_any()
            }}
            {move || problem.get().map(|message| view! { <p class="form-notice form-notice-error" role="alert">{message}</p> })}
            {move || confirming.get().then(|| view! {
                <div class="dialog-backdrop">
                    <div class="dialog card" role="alertdialog" aria-modal="true" id="delete-address-dialog"
                        aria-labelledby="delete-address-text">
                        <p class="dialog-text" id="delete-address-text">{move || i18n.t(DeliveryMsg::DeleteConfirm)}</p>
                        <div class="form-actions">
                            <button type="button" class="button button-danger" id="delete-address-confirm"
                                disabled=move || delete.pending().get()
                                on:click=move |_| { delete.dispatch(()); }>
                                {move || i18n.t(DeliveryMsg::DeleteAddress)}
                            </button>
                            <button type="button" class="button button-secondary" id="delete-address-cancel"
                                on:click=move |_| confirming.set(false)>
                                {move || i18n.t(CommonMsg::Cancel)}
                            </button>
                        </div>
                    </div>
                </div>
            })}
        </li>
    }
}

/// Adding (`saved` none) or editing an address; `first`: the person has
/// none yet, so this one is the default whatever is ticked.
#[component]
fn AddressForm(
    id: &'static str,
    start: Recipient,
    saved: Option<(banshi_api::ids::AddressId, bool)>,
    first: bool,
    editing: RwSignal<Option<Option<String>>>,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let was_default = saved.as_ref().is_some_and(|(_, default)| *default);
    let typed = RwSignal::new(start);
    let make_default = RwSignal::new(first || was_default);
    let attempted = RwSignal::new(false);
    let refused = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |(): &()| {
        let request = AddressRequest {
            recipient: typed.get_untracked(),
            default: make_default.get_untracked(),
        };
        let saved = saved.clone();
        async move {
            match saved {
                Some((id, _)) => commands::address_update(id, request).await.map(drop),
                None => commands::address_add(request).await.map(drop),
            }
        }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(())) => reload.run(()),
        Some(Err(error)) => refused.set(Some(error)),
        None => {}
    });
    // The device's check once the user tried to save, and whatever the hall said.
    let problems = Signal::derive(move || {
        let mut problems: Vec<FieldError> = if attempted.get() {
            typed.with(recipient_problems)
        } else {
            Vec::new()
        };
        if let Some(error) = refused.get() {
            problems.extend(error.fields);
        }
        problems
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        refused.set(None);
        if typed.with_untracked(recipient_problems).is_empty() {
            save.dispatch(());
        }
    };
    view! {
        <form class="address-form" id=format!("{id}-form") on:submit=submit novalidate>
            <RecipientInput id value=typed on_change=Callback::new(move |r| {
                refused.set(None);
                typed.set(r);
            }) problems />
            {(!was_default && !first).then(|| view! {
                <label class="setting address-make-default">
                    <span class="setting-label">{move || i18n.t(DeliveryMsg::MakeDefault)}</span>
                    <input type="checkbox" class="switch" id=format!("{id}-default") role="switch"
                        prop:checked=move || make_default.get()
                        on:change=move |ev| make_default.set(event_target_checked(&ev)) />
                </label>
            })}
            {move || refused.get().filter(|error| error.fields.is_empty()).map(|error| view! {
                <p class="form-notice form-notice-error" id=format!("{id}-problem") role="alert">{error.message}</p>
            })}
            <div class="form-actions">
                <button type="submit" class="button button-primary" id=format!("{id}-save")
                    disabled=move || save.pending().get()>
                    {move || i18n.t(DeliveryMsg::Save)}
                </button>
                <button type="button" class="button button-secondary" id=format!("{id}-cancel")
                    on:click=move |_| editing.set(None)>
                    {move || i18n.t(CommonMsg::Cancel)}
                </button>
            </div>
        </form>
    }
}
