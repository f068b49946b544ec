//! 邮寄 on the application page: each EMS parcel of the application — its
//! waybill, stage and tracking timeline (where, and the courier with a phone
//! to tap), followed live as the courier's notifications arrive — with its
//! address changed while it is still `ordered`; the result mailed home after
//! all when pickup was chosen (改为邮寄送达); and a courier booked to collect
//! the paper originals the guide asks for (预约上门收取原件), with the list of
//! what to hand over and a half day on a working day. Every order shows its
//! fee before it is confirmed.

use banshi_api::applications::ApplicationDetail;
use banshi_api::catalog::Medium;
use banshi_api::dates::Date;
use banshi_api::delivery::{
    CollectionWindow, DeliveryChange, DeliveryFee, DeliveryKind, DeliveryOrder, DeliveryStage,
    HalfDay, NewDelivery, Recipient, TrackingEvent,
};
use banshi_api::{ApiError, FieldError};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::clock::{date_time, today};
use crate::commands;
use crate::components::choice_button::ChoiceButton;
use crate::components::recipient_input::{AddressPicker, RecipientLines, recipient_problems};
use crate::i18n::{CommonMsg, DeliveryMsg, money, use_i18n};
use crate::notifications::use_bell;

/// How many days ahead a collection may be booked (the hall's rule).
const COLLECTION_DAYS: i64 = 14;

/// The element id of a parcel of `kind` (an application has one of each at most).
fn kind_id(kind: DeliveryKind) -> &'static str {
    match kind {
        DeliveryKind::Result => "result",
        DeliveryKind::Originals => "originals",
    }
}

/// The tag class of a stage.
fn stage_class(stage: DeliveryStage) -> &'static str {
    match stage {
        DeliveryStage::Delivered => "tag tag-success",
        DeliveryStage::Failed => "tag tag-warning",
        DeliveryStage::Ordered => "tag",
        _ => "tag tag-info",
    }
}

/// The parcels of the application and what may be ordered now; nothing when
/// there is neither.
#[component]
pub fn Parcels(detail: RwSignal<ApplicationDetail>, offline: bool) -> impl IntoView {
    let i18n = use_i18n();
    let code = detail.with_untracked(|d| d.application.item_code.clone());
    // What to hand the courier: the guide's originals on paper.
    let item = LocalResource::new(move || commands::catalog_item(code.clone()));
    let originals = Memo::new(move |_| {
        item.get()
            .and_then(Result::ok)
            .map(|item| {
                item.materials
                    .iter()
                    .filter(|m| m.original && m.medium != Medium::Electronic)
                    .map(|m| m.name.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let has =
        move |kind: DeliveryKind| detail.with(|d| d.deliveries.iter().any(|o| o.kind == kind));
    let may_mail = move || {
        !offline && detail.with(|d| d.application.status.has_result()) && !has(DeliveryKind::Result)
    };
    let may_collect = move || {
        !offline
            && detail.with(|d| !d.application.status.is_final())
            && !has(DeliveryKind::Originals)
            && originals.with(|o| !o.is_empty())
    };
    let opened = RwSignal::new(None::<DeliveryKind>);
    let ordered = Callback::new(move |order: DeliveryOrder| {
        opened.set(None);
        detail.update(|d| d.deliveries.push(order));
    });
    let offer = move |kind: DeliveryKind, label: DeliveryMsg, hint: DeliveryMsg| {
        view! {
            <div class="parcel-offer" id=format!("offer-{}", kind_id(kind))>
                {move || if opened.get() == Some(kind) {
                    let list = if kind == DeliveryKind::Originals { originals.get() } else { Vec::new() };
                    view! { <OrderForm kind detail originals=list ordered cancel=Callback::new(move |()| opened.set(None)) /> }.into_any()
                } else {
                    view! {
                        <p class="page-intro">{move || i18n.t(hint)}</p>
                        <button type="button" class="button button-secondary button-block" id=format!("open-{}", kind_id(kind))
                            on:click=move |_| opened.set(Some(kind))>
                            <Icon icon=icondata::LuTruck attr:class="button-icon" />
                            {move || i18n.t(label)}
                        </button>
                    }.into_any()
                }}
            </div>
        }
    };
    let shown = move || detail.with(|d| !d.deliveries.is_empty()) || may_mail() || may_collect();
    move || {
        shown().then(|| view! {
            <section class="section card" id="parcels">
                <h2 class="section-title">{move || i18n.t(DeliveryMsg::Parcels)}</h2>
                {move || detail.with(|d| d.deliveries.clone()).into_iter().map(|order| view! {
                    <ParcelCard order offline />
                }).collect_view()}
                {move || may_mail().then(|| offer(DeliveryKind::Result, DeliveryMsg::SwitchToEms, DeliveryMsg::SwitchToEmsHint))}
                {move || may_collect().then(|| offer(DeliveryKind::Originals, DeliveryMsg::BookCollection, DeliveryMsg::CollectionHint))}
            </section>
        })
    }
}

/// One parcel, as the hall last told it: read again whenever the bell hears
/// something (a courier's step is a notification).
#[component]
fn ParcelCard(order: DeliveryOrder, offline: bool) -> impl IntoView {
    let i18n = use_i18n();
    let bell = use_bell();
    let kind = order.kind;
    let waybill = order.waybill.clone();
    let current = RwSignal::new(order);
    let live = LocalResource::new(move || {
        bell.version.track();
        commands::delivery_get(waybill.clone())
    });
    Effect::new(move |_| {
        if let Some(Ok(order)) = live.get() {
            current.set(order);
        }
    });
    let changing = RwSignal::new(false);
    let id = kind_id(kind);
    let facts = move || {
        current.with(|order| {
            let stage = order.stage;
            let window = order.window;
            let fee = order.fee_fen;
            view! {
                <div class="parcel-head">
                    <Icon icon=icondata::LuPackage attr:class="licence-icon" />
                    <span class="parcel-kind">{move || i18n.t(DeliveryMsg::Kind(kind))}</span>
                    <span class=stage_class(stage) id=format!("parcel-{id}-stage") data-stage=format!("{stage:?}")>
                        {move || i18n.t(DeliveryMsg::Stage(kind, stage))}
                    </span>
                </div>
                <dl class="parcel-facts">
                    <dt>{move || i18n.t(DeliveryMsg::Waybill)}</dt>
                    <dd class="parcel-waybill" id=format!("parcel-{id}-waybill")>{order.waybill.to_string()}</dd>
                    <dt>{move || i18n.t(if kind == DeliveryKind::Originals { DeliveryMsg::CollectFrom } else { DeliveryMsg::Recipient })}</dt>
                    <dd><RecipientLines recipient=order.recipient.clone() /></dd>
                    {window.map(|window| view! {
                        <dt>{move || i18n.t(DeliveryMsg::CollectionTime)}</dt>
                        <dd>{window.date.to_string()}" "{move || i18n.t(DeliveryMsg::Half(window.half))}</dd>
                    })}
                    <dt>{move || i18n.t(DeliveryMsg::FeeLabel)}</dt>
                    <dd>{move || if fee == 0 { i18n.t(DeliveryMsg::FreeDelivery) } else { money(fee) }}</dd>
                </dl>
                {(!order.originals.is_empty()).then(|| view! {
                    <div class="parcel-originals">
                        <h3 class="bring-title">{move || i18n.t(DeliveryMsg::HandToCourier)}</h3>
                        <ul class="bullets" id=format!("parcel-{id}-originals")>
                            {order.originals.iter().map(|name| view! { <li>{name.clone()}</li> }).collect_view()}
                        </ul>
                    </div>
                })}
            }
        })
    };
    let may_change = move || !offline && current.with(|o| o.stage.address_may_change());
    view! {
        <article class="parcel" id=format!("parcel-{id}")>
            {facts}
            {move || may_change().then(|| if changing.get() {
                view! { <ChangeForm current changing /> }.into_any()
            } else {
                view! {
                    <button type="button" class="button button-secondary button-small" id=format!("parcel-{id}-change")
                        on:click=move |_| changing.set(true)>
                        {move || i18n.t(DeliveryMsg::ChangeAddress)}
                    </button>
                }.into_any()
            })}
            <h3 class="bring-title">{move || i18n.t(DeliveryMsg::Tracking)}</h3>
            {move || current.with(|order| tracking(kind, id, &order.events))}
        </article>
    }
}

/// The tracking events, the newest first and marked.
fn tracking(kind: DeliveryKind, id: &'static str, events: &[TrackingEvent]) -> AnyView {
    let i18n = use_i18n();
    if events.is_empty() {
        return view! { <p class="licence-meta" id=format!("parcel-{id}-no-tracking")>{move || i18n.t(DeliveryMsg::AwaitingCourier)}</p> }.into_any();
    }
    let steps = events
        .iter()
        .rev()
        .enumerate()
        .map(|(k, event)| {
            let stage = event.stage;
            let current = k == 0;
            let courier = event.courier.clone().map(|courier| {
                let tel = format!("tel:{}", courier.phone.replace([' ', '-'], ""));
                view! {
                    <p class="timeline-detail parcel-courier">
                        <span class="timeline-label">{move || i18n.t(DeliveryMsg::Courier)}{move || i18n.pick("：", ": ")}</span>
                        {courier.name.clone()}" "
                        <a class="courier-phone" href=tel>
                            <Icon icon=icondata::LuPhone attr:class="button-icon" />
                            {courier.phone.clone()}
                        </a>
                    </p>
                }
            });
            view! {
                <li class="timeline-step" class:timeline-current=current aria-current=current.then_some("step")
                    data-stage=format!("{stage:?}")>
                    <span class="timeline-dot" aria-hidden="true"></span>
                    <div class="timeline-body">
                        <p class="timeline-head">
                            <span class=stage_class(stage)>{move || i18n.t(DeliveryMsg::Stage(kind, stage))}</span>
                        </p>
                        <p class="licence-meta timeline-when">{date_time(event.at)}" · "{event.place.clone()}</p>
                        <p class="timeline-detail">{event.note.clone()}</p>
                        {courier}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="timeline parcel-tracking" id=format!("parcel-{id}-tracking")>{steps}</ol> }
        .into_any()
}

/// The problems to show beside a recipient's fields: the device's once
/// confirming was tried, and the hall's.
fn shown_problems(
    recipient: RwSignal<Option<Recipient>>,
    attempted: RwSignal<bool>,
    refused: RwSignal<Option<ApiError>>,
) -> Signal<Vec<FieldError>> {
    Signal::derive(move || {
        let mut problems = if attempted.get() {
            recipient.with(|r| recipient_problems(&r.clone().unwrap_or_default()))
        } else {
            Vec::new()
        };
        if let Some(error) = refused.get() {
            problems.extend(error.fields);
        }
        problems
    })
}

/// The hall's refusal in a sentence, unless its fields are shown beside them.
fn refusal(refused: RwSignal<Option<ApiError>>, id: String) -> impl IntoView {
    move || {
        refused.get().map(|error| {
            view! { <p class="form-notice form-notice-error" id=id.clone() role="alert">{error.message}</p> }
        })
    }
}

/// A new receiver or address for a parcel the courier does not have yet.
#[component]
fn ChangeForm(current: RwSignal<DeliveryOrder>, changing: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let id = kind_id(current.with_untracked(|o| o.kind));
    let recipient = RwSignal::new(Some(current.with_untracked(|o| o.recipient.clone())));
    let attempted = RwSignal::new(false);
    let refused = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |change: &DeliveryChange| {
        let waybill = current.with_untracked(|o| o.waybill.clone());
        commands::delivery_change_address(waybill, change.clone())
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(order)) => {
            current.set(order);
            changing.set(false);
        }
        Some(Err(error)) => refused.set(Some(error)),
        None => {}
    });
    let confirm = move |_| {
        attempted.set(true);
        refused.set(None);
        let chosen = recipient.get_untracked().unwrap_or_default();
        if recipient_problems(&chosen).is_empty() {
            save.dispatch(DeliveryChange {
                recipient: chosen,
                window: None,
            });
        }
    };
    let problems = shown_problems(recipient, attempted, refused);
    view! {
        <div class="parcel-form" id=format!("parcel-{id}-change-form")>
            <AddressPicker id="change-recipient" value=recipient problems />
            {refusal(refused, format!("parcel-{id}-change-problem"))}
            <div class="form-actions">
                <button type="button" class="button button-primary" id=format!("parcel-{id}-change-save")
                    disabled=move || save.pending().get() on:click=confirm>
                    {move || i18n.t(DeliveryMsg::Save)}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| changing.set(false)>
                    {move || i18n.t(CommonMsg::Cancel)}
                </button>
            </div>
        </div>
    }
}

/// The working days a courier may come, from tomorrow, on the halls' calendar.
fn collection_days() -> Vec<Date> {
    let from = today();
    (1..=COLLECTION_DAYS)
        .filter_map(|days| from.add_days(days))
        .filter(|date| banshi_api::calendar::is_working_day(date.days()))
        .collect()
}

/// Ordering a parcel of `kind`: the receiver (or, for a collection, the
/// sender and the half day), the fee quoted for that address, and the order.
#[component]
fn OrderForm(
    kind: DeliveryKind,
    detail: RwSignal<ApplicationDetail>,
    /// For a collection, what to hand the courier.
    originals: Vec<String>,
    ordered: Callback<DeliveryOrder>,
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = kind_id(kind);
    let number = detail.with_untracked(|d| d.application.number.clone());
    let recipient = RwSignal::new(None::<Recipient>);
    let days = collection_days();
    let date = RwSignal::new(days.first().copied());
    let half = RwSignal::new(HalfDay::Morning);
    let attempted = RwSignal::new(false);
    let refused = RwSignal::new(None::<ApiError>);
    let district = Memo::new(move |_| {
        recipient.with(|r| {
            r.as_ref()
                .map(|r| r.address.district.clone())
                .unwrap_or_default()
        })
    });
    let item = detail.with_untracked(|d| d.application.item_code.clone());
    let quote = LocalResource::new(move || {
        let (item, district) = (item.clone(), district.get());
        async move {
            if district.is_empty() {
                return None;
            }
            Some(commands::delivery_fee_quote(item, kind, district).await)
        }
    });
    let send = Action::new_local(move |request: &NewDelivery| {
        commands::delivery_order_create(request.clone())
    });
    Effect::new(move |_| match send.value().get() {
        Some(Ok(order)) => ordered.run(order),
        Some(Err(error)) => refused.set(Some(error)),
        None => {}
    });
    let fee = move || quote.get().flatten().and_then(Result::ok);
    let confirm = move |_| {
        attempted.set(true);
        refused.set(None);
        let chosen = recipient.get_untracked().unwrap_or_default();
        let Some(DeliveryFee { fee_fen, .. }) = fee() else {
            return;
        };
        if !recipient_problems(&chosen).is_empty() {
            return;
        }
        let window = (kind == DeliveryKind::Originals)
            .then(|| {
                date.get_untracked().map(|date| CollectionWindow {
                    date,
                    half: half.get_untracked(),
                })
            })
            .flatten();
        send.dispatch(NewDelivery {
            number: number.clone(),
            kind,
            recipient: chosen,
            window,
            fee_fen,
        });
    };
    let problems = shown_problems(recipient, attempted, refused);
    let window_problem = move || {
        problems.with(|p| {
            p.iter()
                .find(|p| p.field.starts_with("window"))
                .map(|p| p.message.clone())
        })
    };
    let collecting = kind == DeliveryKind::Originals;
    view! {
        <div class="parcel-form" id=format!("order-{id}")>
            {collecting.then(|| view! {
                <h3 class="bring-title">{move || i18n.t(DeliveryMsg::HandToCourier)}</h3>
                <ul class="bullets" id="order-originals-list">
                    {originals.iter().map(|name| view! { <li>{name.clone()}</li> }).collect_view()}
                </ul>
            })}
            <h3 class="bring-title">{move || i18n.t(if collecting { DeliveryMsg::CollectFrom } else { DeliveryMsg::Recipient })}</h3>
            {collecting.then(|| view! { <p class="field-hint">{move || i18n.t(DeliveryMsg::SenderHint)}</p> })}
            <AddressPicker id=if collecting { "collect-recipient" } else { "mail-recipient" } value=recipient problems />
            {collecting.then(|| view! {
                <div class="field form-field" class:field-invalid=move || window_problem().is_some() id="collection-window-field">
                    <label class="field-label" for="collection-date">{move || i18n.t(DeliveryMsg::CollectionTime)}</label>
                    <select class="field-input" id="collection-date"
                        on:change=move |ev| date.set(Date::parse(&event_target_value(&ev)).ok())>
                        {days.iter().map(|day| {
                            let day = *day;
                            view! {
                                <option value=day.to_string() prop:selected=move || date.get() == Some(day)>
                                    {day.to_string()}" "{move || i18n.weekdays(&[day.weekday()])}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                    <div class="options collection-halves" role="group">
                        {[HalfDay::Morning, HalfDay::Afternoon].into_iter().map(|h| view! {
                            <ChoiceButton class="option" id=format!("collection-{h:?}").to_lowercase()
                                pressed=Signal::derive(move || half.get() == h)
                                on_choose=move |()| half.set(h) label=DeliveryMsg::Half(h) />
                        }).collect_view()}
                    </div>
                    <p class="field-problem" id="collection-window-problem" role="alert">{window_problem}</p>
                </div>
            })}
            <p class="delivery-fee" id=format!("order-{id}-fee")>
                <Icon icon=icondata::LuTruck attr:class="button-icon" />
                <span class="delivery-fee-label">{move || i18n.t(DeliveryMsg::FeeLabel)}{move || i18n.pick("：", ": ")}</span>
                <Transition fallback=|| ()>
                    {move || quote.get().flatten().map(|answer| match answer {
                        Ok(fee) if fee.fee_fen == 0 => view! { <span data-fee="0">{move || i18n.t(DeliveryMsg::FreeDelivery)}</span> }.into_any(),
                        // In Chinese the hall's own sentence, which says when it is paid.
                        Ok(fee) => {
                            let (fen, note) = (fee.fee_fen, fee.note);
                            view! { <span data-fee=fen.to_string()>{move || i18n.pick(&note, &i18n.t(DeliveryMsg::PaidToCourier(fen)))}</span> }.into_any()
                        }
                        Err(error) => view! { <span class="field-problem" role="alert">{error.message}</span> }.into_any(),
                    })}
                </Transition>
            </p>
            {move || refused.get().filter(|e| e.fields.is_empty()).map(|error| view! {
                <p class="form-notice form-notice-error" id=format!("order-{id}-problem") role="alert">{error.message}</p>
            })}
            <div class="form-actions">
                <button type="button" class="button button-primary" id=format!("order-{id}-confirm")
                    disabled=move || send.pending().get() || fee().is_none() on:click=confirm>
                    {move || i18n.t(if send.pending().get() {
                        DeliveryMsg::Ordering
                    } else if collecting {
                        DeliveryMsg::ConfirmCollection
                    } else {
                        DeliveryMsg::ConfirmDelivery
                    })}
                </button>
                <button type="button" class="button button-secondary" id=format!("order-{id}-cancel")
                    on:click=move |_| cancel.run(())>
                    {move || i18n.t(CommonMsg::Cancel)}
                </button>
            </div>
        </div>
    }
}
