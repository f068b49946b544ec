//! Authorities given to relatives (亲友代办): one open authority per pair of
//! people (two given at once store one), a confirmation and an ending each a
//! conditional update, so a confirmation never revives a withdrawn authority.

use async_trait::async_trait;
use banshi_api::authority::Scope;
use banshi_api::dates::Date;
use banshi_api::ids::AuthorityId;

use super::error::StoreError;

/// An authority as kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorityRecord {
    pub id: AuthorityId,
    /// The user who gave it.
    pub principal: i64,
    /// The user who may act.
    pub relative: i64,
    pub scope: Scope,
    pub given_at: i64,
    pub confirmed_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
}

/// Where authorities are kept.
#[async_trait]
pub trait RelativeStore: Send + Sync {
    /// Stores a new authority unless the pair has an open one that runs past
    /// `today` (an open one already expired is ended first, at the new one's
    /// `given_at`); whether it did.
    async fn give_authority(
        &self,
        record: &AuthorityRecord,
        today: Date,
    ) -> Result<bool, StoreError>;

    /// An authority by its id.
    async fn authority(&self, id: &AuthorityId) -> Result<Option<AuthorityRecord>, StoreError>;

    /// Every authority a user gave or was given, the newest first.
    async fn authorities_of(&self, user_id: i64) -> Result<Vec<AuthorityRecord>, StoreError>;

    /// Confirms an authority given to `relative` that is neither confirmed
    /// nor ended; whether it did.
    async fn confirm_authority(
        &self,
        id: &AuthorityId,
        relative: i64,
        at: i64,
    ) -> Result<bool, StoreError>;

    /// Ends an open authority `user_id` is either side of; whether it did.
    async fn withdraw_authority(
        &self,
        id: &AuthorityId,
        user_id: i64,
        at: i64,
    ) -> Result<bool, StoreError>;
}
