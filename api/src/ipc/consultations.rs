//! The commands of the consultations noun (咨询投诉): a question or complaint
//! written as a draft kept on the device (its text and photos survive a
//! closed page or a lost network) and sent once, and the user's questions and
//! complaints with the hall's answers.

use serde::{Deserialize, Serialize};

use super::command;
use crate::consultations::{Consultation, ConsultationAbout, ConsultationKind};
use crate::ids::{ConsultationId, DraftId, UploadId};

/// A photo of a draft, prepared on the device (upright, no metadata).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftPhoto {
    /// Chosen on the device.
    pub id: String,
    /// A small JPEG as a `data:` URL, for the form.
    pub thumbnail: String,
    /// The prepared photo's size.
    pub bytes: u64,
    /// The hall's upload once it has the whole photo.
    #[serde(default)]
    pub upload: Option<UploadId>,
}

/// A question or complaint not sent yet, kept on the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationDraft {
    pub id: DraftId,
    pub kind: ConsultationKind,
    pub about: ConsultationAbout,
    pub text: String,
    pub photos: Vec<DraftPhoto>,
    /// The account it belongs to.
    pub owner: String,
    /// Unix milliseconds of the last change.
    pub updated_at: i64,
}

command! {
    /// The draft about `about` of the account logged in, started (as `kind`)
    /// if there is none; one kept keeps its own kind and text.
    ConsultationDraftOpen = "consultation_draft_open" {
        kind: ConsultationKind,
        about: ConsultationAbout,
    } => ConsultationDraft
}

command! {
    /// Saves the draft's kind and text; answers when it is on disk (Unix ms).
    ConsultationDraftSave = "consultation_draft_save" {
        id: DraftId,
        kind: ConsultationKind,
        text: String,
    } => i64
}

command! {
    /// Adds a photo to a draft. The file goes as the raw request body and the
    /// draft's id in the header [`DRAFT_ID_HEADER`], so the command has no
    /// JSON arguments.
    ConsultationDraftAddPhoto = "consultation_draft_add_photo": () => DraftPhoto
}

/// The header of [`ConsultationDraftAddPhoto`] naming the draft.
pub const DRAFT_ID_HEADER: &str = "draft-id";

command! {
    ConsultationDraftRemovePhoto = "consultation_draft_remove_photo" { id: DraftId, photo: String } => ()
}

command! {
    /// Sends a draft: its photos first, then the question or complaint under
    /// one Idempotency-Key that every retry reuses; the draft is deleted once
    /// the hall has it.
    ConsultationSend = "consultation_send" { id: DraftId } => Consultation
}

command! {
    /// The caller's questions and complaints, the newest first.
    ConsultationsList = "consultations_list": () => Vec<Consultation>
}

command! {
    /// One of them with its thread.
    ConsultationGet = "consultation_get" { id: ConsultationId } => Consultation
}
