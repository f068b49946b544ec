//! Applications: storing a submitted one with its number, linking its
//! materials' uploads to it, listing a caller's and a hall's, and moving one
//! along its timeline (with the notification of its applicant) in one step.

use async_trait::async_trait;
use banshi_api::applications::{
    Application, ApplicationEvent, ApplicationStatus, CorrectionNotice, Delivery, SubmittedMaterial,
};
use banshi_api::dates::Date;
use banshi_api::delivery::Recipient;
use banshi_api::halls::HallCode;
use banshi_api::ids::{ApplicationNumber, AuthorityId, ItemCode};
use banshi_api::notifications::Notification;

use super::error::StoreError;
use super::idempotency::HeldKey;

/// An application as submission stores it.
pub struct NewApplication<'a> {
    /// The applicant, whose matter it is.
    pub user_id: i64,
    /// The relative who handles it for the applicant, and the authority
    /// they act under (亲友代办); the uploads are the relative's.
    pub relative: Option<(i64, &'a AuthorityId)>,
    /// Who handled it, as the application shows it (e.g. `王*（亲友代办）`).
    pub handled_by: Option<&'a str>,
    pub acting_as: Option<&'a str>,
    pub item_code: &'a ItemCode,
    pub item_name: &'a str,
    pub answers: &'a str,
    /// Pre-reviewed: every upload is a finished one of the user's, not yet linked.
    pub materials: &'a [SubmittedMaterial],
    pub delivery: Delivery,
    /// Who receives the result and the fee agreed, when EMS is chosen: the
    /// result's parcel is ordered with the submission.
    pub recipient: Option<(&'a Recipient, u32)>,
    pub submitted_at: i64,
    /// The day in China, for the number.
    pub day: Date,
    pub form_version: u32,
    pub hall: &'a HallCode,
    pub department: &'a str,
    pub promised_days: u16,
    /// The key the submission came under, completed with it.
    pub key: &'a HeldKey,
}

/// A relative who handled an application for its applicant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handler {
    pub user_id: i64,
    /// Their real name, in full.
    pub name: String,
    /// Whether the authority they acted under is still open: once it ends
    /// they no longer see the matter.
    pub authority_open: bool,
}

/// An application as kept, with what its rules need.
#[derive(Debug, Clone)]
pub struct ApplicationRecord {
    pub id: i64,
    pub number: ApplicationNumber,
    pub user_id: i64,
    /// Who handled it for the applicant under a relative's authority.
    pub relative: Option<Handler>,
    pub acting_as: Option<String>,
    pub item_code: ItemCode,
    pub item_name: String,
    /// JSON, as the API's `Answers`.
    pub answers: String,
    pub materials: Vec<SubmittedMaterial>,
    pub form_version: u32,
    pub delivery: Delivery,
    pub status: ApplicationStatus,
    pub submitted_at: i64,
    pub hall: HallCode,
    pub department: String,
    pub promised_days: u16,
    pub accepted_at: Option<i64>,
    pub paused_since: Option<i64>,
    pub paused_days: i64,
    pub ended_at: Option<i64>,
    pub correction: Option<CorrectionNotice>,
    /// Who submitted it for an enterprise (a real name in full), and their
    /// role there while they stay on its staff; `None` for a person's own.
    pub handler: Option<(String, Option<banshi_api::enterprises::StaffRole>)>,
}

/// One move of an application, stored at once with its event, its
/// applicant's notification, and what it changes.
pub struct Transition<'a> {
    pub application_id: i64,
    /// The status it must still be in; another move meanwhile stores nothing.
    pub from: ApplicationStatus,
    pub event: &'a ApplicationEvent,
    pub accepted_at: Option<i64>,
    pub paused_since: Option<i64>,
    pub paused_days: i64,
    pub ended_at: Option<i64>,
    pub due_on: Option<Date>,
    /// The notice to keep open (a correction request) or `None` to close it.
    pub correction: Option<&'a CorrectionNotice>,
    /// New answers (JSON) and materials, for a correction handed in; its new
    /// uploads are linked to the application.
    pub corrected: Option<(&'a str, &'a [SubmittedMaterial])>,
    /// The notification of the applicant.
    pub notification: &'a NewNotification,
    /// An e-licence issued with the result: its holder, kind and number.
    pub licence: Option<(Result<i64, &'a str>, &'a str, &'a str)>,
    /// The key the move came under (a correction), completed with `response`.
    pub key: Option<(&'a HeldKey, &'a serde_json::Value)>,
}

/// A notification to add to a person's feed.
#[derive(Debug, Clone)]
pub struct NewNotification {
    pub user_id: i64,
    pub at: i64,
    pub notification: Notification,
}

/// Why a move stored nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    Done,
    /// Another move came first: the status is no longer the one expected.
    Overtaken,
    /// A page of the correction was removed or handed in elsewhere meanwhile.
    PageGone,
}

/// Where applications are kept.
#[async_trait]
pub trait ApplicationStore: Send + Sync {
    /// Stores a submitted application with its first event, links the uploads
    /// of its materials to it, and answers it with its new number; `None`,
    /// storing nothing, when one of the uploads was removed or handed in
    /// elsewhere since pre-review.
    async fn create_application(
        &self,
        new: &NewApplication<'_>,
    ) -> Result<Option<Application>, StoreError>;

    /// An application by its number.
    async fn application(
        &self,
        number: &ApplicationNumber,
    ) -> Result<Option<ApplicationRecord>, StoreError>;

    /// A user's applications, the newest first.
    async fn applications_of(&self, user_id: i64) -> Result<Vec<ApplicationRecord>, StoreError>;

    /// A hall's applications in `state` (every unfinished one when `None`),
    /// due on or before `due_before` if given; the soonest due first, those
    /// not yet accepted after them by submission. With each applicant's name.
    async fn hall_applications(
        &self,
        hall: &HallCode,
        state: Option<ApplicationStatus>,
        due_before: Option<Date>,
    ) -> Result<Vec<(ApplicationRecord, String)>, StoreError>;

    /// The timeline of an application, the oldest first.
    async fn events_of(&self, application_id: i64) -> Result<Vec<ApplicationEvent>, StoreError>;

    /// Moves an application on, with everything the move changes, in one step.
    async fn transition(&self, transition: &Transition<'_>) -> Result<Moved, StoreError>;

    /// Adds a notification to its person's feed; answers its id, or `None`
    /// when it is about a booking that already has one of its kind.
    async fn notify(&self, notification: &NewNotification) -> Result<Option<i64>, StoreError>;

    /// A person's notifications after id `after`, the oldest first.
    async fn notifications_of(
        &self,
        user_id: i64,
        after: i64,
    ) -> Result<Vec<Notification>, StoreError>;
}
