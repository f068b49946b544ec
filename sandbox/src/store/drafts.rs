//! Drafts: keeping a user's draft unless a newer change of it, or a later
//! deletion, is already kept; listing a user's; discarding one.

use async_trait::async_trait;
use banshi_api::applications::Draft;

use super::error::StoreError;

/// Where drafts are kept.
#[async_trait]
pub trait DraftStore: Send + Sync {
    /// Keeps `draft` as `user_id`'s, unless a change of it newer by
    /// `updated_at` is kept already; answers the draft kept afterwards, or
    /// `None` when the draft was deleted after this change of it was made.
    async fn keep_draft(&self, user_id: i64, draft: Draft) -> Result<Option<Draft>, StoreError>;

    /// A user's drafts, the newest change first.
    async fn drafts_of(&self, user_id: i64) -> Result<Vec<Draft>, StoreError>;

    /// Discards a user's draft, deleted at `deleted_at` (Unix milliseconds;
    /// when absent, the last change kept), and remembers when; one that is
    /// not kept is already discarded.
    async fn discard_draft(
        &self,
        user_id: i64,
        id: &str,
        deleted_at: Option<i64>,
    ) -> Result<(), StoreError>;
}
