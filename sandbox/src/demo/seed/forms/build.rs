//! A small vocabulary for writing forms by hand: one function per field kind,
//! and builder methods for what is not the default (optional, a hint, a rule, a
//! condition, a prefill).

use banshi_api::forms::{Choice, Condition, Field, FieldKind, PrefillKey, Rule, Section};

pub(super) fn section(id: &str, title: &str, fields: Vec<Field>) -> Section {
    Section {
        id: id.into(),
        title: title.into(),
        intro: None,
        fields,
    }
}

fn field(id: &str, label: &str, kind: FieldKind) -> Field {
    Field {
        id: id.into(),
        label: label.into(),
        hint: None,
        kind,
        required: true,
        rules: Vec::new(),
        show_if: None,
        prefill: None,
    }
}

/// One line of text of `min..=max` characters.
pub(super) fn text(id: &str, label: &str, min: u32, max: u32) -> Field {
    field(id, label, FieldKind::Text).rule(Rule::Length {
        min: Some(min),
        max: Some(max),
    })
}

pub(super) fn long_text(id: &str, label: &str, min: u32, max: u32) -> Field {
    field(id, label, FieldKind::LongText).rule(Rule::Length {
        min: Some(min),
        max: Some(max),
    })
}

/// A whole number in `min..=max` `unit`s.
pub(super) fn count(id: &str, label: &str, unit: &str, min: f64, max: f64) -> Field {
    field(
        id,
        label,
        FieldKind::Number {
            integer: true,
            unit: Some(unit.into()),
        },
    )
    .rule(Rule::Range {
        min: Some(min),
        max: Some(max),
    })
}

/// An amount (two decimals allowed) in `min..=max` `unit`s.
pub(super) fn amount(id: &str, label: &str, unit: &str, min: f64, max: f64) -> Field {
    field(
        id,
        label,
        FieldKind::Number {
            integer: false,
            unit: Some(unit.into()),
        },
    )
    .rule(Rule::Range {
        min: Some(min),
        max: Some(max),
    })
}

pub(super) fn date(id: &str, label: &str) -> Field {
    field(id, label, FieldKind::Date)
}

pub(super) fn choice(id: &str, label: &str, options: &[&str]) -> Field {
    field(
        id,
        label,
        FieldKind::Choice {
            options: choices(options),
        },
    )
}

pub(super) fn multi_choice(id: &str, label: &str, options: &[&str]) -> Field {
    field(
        id,
        label,
        FieldKind::MultiChoice {
            options: choices(options),
        },
    )
    .rule(Rule::Length {
        min: Some(1),
        max: None,
    })
}

pub(super) fn yes_no(id: &str, label: &str) -> Field {
    field(id, label, FieldKind::YesNo)
}

pub(super) fn resident_id(id: &str, label: &str) -> Field {
    field(id, label, FieldKind::ResidentId)
}

pub(super) fn credit_code(id: &str, label: &str) -> Field {
    field(id, label, FieldKind::CreditCode)
}

pub(super) fn mobile(id: &str, label: &str) -> Field {
    field(id, label, FieldKind::Mobile)
}

pub(super) fn address(id: &str, label: &str) -> Field {
    field(id, label, FieldKind::Address)
}

/// A repeatable group of `fields`, `min..=max` entries each called `item_label`.
pub(super) fn group(
    id: &str,
    label: &str,
    item_label: &str,
    (min, max): (u32, u32),
    fields: Vec<Field>,
) -> Field {
    field(
        id,
        label,
        FieldKind::Group {
            fields,
            min,
            max,
            item_label: item_label.into(),
        },
    )
}

fn choices(options: &[&str]) -> Vec<Choice> {
    options
        .iter()
        .map(|option| Choice {
            value: (*option).into(),
            label: (*option).into(),
        })
        .collect()
}

pub(super) trait FieldExt {
    fn optional(self) -> Self;
    fn hint(self, hint: &str) -> Self;
    fn rule(self, rule: Rule) -> Self;
    fn prefill(self, key: PrefillKey) -> Self;
    /// Shown only when `field` is answered with one of `values` (`yes`/`no` for yes/no).
    fn shown_if(self, field: &str, values: &[&str]) -> Self;
    /// Shown only when the multi-choice `field` includes `value`.
    fn shown_if_includes(self, field: &str, value: &str) -> Self;
}

impl FieldExt for Field {
    fn optional(mut self) -> Self {
        self.required = false;
        self
    }

    fn hint(mut self, hint: &str) -> Self {
        self.hint = Some(hint.into());
        self
    }

    fn rule(mut self, rule: Rule) -> Self {
        self.rules.push(rule);
        self
    }

    fn prefill(mut self, key: PrefillKey) -> Self {
        self.prefill = Some(key);
        self
    }

    fn shown_if(mut self, field: &str, values: &[&str]) -> Self {
        self.show_if = Some(Condition::Equals {
            field: field.into(),
            values: values.iter().map(|value| (*value).into()).collect(),
        });
        self
    }

    fn shown_if_includes(mut self, field: &str, value: &str) -> Self {
        self.show_if = Some(Condition::Includes {
            field: field.into(),
            value: value.into(),
        });
        self
    }
}
