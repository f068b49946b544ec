//! 企业空间 on the device: the enterprise as registered, its staff, the audit
//! of changes to them, every matter it has in hand, and those matters saved
//! as a CSV file in the user's downloads folder. The hall checks every rule
//! (who may see, who may manage whom); the device only carries the calls.

mod export;

use std::path::Path;

use banshi_api::enterprises::{
    AuditPage, EnterpriseProfile, MattersExport, MattersPage, MattersQuery, PageQuery, StaffChange,
    StaffInvitation, StaffMember,
};
use banshi_api::ids::MemberId;

use crate::ShellError;
use crate::context::Context;

/// The app's enterprise workspace.
pub struct Enterprises {
    ctx: Context,
}

impl Enterprises {
    pub fn new(ctx: Context) -> Self {
        Self { ctx }
    }

    pub async fn profile(&self, uscc: &str) -> Result<EnterpriseProfile, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.enterprise(&token, uscc).await })
            .await
    }

    pub async fn members(&self, uscc: &str) -> Result<Vec<StaffMember>, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.staff(&token, uscc).await })
            .await
    }

    pub async fn invite(
        &self,
        uscc: &str,
        invitation: &StaffInvitation,
    ) -> Result<StaffMember, ShellError> {
        self.ctx
            .with_session(|client, token| async move {
                client.invite_staff(&token, uscc, invitation).await
            })
            .await
    }

    pub async fn change(
        &self,
        uscc: &str,
        member: &MemberId,
        change: &StaffChange,
    ) -> Result<StaffMember, ShellError> {
        self.ctx
            .with_session(|client, token| async move {
                client.change_staff(&token, uscc, member, change).await
            })
            .await
    }

    pub async fn remove(&self, uscc: &str, member: &MemberId) -> Result<(), ShellError> {
        self.ctx
            .with_session(
                |client, token| async move { client.remove_staff(&token, uscc, member).await },
            )
            .await
    }

    pub async fn audit(&self, uscc: &str, page: &PageQuery) -> Result<AuditPage, ShellError> {
        self.ctx
            .with_session(
                |client, token| async move { client.staff_audit(&token, uscc, page).await },
            )
            .await
    }

    pub async fn matters(
        &self,
        uscc: &str,
        query: &MattersQuery,
    ) -> Result<MattersPage, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.matters(&token, uscc, query).await })
            .await
    }

    /// Saves every matter `query` matches into `downloads` as the hall names
    /// the file; the file appears whole or not at all.
    pub async fn export(
        &self,
        uscc: &str,
        query: &MattersQuery,
        downloads: &Path,
    ) -> Result<MattersExport, ShellError> {
        let response = self
            .ctx
            .with_session(
                |client, token| async move { client.matters_csv(&token, uscc, query).await },
            )
            .await?;
        export::save(response, uscc, downloads).await
    }
}
