//! What someone acting for another may do (授权范围): the items and halls they
//! may handle and until which day. An enterprise's staff and a relative
//! authorized by a person pass the one check here, and a refusal carries the
//! sentence that tells them why.

use serde::{Deserialize, Serialize};

use crate::dates::Date;
use crate::ids::{HallCode, ItemCode};

/// The most items one authority may name; more is "all items".
pub const MAX_SCOPE_ITEMS: usize = 50;
/// The most halls one authority may name.
pub const MAX_SCOPE_HALLS: usize = 20;
/// The furthest an authority may run, in days from the day it is given.
pub const MAX_AUTHORITY_DAYS: i64 = 5 * 366;

/// The items and halls an authority covers, and its last day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Scope {
    /// The only items that may be handled; empty: every item.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 50))]
    pub items: Vec<ItemCode>,
    /// The only halls whose items may be handled; empty: every hall.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 20))]
    pub halls: Vec<HallCode>,
    /// The last day of the authority (授权期限, inclusive); `None`: until withdrawn.
    #[serde(default)]
    pub until: Option<Date>,
}

/// Why an act for another is refused: each with its own sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The caller is not on the enterprise's staff (or was never authorized).
    #[error("您不是该企业的经办人员，不能代表它办理")]
    NotStaff,
    /// The caller was removed from the staff, or the authority was withdrawn.
    #[error("您的授权已被撤销，不能再代为办理")]
    Withdrawn,
    /// The authority is suspended for now.
    #[error("您的授权已被暂停，请联系企业管理员")]
    Suspended,
    /// Acting for a person under an authority given to someone else, or none.
    #[error("您没有获得这位亲友的授权，不能代其办理")]
    NotAuthorized,
    /// The relative has not confirmed the authority yet.
    #[error("这项授权还未经您确认，请先在“我的 → 亲友代办”中确认")]
    Unconfirmed,
    /// The authority's last day has passed.
    #[error("您的授权已于 {0} 到期，请联系授权人续期")]
    Expired(Date),
    /// A read-only member tried to act.
    #[error("您在该企业的角色是“只读”，只能查看，不能提交或修改")]
    ReadOnly,
    /// The item is not among those the authority names.
    #[error("您的授权不包括“{0}”，请联系授权人调整授权范围")]
    ItemOutside(String),
    /// The item's hall is not among those the authority names.
    #[error("您的授权不包括该事项所在的大厅（{0}）")]
    HallOutside(String),
    /// Only the legal representative or an administrator manages the staff.
    #[error("只有法定代表人或企业管理员可以管理经办人员")]
    NotManager,
    /// Only the legal representative appoints or removes administrators.
    #[error("只有法定代表人可以任免管理员")]
    NotRepresentative,
}

impl Scope {
    /// Whether handling `item` (named `item_name`) of `hall` (named
    /// `hall_name`) on `today` falls within the scope; the refusal otherwise.
    pub fn permits(
        &self,
        item: &ItemCode,
        item_name: &str,
        hall: &HallCode,
        hall_name: &str,
        today: Date,
    ) -> Result<(), Refusal> {
        if let Some(until) = self.until
            && today > until
        {
            return Err(Refusal::Expired(until));
        }
        if !self.items.is_empty() && !self.items.contains(item) {
            return Err(Refusal::ItemOutside(item_name.to_owned()));
        }
        if !self.halls.is_empty() && !self.halls.contains(hall) {
            return Err(Refusal::HallOutside(hall_name.to_owned()));
        }
        Ok(())
    }

    /// Whether the scope has run out by `today`.
    pub fn expired(&self, today: Date) -> bool {
        self.until.is_some_and(|until| today > until)
    }

    /// What is wrong with the scope as given on `today`, each under
    /// `prefix` + its field: too many items or halls, repeated ones, a last
    /// day already past or too far ahead. Unknown item and hall codes are the
    /// hall's to find, as only it has the catalog.
    pub fn problems(&self, prefix: &str, today: Date) -> Vec<crate::FieldError> {
        let mut problems = Vec::new();
        let field = |name: &str| format!("{prefix}{name}");
        if self.items.len() > MAX_SCOPE_ITEMS {
            problems.push(crate::FieldError::new(
                field("items"),
                format!("最多指定 {MAX_SCOPE_ITEMS} 个事项；不限事项请留空"),
            ));
        } else if has_repeats(&self.items) {
            problems.push(crate::FieldError::new(field("items"), "事项重复了"));
        }
        if self.halls.len() > MAX_SCOPE_HALLS {
            problems.push(crate::FieldError::new(
                field("halls"),
                format!("最多指定 {MAX_SCOPE_HALLS} 个大厅；不限大厅请留空"),
            ));
        } else if has_repeats(&self.halls) {
            problems.push(crate::FieldError::new(field("halls"), "大厅重复了"));
        }
        if let Some(until) = self.until {
            if until < today {
                problems.push(crate::FieldError::new(
                    field("until"),
                    "授权期限不能早于今天",
                ));
            } else if until.days() - today.days() > MAX_AUTHORITY_DAYS {
                problems.push(crate::FieldError::new(field("until"), "授权期限最长五年"));
            }
        }
        problems
    }
}

fn has_repeats<T: Ord>(values: &[T]) -> bool {
    let mut sorted: Vec<&T> = values.iter().collect();
    sorted.sort();
    sorted.windows(2).any(|pair| pair[0] == pair[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn item(code: &str) -> ItemCode {
        ItemCode::parse(code).unwrap()
    }

    #[test]
    fn an_empty_scope_permits_everything_until_its_last_day() {
        let hall = HallCode::parse("shimin").unwrap();
        let scope = Scope {
            until: Some(day("2026-12-31")),
            ..Scope::default()
        };
        let code = item("11350100MB0000001X000000000000001");
        assert_eq!(
            scope.permits(&code, "甲", &hall, "市民中心", day("2026-12-31")),
            Ok(())
        );
        assert_eq!(
            scope.permits(&code, "甲", &hall, "市民中心", day("2027-01-01")),
            Err(Refusal::Expired(day("2026-12-31")))
        );
        assert_eq!(
            Refusal::Expired(day("2026-12-31")).to_string(),
            "您的授权已于 2026-12-31 到期，请联系授权人续期"
        );
    }

    #[test]
    fn a_limited_scope_names_the_item_it_refuses() {
        let hall = HallCode::parse("shimin").unwrap();
        let scope = Scope {
            items: vec![item("11350100MB0000001X000000000000001")],
            ..Scope::default()
        };
        let refused = scope
            .permits(
                &item("11350100MB0000001X000000000000002"),
                "食品经营许可",
                &hall,
                "市民中心",
                day("2026-12-07"),
            )
            .unwrap_err();
        assert_eq!(
            refused.to_string(),
            "您的授权不包括“食品经营许可”，请联系授权人调整授权范围"
        );
    }

    #[test]
    fn problems_name_the_field() {
        let today = day("2026-12-07");
        let scope = Scope {
            items: vec![
                item("11350100MB0000001X000000000000001"),
                item("11350100MB0000001X000000000000001"),
            ],
            halls: Vec::new(),
            until: Some(day("2026-12-06")),
        };
        let fields: Vec<String> = scope
            .problems("scope.", today)
            .into_iter()
            .map(|problem| problem.field)
            .collect();
        assert_eq!(fields, ["scope.items", "scope.until"]);
        assert!(Scope::default().problems("scope.", today).is_empty());
    }
}
