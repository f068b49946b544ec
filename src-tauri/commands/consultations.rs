//! The commands of the consultations noun (咨询投诉): the draft kept on the
//! device (opened, saved, its photos), sending it, and the user's questions
//! and complaints with their threads.

use banshi_api::ipc::consultations::{
    ConsultationDraftAddPhoto, ConsultationDraftOpen, ConsultationDraftRemovePhoto,
    ConsultationDraftSave, ConsultationGet, ConsultationSend, ConsultationsList,
};
use tauri::State;
use tauri::ipc::Request;

use super::{Answer, Args};
use crate::consultations::Consultations;

#[tauri::command]
pub async fn consultation_draft_open(
    consultations: State<'_, Consultations>,
    args: Args<ConsultationDraftOpen>,
) -> Answer<ConsultationDraftOpen> {
    Ok(consultations.open(args.kind, &args.about).await?)
}

#[tauri::command]
pub async fn consultation_draft_save(
    consultations: State<'_, Consultations>,
    args: Args<ConsultationDraftSave>,
) -> Answer<ConsultationDraftSave> {
    Ok(consultations
        .save(args.id.as_str(), args.kind, args.text)
        .await?)
}

/// The photo is the raw request body; a header names the draft (see
/// [`banshi_api::ipc::consultations::DRAFT_ID_HEADER`]).
#[tauri::command]
pub async fn consultation_draft_add_photo(
    consultations: State<'_, Consultations>,
    request: Request<'_>,
) -> Answer<ConsultationDraftAddPhoto> {
    Ok(consultations.add_photo_sent(&request).await?)
}

#[tauri::command]
pub async fn consultation_draft_remove_photo(
    consultations: State<'_, Consultations>,
    args: Args<ConsultationDraftRemovePhoto>,
) -> Answer<ConsultationDraftRemovePhoto> {
    Ok(consultations
        .remove_photo(args.id.as_str(), &args.photo)
        .await?)
}

#[tauri::command]
pub async fn consultation_send(
    consultations: State<'_, Consultations>,
    args: Args<ConsultationSend>,
) -> Answer<ConsultationSend> {
    Ok(consultations.send(args.id.as_str()).await?)
}

#[tauri::command]
pub async fn consultations_list(
    consultations: State<'_, Consultations>,
) -> Answer<ConsultationsList> {
    Ok(consultations.list().await?)
}

#[tauri::command]
pub async fn consultation_get(
    consultations: State<'_, Consultations>,
    args: Args<ConsultationGet>,
) -> Answer<ConsultationGet> {
    Ok(consultations.get(&args.id).await?)
}
