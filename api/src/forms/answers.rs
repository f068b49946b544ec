//! The answers to a form: by field id, each a JSON value whose shape the field's
//! kind decides (text, number, yes/no, chosen values, an address, or a group's
//! entries).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Answers by field id.
pub type Answers = BTreeMap<String, Answer>;

/// One answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum Answer {
    YesNo(bool),
    Number(f64),
    /// Text, a date (`YYYY-MM-DD`), a choice's value, an ID, a code or a mobile number.
    Text(String),
    /// The values chosen in a multi-choice.
    Chosen(Vec<String>),
    Address(Address),
    /// A group's entries, each with the answers to the group's fields.
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    Group(Vec<Answers>),
}

/// An address: the division from the cascade, then the street address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    pub province: String,
    pub city: String,
    pub district: String,
    /// 街道、门牌号.
    pub detail: String,
}

impl Answer {
    /// Whether the answer says nothing (blank text, nothing chosen, no entries).
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(text) => text.trim().is_empty(),
            Answer::Chosen(values) => values.is_empty(),
            Answer::Group(entries) => entries.is_empty(),
            Answer::Address(address) => {
                address.province.is_empty()
                    && address.city.is_empty()
                    && address.district.is_empty()
                    && address.detail.trim().is_empty()
            }
            Answer::YesNo(_) | Answer::Number(_) => false,
        }
    }

    /// The answer as a condition compares it: a choice's value, or `yes`/`no`.
    pub fn as_value(&self) -> Option<&str> {
        match self {
            Answer::Text(text) => Some(text),
            Answer::YesNo(true) => Some("yes"),
            Answer::YesNo(false) => Some("no"),
            _ => None,
        }
    }
}
