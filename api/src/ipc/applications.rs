//! The commands of the applications noun: drafts opened, saved, listed and
//! submitted, their material pages, the applications submitted, each one
//! followed to its result (offline from the last copy), withdrawn, and
//! corrected.

use super::{command, streaming};
use serde::{Deserialize, Serialize};

use crate::applications::{
    Application, ApplicationDetail, Draft, DraftChange, DraftSummary, MaterialPage, UploadProgress,
};
use crate::dates::Date;
use crate::ids::{ApplicationNumber, DraftId, ItemCode};

command! {
    /// The draft of an item for the identity acted as, started if there is none.
    DraftOpen = "draft_open" { item_code: ItemCode } => Draft
}

command! {
    /// A draft on this device by its id.
    DraftGet = "draft_get" { id: DraftId } => Draft
}

command! {
    /// Saves a change; answers when it is on disk (Unix ms).
    DraftSave = "draft_save": DraftChange => i64
}

command! {
    /// The drafts of the account logged in, the last changed first.
    DraftsList = "drafts_list" {
        /// The UI's date (year, month, day), for date rules.
        today: Date,
    } => Vec<DraftSummary>
}

command! {
    DraftDelete = "draft_delete" { id: DraftId } => ()
}

command! {
    /// Submits a draft (safe to call twice: the hall answers the same
    /// application), streaming the upload of its pages first.
    DraftSubmit = "draft_submit" { id: DraftId } => Application
}
streaming!(DraftSubmit => UploadProgress);

command! {
    /// The caller's applications (我的办件), the newest first.
    ApplicationsList = "applications_list": () => Vec<Application>
}

command! {
    /// Adds a photo or scan as a page of a material. The file goes as the raw
    /// request body, not as JSON, and where it goes in the headers of
    /// [`photo_headers`]; so the command has no JSON arguments.
    DraftAddPhoto = "draft_add_photo": () => MaterialPage
}

/// The headers of [`DraftAddPhoto`].
pub mod photo_headers {
    /// The draft's id.
    pub const DRAFT_ID: &str = "draft-id";
    /// The number of the material the page belongs to.
    pub const MATERIAL: &str = "material";
    /// For a retake: the id of the page the new one takes the place of.
    pub const REPLACES: &str = "replaces";
}

command! {
    /// Removes a page from a draft.
    DraftRemovePage = "draft_remove_page" { id: DraftId, page: String } => ()
}

command! {
    /// Uses the e-licence of `kind` on file as material number `material` of a draft.
    DraftAttachLicence = "draft_attach_licence" {
        id: DraftId,
        material: u32,
        kind: String,
    } => MaterialPage
}

/// An application as the device last heard of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCopy {
    pub detail: ApplicationDetail,
    /// When the hall gave this copy (Unix seconds).
    pub fetched_at: i64,
    /// Whether the hall could not be reached and this is the copy kept on
    /// the device.
    pub offline: bool,
}

command! {
    /// One of the caller's applications with its timeline, from the hall, or
    /// offline from the copy kept when it was last fetched.
    ApplicationGet = "application_get" { number: ApplicationNumber } => ApplicationCopy
}

command! {
    /// Withdraws an application before acceptance (撤回).
    ApplicationWithdraw = "application_withdraw" { number: ApplicationNumber } => ApplicationDetail
}

command! {
    /// The draft answering an application's correction notice: its answers
    /// and form, only the notice's items to edit; started if there is none.
    CorrectionOpen = "correction_open" { number: ApplicationNumber } => Draft
}

command! {
    /// Sends a correction draft's listed items to the hall (safe to call
    /// again: a retry goes under the same Idempotency-Key), streaming the
    /// upload of its pages first. The draft stays until the hall has it.
    CorrectionSubmit = "correction_submit" { id: DraftId } => ApplicationDetail
}
streaming!(CorrectionSubmit => UploadProgress);
