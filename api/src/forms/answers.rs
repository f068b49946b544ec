//! The answers to a form: by field id, each a JSON value whose shape the field's
//! kind decides (text, number, yes/no, chosen values, an address, or a group's
//! entries).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::divisions::{self, Division};

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

/// An address: the province, city and district chosen in the cascade, by their
/// division codes (see [`crate::divisions`]), then the street address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    /// 2 digits, e.g. `33` (浙江省).
    pub province: String,
    /// 4 digits, e.g. `3301` (杭州市).
    pub city: String,
    /// 6 digits, e.g. `330106` (西湖区).
    pub district: String,
    /// 街道、门牌号.
    pub detail: String,
}

/// The longest street address (街道、门牌号) an address takes, in characters.
const MAX_ADDRESS_DETAIL: usize = 100;

impl Address {
    /// What is wrong with the address called `label`, in one sentence: a
    /// part of the place not chosen, a place that is not one chain of the
    /// division table, or a street too short or too long.
    pub fn problem(&self, label: &str) -> Option<String> {
        let detail = self.detail.trim().chars().count();
        if self.province.is_empty() || self.city.is_empty() || self.district.is_empty() {
            Some(format!("请选择{label}的省、市、区县"))
        } else if self.divisions().is_none() {
            Some(format!("请从列表中重新选择{label}的省、市、区县"))
        } else if let Some(problem) =
            crate::text::character_problem(&self.detail, crate::text::Lines::One, label)
        {
            Some(problem.to_string())
        } else if detail < 2 {
            Some(format!("请填写{label}的街道和门牌号"))
        } else if detail > MAX_ADDRESS_DETAIL {
            Some(format!(
                "{label}的街道和门牌号不能超过 {MAX_ADDRESS_DETAIL} 个字"
            ))
        } else {
            None
        }
    }

    /// The province, city and district the codes name, when they are one chain.
    pub fn divisions(&self) -> Option<[Division; 3]> {
        divisions::chain(&self.province, &self.city, &self.district)
    }

    /// The whole address in one line, e.g. `浙江省杭州市西湖区文三路 90 号`;
    /// just the street address while the place is not chosen.
    pub fn one_line(&self) -> String {
        let place = self
            .divisions()
            .map(|chain| divisions::place_name(&chain))
            .unwrap_or_default();
        format!("{place}{}", self.detail.trim())
    }
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
