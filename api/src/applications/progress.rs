//! Following an application to its result: the events of its timeline, the
//! promised deadline as the hall counts it, the one-time correction notice and
//! its answer, what hall staff do and see, and the public lookup (办件查询).

use serde::{Deserialize, Serialize};

use super::{Application, ApplicationAction, ApplicationStatus, SubmittedMaterial};
use crate::dates::Date;
use crate::delivery::DeliveryOrder;
use crate::forms::Answers;
use crate::ids::ApplicationNumber;
use crate::ratings::Rating;

/// One step of an application's timeline: a submission or a transition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationEvent {
    /// Unix seconds.
    pub at: i64,
    /// What was done; `None` for the submission itself.
    pub action: Option<ApplicationAction>,
    /// The status it led to.
    pub status: ApplicationStatus,
    /// The department that acted (the applicant's own steps name the item's).
    pub department: String,
    /// The window, e.g. `A03`, for a step taken at one.
    pub window: Option<String>,
    /// The member of staff who acted, as they sign.
    pub staff: Option<String>,
    /// Why: a refusal, a suspension or a correction request says why.
    pub reason: Option<String>,
    /// 法律依据: for a refusal (不予受理, 不予许可).
    pub legal_basis: Option<String>,
}

/// How close the promised time limit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    OnTime,
    /// 预警: at most [`NEAR_DUE_DAYS`] working days left.
    NearDue,
    /// 超期.
    Overdue,
}

/// Working days left at which a deadline is near (预警).
pub const NEAR_DUE_DAYS: i32 = 2;

/// The promised time limit (承诺时限) of an accepted application, in working
/// days on the halls' calendar from acceptance; a suspension or a pending
/// correction stops it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Deadline {
    /// The working days promised.
    pub promised_days: u16,
    /// Working days left; negative once overdue. Frozen when the application ended.
    pub days_left: i32,
    /// The last working day, were the clock to run from now on.
    pub due: Date,
    /// Whether the clock runs (not while suspended or awaiting a correction,
    /// nor once the application ended).
    pub running: bool,
    pub urgency: Urgency,
}

impl Urgency {
    /// The urgency of `days_left` working days left.
    pub fn of(days_left: i32) -> Self {
        if days_left < 0 {
            Urgency::Overdue
        } else if days_left <= NEAR_DUE_DAYS {
            Urgency::NearDue
        } else {
            Urgency::OnTime
        }
    }
}

/// One problem of a correction notice: an answer (by the form field's id) or
/// a material (`materials.{index}`, see [`super::material_field`]), and what
/// is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CorrectionItem {
    pub field: String,
    /// A sentence for the applicant, e.g. 照片模糊，请重新拍摄身份证背面.
    pub problem: String,
}

/// The one-time correction notice (一次性告知补正书): every problem at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CorrectionNotice {
    /// Unix seconds.
    pub requested_at: i64,
    pub department: String,
    pub items: Vec<CorrectionItem>,
}

/// `POST /applications/{number}/corrections` (with an `Idempotency-Key`):
/// the new answers and materials for exactly the items the notice lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CorrectionRequest {
    /// New answers, by field id; only fields the notice lists.
    #[serde(default)]
    pub answers: Answers,
    /// New materials, whole (every page); only materials the notice lists.
    #[serde(default)]
    pub materials: Vec<SubmittedMaterial>,
}

/// `GET /applications/{number}`: an application with everything the
/// applicant follows it by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationDetail {
    pub application: Application,
    /// The timeline, the oldest first.
    pub events: Vec<ApplicationEvent>,
    /// The notice to answer, while the application awaits a correction.
    pub correction: Option<CorrectionNotice>,
    /// The version of the form answered.
    pub form_version: u32,
    /// The answers as handed in (and corrected).
    pub answers: Answers,
    /// The materials as handed in (and corrected).
    pub materials: Vec<SubmittedMaterial>,
    /// What the applicant may do now, from the state machine.
    pub actions: Vec<ApplicationAction>,
    /// Its EMS parcels: the result mailed home, originals collected.
    #[serde(default)]
    pub deliveries: Vec<DeliveryOrder>,
    /// The applicant's rating (好差评), once given.
    #[serde(default)]
    pub rating: Option<Rating>,
    /// Whether the applicant may rate it now (it has a result and no rating yet).
    #[serde(default)]
    pub may_rate: bool,
}

/// `POST /staff/applications/{number}/actions`: what a member of the hall's
/// staff does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffActionRequest {
    /// Any action but the applicant's (`correct`, `withdraw`).
    pub action: ApplicationAction,
    /// Required to suspend or refuse (1–500 characters).
    #[serde(default)]
    pub reason: Option<String>,
    /// Required to refuse: the law and article refused under (1–200 characters).
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Required to request a correction: every problem, at most once each.
    #[serde(default)]
    pub items: Vec<CorrectionItem>,
    /// The window acted at (its number in the hall, e.g. `A03`); the item's
    /// department's first window when absent.
    #[serde(default)]
    pub window: Option<String>,
}

/// `GET /staff/applications`: which applications to list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StaffApplicationsQuery {
    /// Only applications in this status; every unfinished one when absent.
    #[serde(default)]
    pub state: Option<ApplicationStatus>,
    /// Only those due on or before this day.
    #[serde(default)]
    pub due_before: Option<Date>,
}

/// An application as the hall's staff list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffApplication {
    pub application: Application,
    /// The applicant's real name (or the enterprise's, when acting for one).
    pub applicant: String,
}

/// `GET /lookup`: a public lookup by number and the applicant's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct LookupQuery {
    pub number: ApplicationNumber,
    /// The applicant's real name, or the enterprise's registered name.
    pub name: String,
}

/// One step of a looked-up application: what happened when, nothing personal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LookupStep {
    pub at: i64,
    pub status: ApplicationStatus,
    pub department: String,
}

/// What anyone holding the number and the name may know of an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LookupResult {
    pub number: ApplicationNumber,
    pub item_name: String,
    pub status: ApplicationStatus,
    pub steps: Vec<LookupStep>,
    pub deadline: Option<Deadline>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_working_days_left_is_near_due_and_less_than_none_is_overdue() {
        assert_eq!(Urgency::of(3), Urgency::OnTime);
        assert_eq!(Urgency::of(2), Urgency::NearDue);
        assert_eq!(Urgency::of(0), Urgency::NearDue);
        assert_eq!(Urgency::of(-1), Urgency::Overdue);
    }
}
