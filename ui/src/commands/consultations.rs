//! The wrappers of the consultations noun's commands (咨询投诉): the draft
//! kept on the device, sending it, and the user's questions and complaints.

use banshi_api::ApiError;
use banshi_api::consultations::{Consultation, ConsultationAbout, ConsultationKind};
use banshi_api::ids::{ConsultationId, DraftId};
use banshi_api::ipc::consultations::{
    ConsultationDraft, ConsultationDraftAddPhoto, ConsultationDraftOpen,
    ConsultationDraftRemovePhoto, ConsultationDraftSave, ConsultationGet, ConsultationSend,
    ConsultationsList, DRAFT_ID_HEADER, DraftPhoto,
};

use super::{file_body, invoke, invoke_raw};

/// The draft about `about`, started as `kind` if there is none.
pub async fn consultation_draft_open(
    kind: ConsultationKind,
    about: ConsultationAbout,
) -> Result<ConsultationDraft, ApiError> {
    invoke::<ConsultationDraftOpen>(&ConsultationDraftOpen { kind, about }).await
}

/// Saves the kind and text; answers when it is on disk (Unix ms).
pub async fn consultation_draft_save(
    id: DraftId,
    kind: ConsultationKind,
    text: String,
) -> Result<i64, ApiError> {
    invoke::<ConsultationDraftSave>(&ConsultationDraftSave { id, kind, text }).await
}

/// Sends the chosen photo to the shell, which prepares it (no metadata) and
/// keeps it with the draft. The bytes go as the raw request body.
pub async fn consultation_draft_add_photo(
    id: DraftId,
    file: web_sys::File,
) -> Result<DraftPhoto, ApiError> {
    let bytes = file_body(&file).await?;
    invoke_raw::<ConsultationDraftAddPhoto>(bytes, &[(DRAFT_ID_HEADER, id.to_string())]).await
}

pub async fn consultation_draft_remove_photo(id: DraftId, photo: String) -> Result<(), ApiError> {
    invoke::<ConsultationDraftRemovePhoto>(&ConsultationDraftRemovePhoto { id, photo }).await
}

/// Sends the draft; safe to call again (the same question, never a second).
pub async fn consultation_send(id: DraftId) -> Result<Consultation, ApiError> {
    invoke::<ConsultationSend>(&ConsultationSend { id }).await
}

/// The caller's questions and complaints, the newest first.
pub async fn consultations_list() -> Result<Vec<Consultation>, ApiError> {
    invoke::<ConsultationsList>(&()).await
}

pub async fn consultation_get(id: ConsultationId) -> Result<Consultation, ApiError> {
    invoke::<ConsultationGet>(&ConsultationGet { id }).await
}
