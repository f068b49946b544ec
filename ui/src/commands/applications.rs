//! The wrappers of the applications noun's commands: drafts and their
//! material pages, submitting, the applications submitted, each one
//! followed, withdrawn and corrected.

use banshi_api::ApiError;
use banshi_api::applications::{
    Application, ApplicationDetail, Draft, DraftChange, DraftSummary, MaterialPage, UploadProgress,
};
use banshi_api::dates::Date;
use banshi_api::ids::{ApplicationNumber, DraftId, ItemCode};
use banshi_api::ipc::applications::{
    ApplicationCopy, ApplicationGet, ApplicationWithdraw, ApplicationsList, CorrectionOpen,
    CorrectionSubmit, DraftAddPhoto, DraftAttachLicence, DraftDelete, DraftGet, DraftOpen,
    DraftRemovePage, DraftSave, DraftSubmit, DraftsList, photo_headers,
};

use super::{file_body, invoke, invoke_raw, invoke_streaming};

/// The draft of an item for the identity acted as, started if there is none.
pub async fn draft_open(item_code: ItemCode) -> Result<Draft, ApiError> {
    invoke::<DraftOpen>(&DraftOpen { item_code }).await
}

/// A draft on this device by its id.
pub async fn draft_get(id: DraftId) -> Result<Draft, ApiError> {
    invoke::<DraftGet>(&DraftGet { id }).await
}

/// Saves a change; answers when it is on disk (Unix ms).
pub async fn draft_save(change: DraftChange) -> Result<i64, ApiError> {
    invoke::<DraftSave>(&change).await
}

/// Every draft on this device, the last changed first.
pub async fn drafts_list(today: Date) -> Result<Vec<DraftSummary>, ApiError> {
    invoke::<DraftsList>(&DraftsList { today }).await
}

/// Submits a draft; safe to call again (the hall answers the same application).
/// `on_progress` follows the upload of its pages first.
pub async fn draft_submit(
    id: DraftId,
    on_progress: impl Fn(UploadProgress) + 'static,
) -> Result<Application, ApiError> {
    invoke_streaming::<DraftSubmit>(&DraftSubmit { id }, on_progress).await
}

/// The caller's applications (我的办件), the newest first.
pub async fn applications_list() -> Result<Vec<Application>, ApiError> {
    invoke::<ApplicationsList>(&()).await
}

/// Sends the file the user chose (a photo or scan) to the shell, which prepares
/// it as a page of material number `material` of the draft (in the place of
/// page `replaces`, for a retake). The bytes go as the raw request body, not
/// as JSON.
pub async fn draft_add_photo(
    id: DraftId,
    material: u32,
    file: web_sys::File,
    replaces: Option<String>,
) -> Result<MaterialPage, ApiError> {
    let bytes = file_body(&file).await?;
    let mut headers = vec![
        (photo_headers::DRAFT_ID, id.to_string()),
        (photo_headers::MATERIAL, material.to_string()),
    ];
    if let Some(page) = replaces {
        headers.push((photo_headers::REPLACES, page));
    }
    invoke_raw::<DraftAddPhoto>(bytes, &headers).await
}

/// Uses the e-licence of `kind` on file as material number `material`.
pub async fn draft_attach_licence(
    id: DraftId,
    material: u32,
    kind: String,
) -> Result<MaterialPage, ApiError> {
    invoke::<DraftAttachLicence>(&DraftAttachLicence { id, material, kind }).await
}

/// Removes a page from a draft.
pub async fn draft_remove_page(id: DraftId, page: String) -> Result<(), ApiError> {
    invoke::<DraftRemovePage>(&DraftRemovePage { id, page }).await
}

pub async fn draft_delete(id: DraftId) -> Result<(), ApiError> {
    invoke::<DraftDelete>(&DraftDelete { id }).await
}

/// One of the caller's applications with its timeline; offline, the copy
/// kept when it was last fetched.
pub async fn application_get(number: ApplicationNumber) -> Result<ApplicationCopy, ApiError> {
    invoke::<ApplicationGet>(&ApplicationGet { number }).await
}

/// Withdraws an application before acceptance.
pub async fn application_withdraw(
    number: ApplicationNumber,
) -> Result<ApplicationDetail, ApiError> {
    invoke::<ApplicationWithdraw>(&ApplicationWithdraw { number }).await
}

/// The draft answering an application's correction notice.
pub async fn correction_open(number: ApplicationNumber) -> Result<Draft, ApiError> {
    invoke::<CorrectionOpen>(&CorrectionOpen { number }).await
}

/// Hands in a correction draft; safe to call again (the same correction).
pub async fn correction_submit(
    id: DraftId,
    on_progress: impl Fn(UploadProgress) + 'static,
) -> Result<ApplicationDetail, ApiError> {
    invoke_streaming::<CorrectionSubmit>(&CorrectionSubmit { id }, on_progress).await
}
