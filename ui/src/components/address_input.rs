//! The address cascade, shared by forms and the address on file: a province,
//! then one of its cities, then one of that city's districts (from
//! `banshi_api::divisions`), then the street.

use banshi_api::divisions;
use banshi_api::forms::Address;
use leptos::prelude::*;

use crate::i18n::{AddressMsg, use_i18n};

/// The address cascade: a province, then one of its cities, then one of that
/// city's districts (a level with one choice only is chosen at once, as for
/// 北京市's 市辖区), then the street. Native selects, so a phone shows its own
/// picker; each level is cleared when the one above it changes.
pub fn address_input(id: &str, value: Signal<Address>, on_change: Callback<Address>) -> AnyView {
    let i18n = use_i18n();
    let current = move || value.get();
    let save = move |address: Address| on_change.run(address);
    let province = Memo::new(move |_| current().province);
    let city = Memo::new(move |_| current().city);
    let district = Memo::new(move |_| current().district);
    let level = move |suffix: &'static str,
                      label: AddressMsg,
                      prompt: AddressMsg,
                      parent: Option<Memo<String>>,
                      chosen: Memo<String>,
                      choose: fn(&mut Address, String)| {
        let parent_code = move || parent.map_or_else(String::new, |parent| parent.get());
        let ready = move || parent.is_none() || !parent_code().is_empty();
        view! {
            <select
                class="field-input"
                id=format!("{id}-{suffix}")
                aria-label=move || i18n.t(label)
                disabled=move || !ready()
                on:change=move |ev| {
                    let mut address = current();
                    choose(&mut address, event_target_value(&ev));
                    save(address);
                }
            >
                <option value="">{move || i18n.t(prompt)}</option>
                {move || {
                    let choices = if ready() { divisions::children(&parent_code()) } else { Vec::new() };
                    choices
                        .into_iter()
                        .map(|division| {
                            let code = division.code;
                            view! {
                                <option value=code prop:selected=move || chosen.get() == code>
                                    {division.name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        }
    };
    let choose_province = |address: &mut Address, code: String| {
        address.city = only_child(&code);
        address.district = only_child(&address.city);
        address.province = code;
    };
    let choose_city = |address: &mut Address, code: String| {
        address.district = only_child(&code);
        address.city = code;
    };
    view! {
        <div class="address-input">
            {level("province", AddressMsg::Province, AddressMsg::ChooseProvince, None, province, choose_province)}
            {level("city", AddressMsg::CityLabel, AddressMsg::ChooseCity, Some(province), city, choose_city)}
            {level("district", AddressMsg::District, AddressMsg::ChooseDistrict, Some(city), district, |address, code| {
                address.district = code;
            })}
            <input
                class="field-input address-detail"
                id=format!("{id}-detail")
                type="text"
                maxlength="100"
                placeholder=move || i18n.t(AddressMsg::StreetDetail)
                aria-label=move || i18n.t(AddressMsg::StreetDetail)
                prop:value=move || current().detail
                on:input=move |ev| {
                    let mut address = current();
                    address.detail = event_target_value(&ev);
                    save(address);
                }
            />
        </div>
    }
    .into_any()
}

/// The only division below `parent`, if it has exactly one; else none chosen.
fn only_child(parent: &str) -> String {
    match divisions::children(parent).as_slice() {
        [only] => only.code.to_owned(),
        _ => String::new(),
    }
}
