//! Applications: storing a submitted one with its number, linking its
//! materials' uploads to it, and listing a caller's.

use async_trait::async_trait;
use banshi_api::applications::{Application, Delivery, SubmittedMaterial};
use banshi_api::dates::Date;
use banshi_api::ids::ItemCode;

use super::error::StoreError;
use super::idempotency::HeldKey;
/// An application as submission stores it.
pub struct NewApplication<'a> {
    pub user_id: i64,
    pub acting_as: Option<&'a str>,
    pub item_code: &'a ItemCode,
    pub item_name: &'a str,
    pub answers: &'a str,
    /// Pre-reviewed: every upload is a finished one of the user's, not yet linked.
    pub materials: &'a [SubmittedMaterial],
    pub delivery: Delivery,
    pub submitted_at: i64,
    /// The day in China, for the number.
    pub day: Date,
    pub promised_by: Date,
    /// The key the submission came under, completed with it.
    pub key: &'a HeldKey,
}

/// Where applications are kept.
#[async_trait]
pub trait ApplicationStore: Send + Sync {
    /// Stores a submitted application, links the uploads of its materials to it,
    /// and answers it with its new number; `None`, storing nothing, when one of
    /// the uploads was removed or handed in elsewhere since pre-review.
    async fn create_application(
        &self,
        new: &NewApplication<'_>,
    ) -> Result<Option<Application>, StoreError>;

    /// A user's applications, the newest first.
    async fn applications_of(&self, user_id: i64) -> Result<Vec<Application>, StoreError>;
}
