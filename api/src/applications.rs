//! Applying for an item: the draft a user fills in on the device, what the
//! device says about each draft in lists, the delivery choice, and the
//! submitted application (办件).

use serde::{Deserialize, Serialize};

use crate::accounts::Licence;
use crate::dates::Date;
use crate::forms::{Answers, Form};
use crate::ids::{ApplicationNumber, DraftId, ItemCode, UploadId};

/// An application being filled in. Kept on the device after every change, so
/// nothing typed is lost; the form travels with it, so it opens offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Draft {
    /// Chosen by the device when the draft starts.
    pub id: DraftId,
    pub item_code: ItemCode,
    pub item_name: String,
    /// The form as it was when the draft started.
    pub form: Form,
    pub answers: Answers,
    /// The fields the device filled in from the identity, to mark them as such.
    #[serde(default)]
    pub prefilled: Vec<String>,
    /// Where the user was (a section id), to bring them back there.
    pub position: Option<String>,
    /// The credit code of the enterprise applying, or `None` for the user themself.
    pub acting_as: Option<String>,
    /// How the result is to reach the applicant, once chosen.
    pub delivery: Option<Delivery>,
    /// The pages of materials photographed or chosen so far.
    #[serde(default)]
    pub materials: Vec<MaterialPage>,
    /// Submitted on the device while offline: waiting to be sent (待发送).
    #[serde(default)]
    pub outbox: bool,
    /// The account it belongs to ([`crate::accounts::Profile::account_id`]);
    /// `None` for a draft kept before accounts were told apart.
    #[serde(default)]
    pub owner: Option<String>,
    /// Whether the hall holds this very version (set when synced, cleared by
    /// every change on the device).
    #[serde(default)]
    pub synced: bool,
    /// Unix milliseconds of the last change.
    pub updated_at: i64,
    /// The device of the last change, as people name it (the host name).
    pub updated_on: String,
}

/// One page of a material (申请材料): a photo or scan prepared on the device
/// (upright, at most 2048 px and 500 KB, without metadata; the file stays on the
/// device until it is uploaded), or an e-licence on file that the hall fetches
/// itself, so nothing is uploaded for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MaterialPage {
    pub id: String,
    /// Which material of the item's guide this is a page of (its index).
    pub material: u32,
    pub width: u32,
    pub height: u32,
    /// Size of the prepared JPEG (0 for an e-licence).
    pub bytes: u64,
    /// A small picture of the page, as a `data:image/jpeg;base64,…` URL (empty
    /// for an e-licence).
    pub thumbnail: String,
    /// The e-licence used instead of a photo: its kind and number as shown.
    #[serde(default)]
    pub licence: Option<Licence>,
    /// The hall's address of this page's upload, once started (to resume it).
    #[serde(default)]
    pub upload: Option<String>,
    /// Whether the hall has the whole file.
    #[serde(default)]
    pub uploaded: bool,
    /// What the page's file is.
    #[serde(default)]
    pub media: PageMedia,
}

/// The kind of file a material page is kept and uploaded as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PageMedia {
    /// A photo or scan, prepared on the device.
    #[default]
    Jpeg,
    /// A PDF document, uploaded as it is.
    Pdf,
}

impl PageMedia {
    /// The file name extension it is kept under.
    pub fn extension(self) -> &'static str {
        match self {
            PageMedia::Jpeg => "jpg",
            PageMedia::Pdf => "pdf",
        }
    }
}

/// `DELETE /drafts/{id}?deleted_at=`: when the draft was deleted (or
/// submitted), by the deleting device's clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct DraftDeletion {
    /// Unix milliseconds; the draft's own last change when absent.
    #[serde(default)]
    pub deleted_at: Option<i64>,
}

/// A draft in a list: enough to recognise and open it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub id: DraftId,
    pub item_code: ItemCode,
    pub item_name: String,
    /// Sections with every shown field answered without a problem, of all sections.
    pub sections_done: u32,
    pub sections_total: u32,
    /// Waiting in the outbox to be sent (待发送).
    pub outbox: bool,
    pub updated_at: i64,
    pub updated_on: String,
}

/// A change to a draft, saved as the user types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftChange {
    pub id: DraftId,
    pub answers: Answers,
    pub position: Option<String>,
    pub delivery: Option<Delivery>,
}

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

impl Draft {
    /// How far along the draft is, for lists.
    pub fn summary(&self, today: Date) -> DraftSummary {
        let done = self
            .form
            .sections
            .iter()
            .filter(|section| {
                self.form
                    .section_complete(&section.id, &self.answers, today)
            })
            .count();
        DraftSummary {
            id: self.id.clone(),
            item_code: self.item_code.clone(),
            item_name: self.item_name.clone(),
            sections_done: done as u32,
            sections_total: self.form.sections.len() as u32,
            outbox: self.outbox,
            updated_at: self.updated_at,
            updated_on: self.updated_on.clone(),
        }
    }
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
    /// The credit code of the enterprise applying; absent for the caller themself.
    #[serde(default)]
    pub acting_as: Option<String>,
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

/// Where an application stands (办件状态).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// 已提交: received and pre-reviewed, waiting for the department.
    Submitted,
    /// 已受理.
    Accepted,
    /// 已办结.
    Completed,
    /// 不予受理.
    Rejected,
}

/// What the hall does to an application, moving it from one status to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationAction {
    /// 受理.
    Accept,
    /// 不予受理.
    Reject,
    /// 办结.
    Complete,
}

/// Every move an application can make: from a status, by an action, to a
/// status. Whatever is not here is refused.
const TRANSITIONS: &[(ApplicationStatus, ApplicationAction, ApplicationStatus)] = {
    use ApplicationAction::*;
    use ApplicationStatus::*;
    &[
        (Submitted, Accept, Accepted),
        (Submitted, Reject, Rejected),
        (Accepted, Complete, Completed),
    ]
};

/// An action the application's status does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("办件{}，不能{}", .from.label(), .action.label())]
pub struct TransitionError {
    pub from: ApplicationStatus,
    pub action: ApplicationAction,
}

impl ApplicationStatus {
    /// The status after `action`, if this status allows it.
    pub fn apply(self, action: ApplicationAction) -> Result<Self, TransitionError> {
        TRANSITIONS
            .iter()
            .find(|(from, by, _)| *from == self && *by == action)
            .map(|(_, _, to)| *to)
            .ok_or(TransitionError { from: self, action })
    }

    /// The actions this status allows, in the table's order.
    pub fn actions(self) -> impl Iterator<Item = ApplicationAction> {
        TRANSITIONS
            .iter()
            .filter(move |(from, _, _)| *from == self)
            .map(|(_, action, _)| *action)
    }

    /// Whether nothing more can happen to the application.
    pub fn is_final(self) -> bool {
        self.actions().next().is_none()
    }

    /// As the hall says it.
    pub fn label(self) -> &'static str {
        match self {
            ApplicationStatus::Submitted => "已提交",
            ApplicationStatus::Accepted => "已受理",
            ApplicationStatus::Completed => "已办结",
            ApplicationStatus::Rejected => "不予受理",
        }
    }
}

impl ApplicationAction {
    /// As the hall says it.
    pub fn label(self) -> &'static str {
        match self {
            ApplicationAction::Accept => "受理",
            ApplicationAction::Reject => "不予受理",
            ApplicationAction::Complete => "办结",
        }
    }
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
    pub delivery: Delivery,
    pub status: ApplicationStatus,
    /// Unix seconds.
    pub submitted_at: i64,
    /// The promised working days counted from submission.
    pub promised_by: Date,
}

#[cfg(test)]
mod tests {
    use super::ApplicationAction::*;
    use super::ApplicationStatus::*;

    #[test]
    fn an_application_moves_only_along_the_table() {
        assert_eq!(Submitted.apply(Accept), Ok(Accepted));
        assert_eq!(Accepted.apply(Complete), Ok(Completed));
        assert_eq!(Submitted.apply(Reject), Ok(Rejected));
        let refused = Submitted.apply(Complete).unwrap_err();
        assert_eq!(refused.to_string(), "办件已提交，不能办结");
        assert!(Accepted.apply(Accept).is_err(), "accepted once");
    }

    #[test]
    fn completed_and_rejected_are_final() {
        for status in [Completed, Rejected] {
            assert!(status.is_final(), "{status:?}");
            for action in [Accept, Reject, Complete] {
                assert!(status.apply(action).is_err(), "{status:?} {action:?}");
            }
        }
        assert_eq!(Submitted.actions().collect::<Vec<_>>(), [Accept, Reject]);
    }
}
