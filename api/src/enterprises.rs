//! An enterprise's workspace (企业空间): its staff with their roles and
//! authority, the audit of every change to them, its registered data and
//! e-licences that fill its forms, and every matter it has in hand as one
//! table that filters, sorts, pages by cursor and exports as CSV.

use serde::{Deserialize, Serialize};

use crate::accounts::Licence;
use crate::applications::{Application, ApplicationStatus};
use crate::authority::Scope;
use crate::dates::Date;
use crate::forms::Address;
use crate::ids::{HallCode, ItemCode, MemberId};

/// What a member of the staff may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// 法定代表人: accountable for the enterprise; one, fixed at registration.
    LegalRepresentative,
    /// 管理员: appointed by the representative; manages the clerks and acts.
    Admin,
    /// 经办人: acts within their scope.
    Clerk,
    /// 只读: sees the enterprise's matters, changes nothing.
    Viewer,
}

impl StaffRole {
    /// Every role, the most powerful first.
    pub const ALL: [StaffRole; 4] = [
        StaffRole::LegalRepresentative,
        StaffRole::Admin,
        StaffRole::Clerk,
        StaffRole::Viewer,
    ];

    /// The role as the hall names it.
    pub fn label(self) -> &'static str {
        match self {
            StaffRole::LegalRepresentative => "法定代表人",
            StaffRole::Admin => "管理员",
            StaffRole::Clerk => "经办人",
            StaffRole::Viewer => "只读",
        }
    }

    /// Whether the role submits and changes matters for the enterprise.
    pub fn acts(self) -> bool {
        self != StaffRole::Viewer
    }

    /// Whether the role manages clerks and read-only members.
    pub fn manages(self) -> bool {
        matches!(self, StaffRole::LegalRepresentative | StaffRole::Admin)
    }

    /// Whether the role's holder is limited by a [`Scope`]: only clerks are.
    pub fn scoped(self) -> bool {
        self == StaffRole::Clerk
    }
}

/// Whether a member's authority is in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MemberState {
    Active,
    /// 暂停: kept on the list, refused every act until resumed.
    Suspended,
}

/// A member of the enterprise's staff, as the staff list shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMember {
    pub id: MemberId,
    /// The member's real name, masked (e.g. `张*`).
    pub name: String,
    /// The member's mobile number, masked.
    pub mobile: String,
    pub role: StaffRole,
    /// What a clerk may handle; ignored for the other roles.
    pub scope: Scope,
    pub state: MemberState,
    /// When they joined the staff, Unix seconds.
    pub since: i64,
    /// Whether this is the caller.
    pub is_caller: bool,
}

/// `POST /enterprises/{uscc}/members`: add a registered user to the staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffInvitation {
    /// The mobile number the person registered with.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::mobile))]
    pub mobile: String,
    /// Any role but [`StaffRole::LegalRepresentative`].
    pub role: StaffRole,
    #[serde(default)]
    pub scope: Scope,
}

/// `PATCH /enterprises/{uscc}/members/{member}`: what changes; absent parts stay.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffChange {
    #[serde(default)]
    pub role: Option<StaffRole>,
    #[serde(default)]
    pub scope: Option<Scope>,
    #[serde(default)]
    pub state: Option<MemberState>,
}

/// What a change to the staff was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    Registered,
    Invited,
    RoleChanged,
    ScopeChanged,
    Suspended,
    Resumed,
    Removed,
}

/// One change to the staff: who made it, when, to whom, and what it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEvent {
    /// Unix seconds.
    pub at: i64,
    /// Who made the change: a real name, masked.
    pub actor: String,
    pub action: AuditAction,
    /// Whom it concerned: a real name, masked.
    pub member: String,
    /// The change as one sentence, e.g. `角色由“经办人”改为“管理员”`.
    pub detail: String,
}

/// `GET /enterprises/{uscc}/audit` and `…/applications`: a page's place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PageQuery {
    /// The `next` of the page before; absent for the first page.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(max_length = 200))]
    pub cursor: Option<String>,
    /// Rows per page, 1–200; 50 when absent.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<u32>,
}

/// Rows per page when the query names none, and the most it may name.
pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 200;

/// The audit, the newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    pub events: Vec<AuditEvent>,
    /// The cursor of the next page; `None` on the last.
    pub next: Option<String>,
}

/// `GET /enterprises/{uscc}`: the enterprise as registered, for its forms
/// and its workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnterpriseProfile {
    /// 统一社会信用代码.
    pub uscc: String,
    pub name: String,
    /// The legal representative's real name, in full: forms ask for it.
    pub legal_representative: String,
    /// 住所, if on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// 经营范围, as registered; empty if the hall has none on file.
    pub business_scope: String,
    /// The enterprise's e-licences (营业执照 and the results of its completed matters).
    pub licences: Vec<Licence>,
    /// The caller's own place on the staff.
    pub caller: StaffMember,
}

/// How the company's matters are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum MatterSort {
    /// The newest submitted first.
    #[default]
    #[serde(rename = "-submitted")]
    NewestFirst,
    #[serde(rename = "submitted")]
    OldestFirst,
    /// The nearest deadline first; matters without one last.
    #[serde(rename = "due")]
    DueFirst,
    #[serde(rename = "-due")]
    DueLast,
    /// By item name, then newest first.
    #[serde(rename = "item")]
    Item,
    /// By status in the order a matter moves, then newest first.
    #[serde(rename = "status")]
    Status,
}

/// `GET /enterprises/{uscc}/applications`: which matters, in what order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct MattersQuery {
    #[serde(default)]
    pub state: Option<ApplicationStatus>,
    #[serde(default)]
    pub item: Option<ItemCode>,
    #[serde(default)]
    pub hall: Option<HallCode>,
    /// Only those this member submitted.
    #[serde(default)]
    pub clerk: Option<MemberId>,
    /// Submitted on or after this day (China time).
    #[serde(default)]
    pub submitted_from: Option<Date>,
    /// Submitted on or before this day (China time).
    #[serde(default)]
    pub submitted_to: Option<Date>,
    /// Due on or before this day.
    #[serde(default)]
    pub due_before: Option<Date>,
    #[serde(default)]
    pub sort: Option<MatterSort>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(max_length = 200))]
    pub cursor: Option<String>,
    /// Rows per page, 1–200; 50 when absent.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<u32>,
}

/// One of the company's matters, as its table shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Matter {
    pub application: Application,
    pub hall: HallCode,
    pub hall_name: String,
    /// Who submitted it: a real name, masked.
    pub clerk: String,
    /// The clerk's place on the staff; `None` once they have left it.
    pub clerk_id: Option<MemberId>,
}

/// A page of the company's matters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MattersPage {
    pub matters: Vec<Matter>,
    /// How many matters the filters match, over every page.
    pub total: u64,
    /// The cursor of the next page; `None` on the last.
    pub next: Option<String>,
}

/// The header row of the CSV export, in its column order.
pub const CSV_HEADER: [&str; 9] = [
    "办件编号",
    "事项编码",
    "事项名称",
    "状态",
    "提交时间",
    "办结时限",
    "大厅",
    "经办人",
    "送达方式",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_managers_manage_and_only_viewers_do_not_act() {
        let managing: Vec<_> = StaffRole::ALL.into_iter().filter(|r| r.manages()).collect();
        assert_eq!(managing, [StaffRole::LegalRepresentative, StaffRole::Admin]);
        let idle: Vec<_> = StaffRole::ALL.into_iter().filter(|r| !r.acts()).collect();
        assert_eq!(idle, [StaffRole::Viewer]);
    }

    #[test]
    fn sorts_cross_the_wire_as_their_query_words() {
        let words: Vec<String> = [MatterSort::NewestFirst, MatterSort::DueFirst]
            .iter()
            .map(|sort| serde_json::to_string(sort).unwrap())
            .collect();
        assert_eq!(words, ["\"-submitted\"", "\"due\""]);
    }
}
