//! An application as lists show it: its deadline as of a moment, and who
//! handled it when someone other than its applicant did (a company's clerk,
//! a relative), each worded as the hall words it.

use banshi_api::accounts::mask_name;
use banshi_api::applications::Application;
use banshi_api::enterprises::StaffRole;

use super::deadline::DeadlineClock;
use crate::store::ApplicationRecord;

/// An application as lists show it, its deadline as of `now`.
pub fn summary_at(record: &ApplicationRecord, now: i64) -> Application {
    Application {
        number: record.number.clone(),
        item_code: record.item_code.clone(),
        item_name: record.item_name.clone(),
        acting_as: record.acting_as.clone(),
        handled_by: record
            .handler
            .as_ref()
            .map(|(name, role)| handled_by(name, *role))
            .or_else(|| {
                record
                    .relative
                    .as_ref()
                    .map(|relative| relative_handled(&relative.name))
            }),
        delivery: record.delivery,
        status: record.status,
        submitted_at: record.submitted_at,
        promised_days: record.promised_days,
        deadline: deadline_clock(record).at(now),
    }
}

/// The deadline's clock of `record`.
pub(super) fn deadline_clock(record: &ApplicationRecord) -> DeadlineClock {
    DeadlineClock {
        promised_days: record.promised_days,
        accepted_at: record.accepted_at,
        paused_days: record.paused_days,
        paused_since: record.paused_since,
        ended_at: record.ended_at,
    }
}

/// Who handled a company matter, e.g. `张*（经办人）`; `张*（已离开）` once
/// they have left the staff.
pub fn handled_by(name: &str, role: Option<StaffRole>) -> String {
    let place = role.map_or("已离开", StaffRole::label);
    format!("{}（{place}）", mask_name(name))
}

/// How a matter a relative handled names them: masked, with the role.
pub fn relative_handled(name: &str) -> String {
    format!("{}（亲友代办）", mask_name(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_handled_a_matter_is_named_masked_with_their_place() {
        assert_eq!(handled_by("王芳", Some(StaffRole::Clerk)), "王*（经办人）");
        assert_eq!(handled_by("张晓明", None), "张**（已离开）");
        assert_eq!(relative_handled("王芳"), "王*（亲友代办）");
    }
}
