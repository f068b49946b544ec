//! The commands of the enterprises noun (企业空间): the enterprise as
//! registered, its staff and their authority, the audit of changes, every
//! matter it has in hand, and the matters exported as a CSV file.

use super::command;
use crate::enterprises::{
    AuditPage, EnterpriseProfile, MattersExport, MattersPage, MattersQuery, PageQuery, StaffChange,
    StaffInvitation, StaffMember,
};
use crate::ids::MemberId;

command! {
    /// The enterprise as registered, with the caller's place on its staff.
    EnterpriseGet = "enterprise_get" { uscc: String } => EnterpriseProfile
}

command! {
    /// The enterprise's staff, the representative first.
    EnterpriseMembers = "enterprise_members" { uscc: String } => Vec<StaffMember>
}

command! {
    /// Adds a registered user, found by mobile, to the staff.
    EnterpriseInvite = "enterprise_invite" { uscc: String, invitation: StaffInvitation } => StaffMember
}

command! {
    /// Changes a member's role, scope or state.
    EnterpriseMemberChange = "enterprise_member_change" {
        uscc: String,
        member: MemberId,
        change: StaffChange,
    } => StaffMember
}

command! {
    /// Removes a member from the staff; their drafts stay with the enterprise.
    EnterpriseMemberRemove = "enterprise_member_remove" { uscc: String, member: MemberId } => ()
}

command! {
    /// A page of the audit of changes to the staff, the newest first.
    EnterpriseAudit = "enterprise_audit" { uscc: String, page: PageQuery } => AuditPage
}

command! {
    /// A page of the enterprise's matters, filtered and sorted.
    EnterpriseMatters = "enterprise_matters" { uscc: String, query: MattersQuery } => MattersPage
}

command! {
    /// Saves every matter the filters match as a CSV file in the user's
    /// downloads folder.
    EnterpriseExport = "enterprise_export" { uscc: String, query: MattersQuery } => MattersExport
}
