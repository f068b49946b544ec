//! Enterprises' workspaces: their registered data, their staff and each
//! change to it with its audit event in one transaction, and the matters the
//! staff submitted for them, filtered, sorted and read a keyset page at a time.

use async_trait::async_trait;
use banshi_api::applications::ApplicationStatus;
use banshi_api::authority::Scope;
use banshi_api::enterprises::{AuditAction, MatterSort, MemberState, StaffRole};
use banshi_api::forms::Address;
use banshi_api::halls::HallCode;
use banshi_api::ids::{ItemCode, MemberId};

use super::applications::ApplicationRecord;
use super::error::StoreError;

/// An enterprise as registered.
pub struct EnterpriseData {
    pub uscc: String,
    pub name: String,
    pub legal_representative: i64,
    /// The representative's real name, in full.
    pub representative_name: String,
    pub address: Option<Address>,
    pub business_scope: String,
}

/// A member of an enterprise's staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRecord {
    pub id: MemberId,
    pub user_id: i64,
    /// Their real name, in full.
    pub name: String,
    /// Their mobile number, in full.
    pub mobile: String,
    pub role: StaffRole,
    pub scope: Scope,
    pub state: MemberState,
    pub since: i64,
}

/// A member's place: what a change replaces, and what it sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub role: StaffRole,
    pub scope: Scope,
    pub state: MemberState,
}

/// One change to the staff, stored with its audit events.
pub struct StaffChangeRecord<'a> {
    pub uscc: &'a str,
    pub member: &'a StaffRecord,
    /// The member's place as the change was decided on; the change applies
    /// only if it still is.
    pub before: &'a Standing,
    pub after: &'a Standing,
    pub actor: i64,
    pub now: i64,
    pub events: &'a [(AuditAction, String)],
}

/// An audit event as kept, with the names in full.
pub struct AuditRecord {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: AuditAction,
    pub member: String,
    pub detail: String,
}

/// Which of an enterprise's matters.
#[derive(Debug, Clone, Default)]
pub struct MattersFilter<'a> {
    pub uscc: &'a str,
    pub state: Option<ApplicationStatus>,
    pub item: Option<&'a ItemCode>,
    pub hall: Option<&'a HallCode>,
    pub clerk: Option<&'a MemberId>,
    /// Submitted at or after, Unix seconds.
    pub submitted_from: Option<i64>,
    /// Submitted before, Unix seconds.
    pub submitted_before: Option<i64>,
    /// Due on or before.
    pub due_before: Option<banshi_api::dates::Date>,
}

/// Where a page starts: the sort key of the last row of the page before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatterKey {
    pub text: String,
    pub number: i64,
    pub id: i64,
}

/// One of an enterprise's matters as kept.
pub struct MatterRecord {
    pub application: ApplicationRecord,
    pub hall_name: String,
    /// The submitter's real name, in full.
    pub clerk: String,
    /// The submitter's place on the staff, if they still have one.
    pub clerk_id: Option<MemberId>,
    pub key: MatterKey,
}

/// Where enterprises' workspaces are kept.
#[async_trait]
pub trait EnterpriseStore: Send + Sync {
    /// The enterprise as registered, if it is.
    async fn enterprise(&self, uscc: &str) -> Result<Option<EnterpriseData>, StoreError>;

    /// The enterprise's e-licences.
    async fn licences_of_enterprise(
        &self,
        uscc: &str,
    ) -> Result<Vec<super::LicenceRecord>, StoreError>;

    /// Records an enterprise's 经营范围.
    async fn set_business_scope(&self, uscc: &str, text: &str) -> Result<(), StoreError>;

    /// The member `user_id` of the enterprise's staff, if they are one.
    async fn staff_member(
        &self,
        uscc: &str,
        user_id: i64,
    ) -> Result<Option<StaffRecord>, StoreError>;

    /// The member `id` of the enterprise's staff, if there is one.
    async fn staff_member_by_id(
        &self,
        uscc: &str,
        id: &MemberId,
    ) -> Result<Option<StaffRecord>, StoreError>;

    /// The enterprise's staff, the representative first, then by joining.
    async fn staff(&self, uscc: &str) -> Result<Vec<StaffRecord>, StoreError>;

    /// Whether `user_id` was once removed from the enterprise's staff.
    async fn was_removed(&self, uscc: &str, user_id: i64) -> Result<bool, StoreError>;

    /// Adds `user_id` to the staff with its `Invited` event, in one
    /// transaction; `None` if they already are on it.
    async fn add_staff(
        &self,
        uscc: &str,
        user_id: i64,
        standing: &Standing,
        actor: i64,
        now: i64,
        detail: &str,
    ) -> Result<Option<StaffRecord>, StoreError>;

    /// Applies a change with its events, in one transaction; `None` when the
    /// member is gone or their place changed meanwhile.
    async fn change_staff(
        &self,
        change: &StaffChangeRecord<'_>,
    ) -> Result<Option<StaffRecord>, StoreError>;

    /// Removes a member with its `Removed` event, and hands their drafts made
    /// for the enterprise to its legal representative, in one transaction;
    /// false when the member is gone or their place changed meanwhile.
    async fn remove_staff(
        &self,
        uscc: &str,
        member: &StaffRecord,
        actor: i64,
        now: i64,
        detail: &str,
    ) -> Result<bool, StoreError>;

    /// Up to `limit` audit events older than the event `before`, newest first.
    async fn audit(
        &self,
        uscc: &str,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, StoreError>;

    /// Up to `limit` matters after `after` in `sort`'s order.
    async fn matters(
        &self,
        filter: &MattersFilter<'_>,
        sort: MatterSort,
        after: Option<&MatterKey>,
        limit: u32,
    ) -> Result<Vec<MatterRecord>, StoreError>;

    /// How many matters `filter` matches.
    async fn count_matters(&self, filter: &MattersFilter<'_>) -> Result<u64, StoreError>;
}
