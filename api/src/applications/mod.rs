//! Applying for an item: the draft a user fills in on the device, what the
//! device says about each draft in lists, the delivery choice, and the
//! submitted application (办件).

use serde::{Deserialize, Serialize};

use crate::delivery::Recipient;
use crate::forms::Answers;
use crate::ids::{ApplicationNumber, AuthorityId, ItemCode, UploadId};

mod drafts;
mod progress;
mod status;

pub use drafts::{
    Correcting, Draft, DraftChange, DraftDeletion, DraftSummary, MaterialPage, PageMedia,
};
pub use progress::{
    ApplicationDetail, ApplicationEvent, CorrectionItem, CorrectionNotice, CorrectionRequest,
    Deadline, LookupQuery, LookupResult, LookupStep, NEAR_DUE_DAYS, StaffActionRequest,
    StaffApplication, StaffApplicationsQuery, Urgency,
};
pub use status::{ApplicationAction, ApplicationStatus, TransitionError};

/// How the result reaches the applicant (结果送达).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// 窗口领取.
    PickUp,
    /// EMS 邮寄 (the address is chosen in a later step).
    Ems,
}

/// `POST /applications` (with an `Idempotency-Key` header): submit an application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubmitRequest {
    pub item_code: ItemCode,
    /// The version of the form the answers were given to.
    pub form_version: u32,
    pub answers: Answers,
    pub delivery: Delivery,
    /// Where EMS is to bring the result: required when `delivery` is `ems`,
    /// not taken otherwise. The hall orders the delivery with the
    /// submission and hands the parcel over once the application is completed.
    #[serde(default)]
    pub recipient: Option<Recipient>,
    /// The credit code of the enterprise applying; absent for the caller themself.
    #[serde(default)]
    pub acting_as: Option<String>,
    /// The relative's authority to apply for the person who gave it
    /// (亲友代办); absent otherwise. Never together with `acting_as`.
    #[serde(default)]
    pub on_behalf_of: Option<AuthorityId>,
    /// The materials handed in: each one's uploaded pages or the e-licence used.
    #[serde(default)]
    pub materials: Vec<SubmittedMaterial>,
}

/// One material of a submission (by its index in the item's guide): the
/// uploads holding its pages, in order, or the kind of e-licence on file that
/// the hall fetches instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubmittedMaterial {
    #[cfg_attr(
        feature = "openapi",
        schema(minimum = 0, maximum = 4294967295_u64, format = Int64)
    )]
    pub material: u32,
    /// The ids of finished uploads (`/uploads/{id}`) made by the caller.
    #[serde(default)]
    pub uploads: Vec<UploadId>,
    /// The kind of e-licence on file, e.g. 居民身份证.
    #[serde(default)]
    pub licence: Option<String>,
}

/// How far the upload of a draft's pages has got, streamed to the UI while
/// it submits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadProgress {
    /// Bytes the hall has.
    pub sent: u64,
    /// Bytes to send in all.
    pub total: u64,
}

/// Where pre-review reports a problem with material number `index`: the
/// `field` of its [`crate::FieldError`], so the UI can link to the material.
pub fn material_field(index: u32) -> String {
    format!("materials.{index}")
}

/// A submitted application (办件), as `POST /applications` answers and
/// `GET /applications` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Application {
    /// 办件编号, e.g. `BZ20261122000001`.
    pub number: ApplicationNumber,
    pub item_code: ItemCode,
    pub item_name: String,
    pub acting_as: Option<String>,
    /// Who handled it for the applicant, when someone else did (a clerk of
    /// the enterprise, a relative): a real name, masked, with the role, e.g.
    /// `李*（亲友代办）`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handled_by: Option<String>,
    pub delivery: Delivery,
    pub status: ApplicationStatus,
    /// Unix seconds.
    pub submitted_at: i64,
    /// 承诺时限: working days from acceptance.
    pub promised_days: u16,
    /// The deadline, once accepted.
    pub deadline: Option<Deadline>,
}
