//! Consultations (咨询投诉): a question or complaint stored with its first
//! message and its photos linked to it for good, exactly once per key; the
//! thread, and a reply appended with the asker's notification in one step.

use async_trait::async_trait;
use banshi_api::consultations::{ConsultationAbout, ConsultationKind, ConsultationMessage};
use banshi_api::ids::{ConsultationId, HallCode};

use super::applications::NewNotification;
use super::error::StoreError;
use super::idempotency::HeldKey;

/// A question or complaint as kept, with its asker and its thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationRecord {
    pub id: ConsultationId,
    pub user_id: i64,
    pub kind: ConsultationKind,
    pub about: ConsultationAbout,
    pub subject: String,
    pub hall: HallCode,
    pub promised_days: u16,
    pub asked_at: i64,
    /// The first reply's time: the promise is kept.
    pub answered_at: Option<i64>,
    /// The oldest first; the first is the question or complaint.
    pub messages: Vec<ConsultationMessage>,
}

/// Where consultations are kept.
#[async_trait]
pub trait ConsultationStore: Send + Sync {
    /// Stores a new consultation (its one message the asker's) and links its
    /// photos to it, completing `key` with `response`; false, storing
    /// nothing, when one of the photos was removed or handed in elsewhere
    /// since it was checked.
    async fn ask(
        &self,
        consultation: &ConsultationRecord,
        key: &HeldKey,
        response: &serde_json::Value,
    ) -> Result<bool, StoreError>;

    /// A consultation by its id, with its thread.
    async fn consultation(
        &self,
        id: &ConsultationId,
    ) -> Result<Option<ConsultationRecord>, StoreError>;

    /// A person's consultations, the newest first.
    async fn consultations_of(&self, user_id: i64) -> Result<Vec<ConsultationRecord>, StoreError>;

    /// What a hall is asked (only those not answered when `open`).
    async fn hall_consultations(
        &self,
        hall: &HallCode,
        open: bool,
    ) -> Result<Vec<ConsultationRecord>, StoreError>;

    /// Appends a reply of the hall to the thread, marks the consultation
    /// answered if it was not, and adds the asker's notification, in one step;
    /// false when there is no such consultation.
    async fn add_reply(
        &self,
        id: &ConsultationId,
        message: &ConsultationMessage,
        notification: &NewNotification,
    ) -> Result<bool, StoreError>;
}
