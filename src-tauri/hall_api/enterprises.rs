//! The enterprise routes of the hall API (企业空间): the enterprise as
//! registered, its staff, the audit, its matters and their CSV export.

use banshi_api::enterprises::{
    AuditPage, EnterpriseProfile, MattersPage, MattersQuery, PageQuery, StaffChange,
    StaffInvitation, StaffMember,
};
use banshi_api::ids::MemberId;
use reqwest::Method;

use super::HallClient;
use super::client::{decode, encode_segment};
use crate::ShellError;

/// `enterprises/{uscc}` followed by `rest`, each part encoded.
fn path(uscc: &str, rest: &str) -> String {
    format!("enterprises/{}{rest}", encode_segment(uscc))
}

fn member_path(uscc: &str, member: &MemberId) -> String {
    path(
        uscc,
        &format!("/members/{}", encode_segment(member.as_str())),
    )
}

impl HallClient {
    pub async fn enterprise(
        &self,
        access_token: &str,
        uscc: &str,
    ) -> Result<EnterpriseProfile, ShellError> {
        const ACTION: &str = "read the enterprise";
        self.call_for(
            ACTION,
            Method::GET,
            &path(uscc, ""),
            None::<&()>,
            Some(access_token),
        )
        .await
    }

    pub async fn staff(
        &self,
        access_token: &str,
        uscc: &str,
    ) -> Result<Vec<StaffMember>, ShellError> {
        const ACTION: &str = "list the staff";
        let path = path(uscc, "/members");
        self.call_for(ACTION, Method::GET, &path, None::<&()>, Some(access_token))
            .await
    }

    pub async fn invite_staff(
        &self,
        access_token: &str,
        uscc: &str,
        invitation: &StaffInvitation,
    ) -> Result<StaffMember, ShellError> {
        const ACTION: &str = "add a member of staff";
        let path = path(uscc, "/members");
        self.call_for(
            ACTION,
            Method::POST,
            &path,
            Some(invitation),
            Some(access_token),
        )
        .await
    }

    pub async fn change_staff(
        &self,
        access_token: &str,
        uscc: &str,
        member: &MemberId,
        change: &StaffChange,
    ) -> Result<StaffMember, ShellError> {
        const ACTION: &str = "change a member of staff";
        let path = member_path(uscc, member);
        self.call_for(
            ACTION,
            Method::PATCH,
            &path,
            Some(change),
            Some(access_token),
        )
        .await
    }

    pub async fn remove_staff(
        &self,
        access_token: &str,
        uscc: &str,
        member: &MemberId,
    ) -> Result<(), ShellError> {
        const ACTION: &str = "remove a member of staff";
        let path = member_path(uscc, member);
        self.call(
            ACTION,
            Method::DELETE,
            &path,
            None::<&()>,
            Some(access_token),
        )
        .await
        .map(drop)
    }

    pub async fn staff_audit(
        &self,
        access_token: &str,
        uscc: &str,
        page: &PageQuery,
    ) -> Result<AuditPage, ShellError> {
        const ACTION: &str = "list the staff's audit";
        let request = self
            .http
            .get(self.url(ACTION, &path(uscc, "/audit"))?)
            .query(page)
            .bearer_auth(access_token);
        decode(ACTION, self.send(ACTION, request).await?).await
    }

    pub async fn matters(
        &self,
        access_token: &str,
        uscc: &str,
        query: &MattersQuery,
    ) -> Result<MattersPage, ShellError> {
        const ACTION: &str = "list the enterprise's matters";
        let request = self
            .http
            .get(self.url(ACTION, &path(uscc, "/applications"))?)
            .query(query)
            .bearer_auth(access_token);
        decode(ACTION, self.send(ACTION, request).await?).await
    }

    /// The matters the filters match as CSV, a response whose body streams
    /// (the hall writes it in batches).
    pub async fn matters_csv(
        &self,
        access_token: &str,
        uscc: &str,
        query: &MattersQuery,
    ) -> Result<reqwest::Response, ShellError> {
        const ACTION: &str = "export the enterprise's matters";
        let query = MattersQuery {
            cursor: None,
            limit: None,
            ..query.clone()
        };
        let request = self
            .http
            .get(self.url(ACTION, &path(uscc, "/applications.csv"))?)
            .query(&query)
            .bearer_auth(access_token);
        self.send(ACTION, request).await
    }
}
