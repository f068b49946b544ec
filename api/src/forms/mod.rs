//! Application forms (申请表) as data: an item's form is sections of fields, each
//! with a type, whether it is required, rules, a condition for showing it, and a
//! prefill key. The UI draws any form from this; [`Form::check`] validates the
//! answers with the same code in the UI, the shell and the hall.
//!
//! Answers live in [`answers`]; the checks of answers in `check`, of the form
//! itself in `defects`.

pub mod answers;
mod check;
mod defects;

pub use check::parse_date;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use answers::{Address, Answer, Answers};

/// The online depth (网上办理深度) from which an item takes applications online:
/// 2 = 网上申请 and deeper.
pub const ONLINE_APPLICATION_DEPTH: u8 = 2;

/// `GET /catalog/items/{code}/form`: the form of an item that can be applied for online.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Form {
    /// The item's implementation code.
    pub item_code: crate::ids::ItemCode,
    /// e.g. `结婚登记申请表`.
    pub title: String,
    /// Bumped whenever the form changes, so a draft knows which form it answers.
    pub version: u32,
    pub sections: Vec<Section>,
}

/// A group of questions on one page of the task list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Section {
    /// Unique within the form; answers are keyed by field ids, which are unique across sections.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    pub fields: Vec<Field>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Field {
    /// Unique within the form (within the group, for a group's fields).
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    pub kind: FieldKind,
    pub required: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Shown (and checked) only when this holds; hidden answers are not submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// Filled in from the identity acted as; the user may change it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefill: Option<PrefillKey>,
}

/// What kind of answer a field takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    Number {
        #[serde(default)]
        integer: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// `YYYY-MM-DD`.
    Date,
    /// One of the options.
    Choice { options: Vec<Choice> },
    /// Any of the options.
    MultiChoice { options: Vec<Choice> },
    /// 是 / 否.
    YesNo,
    /// 居民身份证号码 (GB 11643).
    ResidentId,
    /// 统一社会信用代码 (GB 32100).
    CreditCode,
    /// Mainland mobile number.
    Mobile,
    /// Province, city and district from the cascade, then the street address.
    Address,
    /// A repeatable group of fields, e.g. each family member.
    Group {
        #[cfg_attr(feature = "openapi", schema(no_recursion))]
        fields: Vec<Field>,
        /// At least this many entries (when the group is required).
        min: u32,
        max: u32,
        /// What one entry is called, e.g. `家庭成员`.
        item_label: String,
    },
}

/// An option of a choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choice {
    /// What the answer holds.
    pub value: String,
    /// What the user reads.
    pub label: String,
}

/// A rule an answer must follow beyond its type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Rule {
    /// Text length in characters, or the number of options chosen.
    Length {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
    /// A number's range, inclusive.
    Range {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
    },
    /// The whole text matches `regex` (the `regex-lite` syntax); `message` says what is expected.
    Pattern { regex: String, message: String },
    /// A date strictly after the date answered in `field` (e.g. end after start).
    After { field: String, message: String },
    /// A date no later than today (e.g. a birth date).
    NotInFuture,
}

/// When a field is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum Condition {
    /// The choice (or yes/no as `yes`/`no`) answered in `field` is one of `values`.
    Equals { field: String, values: Vec<String> },
    /// The multi-choice answered in `field` includes `value`.
    Includes { field: String, value: String },
}

/// Where a prefilled answer comes from: the identity the user acts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PrefillKey {
    Name,
    ResidentId,
    Mobile,
    Address,
    EnterpriseName,
    EnterpriseCreditCode,
    /// The enterprise's legal representative (法定代表人), as registered.
    LegalRepresentative,
    /// The enterprise's business scope (经营范围), as registered.
    BusinessScope,
}

impl Field {
    /// Whether the hall fills this field from the applicant's verified
    /// identity when it is left blank: the device holds the ID and mobile
    /// numbers masked only, so it cannot fill them itself.
    pub fn filled_by_hall(&self) -> bool {
        matches!(
            self.prefill,
            Some(PrefillKey::ResidentId | PrefillKey::Mobile)
        )
    }
}

impl Form {
    /// Every field of the form, section by section (groups as one field).
    pub fn fields(&self) -> impl Iterator<Item = &Field> + Clone {
        self.sections
            .iter()
            .flat_map(|section| section.fields.iter())
    }

    /// The field with `id`, at the top level.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|field| field.id == id)
    }
}
