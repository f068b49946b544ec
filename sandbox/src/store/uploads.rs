//! Uploads: their declared length and the offset received so far, each
//! owned by the user who created it and, once handed in with an application,
//! linked to it for good. The bytes are the file store's.

use async_trait::async_trait;

use super::error::StoreError;

/// An upload as far as it has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadState {
    pub length: i64,
    pub offset: i64,
    /// Handed in with an application or a consultation: it can be neither
    /// removed nor used again.
    pub linked: bool,
}

/// Where uploads are kept.
#[async_trait]
pub trait UploadStore: Send + Sync {
    async fn create_upload(
        &self,
        id: &str,
        user_id: i64,
        length: i64,
        now: i64,
    ) -> Result<(), StoreError>;

    /// The upload `id` of `user_id`; another user's upload is not there for them.
    async fn upload(&self, id: &str, user_id: i64) -> Result<Option<UploadState>, StoreError>;

    /// Starts writing a chunk of upload `id` at `offset`, unless the upload
    /// has moved past it or another chunk is being written (until its lease
    /// of `lease` seconds ends, should its writer have died); whether it did.
    /// One conditional update, so of two chunks sent at once one writes.
    async fn start_writing(
        &self,
        id: &str,
        offset: i64,
        now: i64,
        lease: i64,
    ) -> Result<bool, StoreError>;

    /// Ends the writing of upload `id` started at `offset`: the offset moves to
    /// `new_offset` (the same offset when the chunk was not kept).
    async fn stop_writing(&self, id: &str, offset: i64, new_offset: i64) -> Result<(), StoreError>;

    /// The uploads started before `before` (Unix seconds) and never handed in.
    async fn unclaimed_uploads(&self, before: i64) -> Result<Vec<String>, StoreError>;

    /// Deletes an upload unless it was handed in with an application; whether it did.
    async fn delete_upload(&self, id: &str) -> Result<bool, StoreError>;
}
