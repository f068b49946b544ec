//! The submission's delivery step when EMS is chosen: who receives the
//! result and where, starting from the default saved address, kept in the
//! draft as it is typed, checked as the hall checks it, and the fee the hall
//! quotes for that district (free where the item says so) before submitting.

use banshi_api::FieldError;
use banshi_api::delivery::{DeliveryFee, DeliveryKind};
use leptos::prelude::*;
use leptos_icons::Icon;

use super::editor::Editor;
use crate::commands;
use crate::components::recipient_input::{AddressPicker, recipient_problems};
use crate::i18n::{DeliveryMsg, use_i18n};

/// The id the recipient's inputs start with.
pub const RECIPIENT_ID: &str = "ems-recipient";

/// What is wrong with the draft's recipient: nothing while pickup is chosen.
pub fn draft_recipient_problems(editor: Editor) -> Vec<FieldError> {
    editor
        .recipient
        .with(|recipient| recipient_problems(&recipient.clone().unwrap_or_default()))
}

/// The recipient of the result; `attempted`: submitting was tried, so the
/// problems show.
#[component]
pub fn EmsRecipient(editor: Editor, attempted: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let code = editor.draft.with_value(|draft| draft.item_code.clone());
    let district = Memo::new(move |_| {
        editor.recipient.with(|recipient| {
            recipient
                .as_ref()
                .map(|recipient| recipient.address.district.clone())
                .unwrap_or_default()
        })
    });
    let quote = LocalResource::new(move || {
        let (item, district) = (code.clone(), district.get());
        async move {
            if district.is_empty() {
                return None;
            }
            commands::delivery_fee_quote(item, DeliveryKind::Result, district)
                .await
                .ok()
        }
    });
    let problems = Signal::derive(move || {
        if attempted.get() {
            draft_recipient_problems(editor)
        } else {
            Vec::new()
        }
    });
    let fee = move || {
        quote.get().flatten().map(|DeliveryFee { fee_fen, note }| {
            view! {
                <p class="delivery-fee" id="ems-fee" data-fee=fee_fen.to_string()>
                    <Icon icon=icondata::LuTruck attr:class="button-icon" />
                    {move || if fee_fen == 0 {
                        i18n.t(DeliveryMsg::FreeDelivery)
                    } else {
                        i18n.pick(&note, &i18n.t(DeliveryMsg::PaidToCourier(fee_fen)))
                    }}
                </p>
            }
        })
    };
    view! {
        <div class="ems-recipient" id="ems-recipient-step">
            <h3 class="subsection-title">{move || i18n.t(DeliveryMsg::Recipient)}</h3>
            <AddressPicker id=RECIPIENT_ID value=editor.recipient problems />
            {fee}
        </div>
    }
}
