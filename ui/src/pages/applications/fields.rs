//! One input per field kind, drawn from the form's data: text, long text,
//! numbers, dates, choices, yes/no, ID and code numbers, mobiles, addresses and
//! repeatable groups. Each shows its problem (from `banshi_api::forms`) once the
//! user has left it or tried to continue, and keeps whatever was typed, valid
//! or not.

use banshi_api::forms::{Address, Answer, Answers, Choice, Field, FieldKind, PrefillKey};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::accounts::use_account;
use crate::clock::today;
use crate::components::address_input::address_input;
use crate::components::choice_button::ChoiceButton;
use crate::i18n::{ApplicationsMsg, CommonMsg, use_i18n};

/// Where a field's answer lives: read it from `scope`, write it with `set`.
#[derive(Clone, Copy)]
pub struct Slot {
    /// The answers beside the field (the form's, or a group entry's).
    pub scope: Signal<Answers>,
    pub set: Callback<(String, Option<Answer>)>,
}

/// A field, shown only while its condition holds.
#[component]
pub fn FieldBlock(
    field: Field,
    place: Slot,
    /// The element id prefix for this field, unique on the page.
    id: String,
    #[prop(into)] show_problems: Signal<bool>,
    /// Whether the device filled this in from the identity.
    #[prop(optional)]
    prefilled: bool,
) -> impl IntoView {
    let shown = Memo::new({
        let field = field.clone();
        move |_| field.is_shown(&place.scope.get())
    });
    move || {
        shown.get().then(|| {
            view! { <FieldInput field=field.clone() place id=id.clone() show_problems prefilled /> }
        })
    }
}

#[component]
fn FieldInput(
    field: Field,
    place: Slot,
    id: String,
    show_problems: Signal<bool>,
    prefilled: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let field_id = field.id.clone();
    let answer = Memo::new(move |_| place.scope.with(|scope| scope.get(&field_id).cloned()));
    let left = RwSignal::new(false);
    let problem = Memo::new({
        let field = field.clone();
        move |_| {
            let answer = answer.get();
            place
                .scope
                .with(|scope| field.problem(answer.as_ref(), scope, today()))
        }
    });
    let shown_problem = move || {
        (left.get() || show_problems.get())
            .then(|| problem.get())
            .flatten()
    };
    let set = {
        let field_id = field.id.clone();
        Callback::new(move |value: Option<Answer>| {
            place.set.run((field_id.clone(), value));
        })
    };
    let problem_id = format!("{id}-problem");
    // The ID or mobile number on file, masked: left blank, the hall uses it.
    let hall_fills = field.filled_by_hall().then(|| {
        use_account().account.with_untracked(|account| {
            account
                .as_ref()
                .map_or_else(String::new, |account| match field.prefill {
                    Some(PrefillKey::ResidentId) => account.profile.resident_id.clone(),
                    _ => account.profile.mobile.clone(),
                })
        })
    });
    let input = input_for(&field, &id, answer, set, left, show_problems);
    view! {
        <div
            class="field form-field"
            class:field-invalid=move || shown_problem().is_some()
            on:focusout=move |_| left.set(true)
            id=format!("{id}-field")
        >
            <label class="field-label" for=id.clone()>
                {field.label.clone()}
                {(!field.required).then(|| view! { <span class="field-optional">{move || i18n.t(ApplicationsMsg::OptionalField)}</span> })}
            </label>
            {field.hint.clone().map(|hint| view! { <p class="field-hint">{hint}</p> })}
            {prefilled.then(|| view! {
                <p class="field-prefilled">
                    <Icon icon=icondata::LuSparkles attr:class="field-prefilled-icon" />
                    {move || i18n.t(ApplicationsMsg::Prefilled)}
                </p>
            })}
            {hall_fills.map(|masked| view! {
                <p class="field-prefilled" id=format!("{id}-by-hall")>
                    <Icon icon=icondata::LuShieldCheck attr:class="field-prefilled-icon" />
                    {move || i18n.t(ApplicationsMsg::FilledByHall)}{masked}
                </p>
            })}
            {input}
            <p class="field-problem" id=problem_id role="alert">{shown_problem}</p>
        </div>
    }
}

fn text_of(answer: Option<Answer>) -> String {
    match answer {
        Some(Answer::Text(text)) => text,
        Some(Answer::Number(number)) => number.to_string(),
        _ => String::new(),
    }
}

/// Empty text is no answer.
fn text_answer(text: String) -> Option<Answer> {
    (!text.is_empty()).then_some(Answer::Text(text))
}

fn input_for(
    field: &Field,
    id: &str,
    answer: Memo<Option<Answer>>,
    set: Callback<Option<Answer>>,
    left: RwSignal<bool>,
    show_problems: Signal<bool>,
) -> AnyView {
    let id = id.to_owned();
    match &field.kind {
        FieldKind::Text | FieldKind::ResidentId | FieldKind::CreditCode | FieldKind::Mobile => {
            let inputmode = if field.kind == FieldKind::Mobile { "tel" } else { "text" };
            view! {
                <input
                    class="field-input"
                    id=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    prop:value=move || text_of(answer.get())
                    on:input=move |ev| set.run(text_answer(event_target_value(&ev)))
                />
            }
            .into_any()
        }
        FieldKind::LongText => view! {
            <textarea
                class="field-input field-textarea"
                id=id
                rows="4"
                prop:value=move || text_of(answer.get())
                on:input=move |ev| set.run(text_answer(event_target_value(&ev)))
            ></textarea>
        }
        .into_any(),
        FieldKind::Number { unit, .. } => {
            let unit = unit.clone();
            view! {
                <div class="field-row">
                    <input
                        class="field-input"
                        id=id
                        type="text"
                        inputmode="decimal"
                        prop:value=move || text_of(answer.get())
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            // What is not a number is kept as typed, and said to be wrong.
                            set.run(match text.trim().parse::<f64>() {
                                Ok(number) => Some(Answer::Number(number)),
                                Err(_) => text_answer(text),
                            });
                        }
                    />
                    {unit.map(|unit| view! { <span class="field-unit">{unit}</span> })}
                </div>
            }
            .into_any()
        }
        FieldKind::Date => view! {
            <input
                class="field-input"
                id=id
                type="date"
                prop:value=move || text_of(answer.get())
                on:input=move |ev| set.run(text_answer(event_target_value(&ev)))
                on:change=move |_| left.set(true)
            />
        }
        .into_any(),
        FieldKind::Choice { options } => choice_input(&id, options.clone(), answer, set),
        FieldKind::MultiChoice { options } => multi_choice_input(&id, options.clone(), answer, set),
        FieldKind::YesNo => yes_no_input(&id, answer, set),
        FieldKind::Address => {
            let value = Signal::derive(move || match answer.get() {
                Some(Answer::Address(address)) => address,
                _ => Address::default(),
            });
            let on_change = Callback::new(move |address: Address| {
                let blank = Answer::Address(address.clone()).is_blank();
                set.run((!blank).then_some(Answer::Address(address)));
            });
            address_input(&id, value, on_change)
        }
        FieldKind::Group {
            fields, item_label, ..
        } => view! {
            <GroupInput id=id fields=fields.clone() item_label=item_label.clone() answer set show_problems />
        }
        .into_any(),
    }
}

fn choice_input(
    id: &str,
    options: Vec<Choice>,
    answer: Memo<Option<Answer>>,
    set: Callback<Option<Answer>>,
) -> AnyView {
    let i18n = use_i18n();
    let chosen = move || match answer.get() {
        Some(Answer::Text(value)) => value,
        _ => String::new(),
    };
    if options.len() <= 4 {
        let buttons = options
            .into_iter()
            .enumerate()
            .map(|(index, option)| {
                let value = option.value.clone();
                let is_chosen = move || chosen() == value;
                let value = option.value.clone();
                view! {
                    <button
                        type="button"
                        class="option"
                        id=format!("{id}-{index}")
                        aria-pressed=move || is_chosen().to_string()
                        on:click=move |_| set.run(Some(Answer::Text(value.clone())))
                    >
                        {option.label}
                    </button>
                }
            })
            .collect_view();
        return view! { <div class="options" role="group" id=id.to_owned()>{buttons}</div> }
            .into_any();
    }
    view! {
        <select
            class="field-input"
            id=id.to_owned()
            prop:value=chosen
            on:change=move |ev| set.run(text_answer(event_target_value(&ev)))
        >
            <option value="">{move || i18n.t(ApplicationsMsg::ChooseOne)}</option>
            {options.into_iter().map(|option| view! { <option value=option.value>{option.label}</option> }).collect_view()}
        </select>
    }
    .into_any()
}

fn multi_choice_input(
    id: &str,
    options: Vec<Choice>,
    answer: Memo<Option<Answer>>,
    set: Callback<Option<Answer>>,
) -> AnyView {
    let chosen = move || match answer.get() {
        Some(Answer::Chosen(values)) => values,
        _ => Vec::new(),
    };
    let boxes = options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let value = option.value.clone();
            let checked = move || chosen().contains(&value);
            let value = option.value.clone();
            view! {
                <label class="check-option">
                    <input
                        type="checkbox"
                        id=format!("{id}-{index}")
                        prop:checked=checked
                        on:change=move |ev| {
                            let mut values = chosen();
                            values.retain(|v| v != &value);
                            if event_target_checked(&ev) {
                                values.push(value.clone());
                            }
                            set.run((!values.is_empty()).then_some(Answer::Chosen(values)));
                        }
                    />
                    <span>{option.label}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="check-options" id=id.to_owned()>{boxes}</div> }.into_any()
}

fn yes_no_input(id: &str, answer: Memo<Option<Answer>>, set: Callback<Option<Answer>>) -> AnyView {
    let button = move |value: bool, label: CommonMsg, suffix: &str| {
        view! {
            <ChoiceButton class="option" id=format!("{id}-{suffix}")
                pressed=Signal::derive(move || answer.get() == Some(Answer::YesNo(value)))
                on_choose=move |()| set.run(Some(Answer::YesNo(value))) label />
        }
    };
    view! {
        <div class="options" role="group" id=id.to_owned()>
            {button(true, CommonMsg::Yes, "yes")}
            {button(false, CommonMsg::No, "no")}
        </div>
    }
    .into_any()
}

/// The entries of a repeatable group, each with the group's fields, and a way to
/// add and remove entries.
#[component]
fn GroupInput(
    id: String,
    fields: Vec<Field>,
    item_label: String,
    answer: Memo<Option<Answer>>,
    set: Callback<Option<Answer>>,
    show_problems: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let entries = move || match answer.get() {
        Some(Answer::Group(entries)) => entries,
        _ => Vec::new(),
    };
    // Redraw the list only when entries come or go, never while typing in one.
    let count = Memo::new(move |_| entries().len());
    let write = move |entries: Vec<Answers>| {
        set.run((!entries.is_empty()).then_some(Answer::Group(entries)));
    };
    let add = move |_| {
        let mut all = entries();
        all.push(Answers::new());
        write(all);
    };
    let fields = StoredValue::new(fields);
    let item_label = StoredValue::new(item_label);
    let id = StoredValue::new(id);
    view! {
        <div class="group-input">
            {move || (0..count.get()).map(|index| {
                let scope = Signal::derive(move || entries().get(index).cloned().unwrap_or_default());
                let place = Slot {
                    scope,
                    set: Callback::new(move |(field, value): (String, Option<Answer>)| {
                        let mut all = entries();
                        if let Some(entry) = all.get_mut(index) {
                            match value {
                                Some(value) => { entry.insert(field, value); }
                                None => { entry.remove(&field); }
                            }
                        }
                        write(all);
                    }),
                };
                let remove = move |_| {
                    let mut all = entries();
                    if index < all.len() {
                        all.remove(index);
                    }
                    write(all);
                };
                view! {
                    <fieldset class="group-entry">
                        <legend class="group-entry-title">
                            {format!("{} {}", item_label.get_value(), index + 1)}
                        </legend>
                        {fields.get_value().into_iter().map(|field| {
                            let field_id = format!("{}-{index}-{}", id.get_value(), field.id);
                            view! { <FieldBlock field place id=field_id show_problems /> }
                        }).collect_view()}
                        <button type="button" class="button button-secondary button-small" on:click=remove>
                            <Icon icon=icondata::LuTrash2 attr:class="button-icon" />
                            {move || i18n.t(CommonMsg::Remove)}
                        </button>
                    </fieldset>
                }
            }).collect_view()}
            <button type="button" class="button button-secondary" id=format!("{}-add", id.get_value()) on:click=add>
                <Icon icon=icondata::LuPlus attr:class="button-icon" />
                {move || format!("{}{}", i18n.t(ApplicationsMsg::AddEntry), item_label.get_value())}
            </button>
        </div>
    }
}
