//! Ratings (好差评): one per finished matter, stored only if the matter has
//! none (two at once store one), the hall's reply to a bad rating stored with
//! the rater's notification in one step, and the figures a hall publishes.

use async_trait::async_trait;
use banshi_api::ids::{HallCode, RatingId};
use banshi_api::ratings::{CaseReply, DimensionScore, HallRatings, RatingSubject, Score};

use super::applications::NewNotification;
use super::error::StoreError;

/// A rating as kept, with its rater and its case's clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingRecord {
    pub id: RatingId,
    pub user_id: i64,
    pub subject: RatingSubject,
    pub hall: HallCode,
    pub item_name: String,
    pub score: Score,
    pub dimensions: Vec<DimensionScore>,
    pub comment: Option<String>,
    pub reason: Option<String>,
    pub rated_at: i64,
    /// The working days the hall has to answer, for a bad rating.
    pub case_days: Option<u16>,
    pub reply: Option<CaseReply>,
    pub reply_score: Option<Score>,
}

/// Where ratings are kept.
#[async_trait]
pub trait RatingStore: Send + Sync {
    /// Stores a new rating unless its subject has one already; whether it did.
    async fn add_rating(&self, rating: &RatingRecord) -> Result<bool, StoreError>;

    /// A rating by its id.
    async fn rating(&self, id: &RatingId) -> Result<Option<RatingRecord>, StoreError>;

    /// The rating of an application, if it has one.
    async fn rating_of_application(
        &self,
        application_id: i64,
    ) -> Result<Option<RatingRecord>, StoreError>;

    /// A person's ratings, the newest first.
    async fn ratings_of(&self, user_id: i64) -> Result<Vec<RatingRecord>, StoreError>;

    /// A hall's bad ratings (only those not answered when `open`), the oldest first.
    async fn hall_cases(
        &self,
        hall: &HallCode,
        open: bool,
    ) -> Result<Vec<RatingRecord>, StoreError>;

    /// Stores the hall's reply to a bad rating not answered yet, with the
    /// rater's notification; whether it did (another reply came first).
    async fn reply_to_rating(
        &self,
        id: &RatingId,
        reply: &CaseReply,
        notification: &NewNotification,
    ) -> Result<bool, StoreError>;

    /// Stores the rater's score of the hall's reply, once, and only after the
    /// reply; whether it did.
    async fn rate_reply(&self, id: &RatingId, score: Score) -> Result<bool, StoreError>;

    /// A hall's public figures.
    async fn hall_figures(&self, hall: &HallCode) -> Result<HallRatings, StoreError>;
}
