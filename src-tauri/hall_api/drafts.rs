//! The drafts routes of the hall API: the drafts kept for the account, so an
//! application started on one device can be continued on another.

use banshi_api::applications::Draft;
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

impl HallClient {
    /// The account's drafts, the last changed first.
    pub async fn drafts(&self, access_token: &str) -> Result<Vec<Draft>, ShellError> {
        const ACTION: &str = "list the account's drafts";
        self.call_for(
            ACTION,
            Method::GET,
            "drafts",
            None::<&()>,
            Some(access_token),
        )
        .await
    }

    /// Keeps `draft` for the account unless the hall holds a newer change of
    /// it; answers the draft the hall keeps.
    pub async fn put_draft(&self, access_token: &str, draft: &Draft) -> Result<Draft, ShellError> {
        const ACTION: &str = "keep a draft for the account";
        let path = format!("drafts/{}", encode_segment(draft.id.as_str()));
        self.call_for(ACTION, Method::PUT, &path, Some(draft), Some(access_token))
            .await
    }

    /// Deletes a draft kept for the account; one already gone is no error.
    pub async fn delete_draft(
        &self,
        access_token: &str,
        id: &str,
        deleted_at: Option<i64>,
    ) -> Result<(), ShellError> {
        const ACTION: &str = "delete a draft kept for the account";
        let when = deleted_at.map_or_else(String::new, |at| format!("?deleted_at={at}"));
        let path = format!("drafts/{}{when}", encode_segment(id));
        self.call(
            ACTION,
            Method::DELETE,
            &path,
            None::<&()>,
            Some(access_token),
        )
        .await?;
        Ok(())
    }
}
