//! The commands of the applications noun: opening, saving, listing, deleting
//! and submitting drafts, and their material pages. Opening needs a login
//! (applications are made under a real name); saving and listing work offline.

use banshi_api::applications::UploadProgress;
use banshi_api::ipc::applications::{
    ApplicationGet, ApplicationWithdraw, ApplicationsList, CorrectionOpen, CorrectionSubmit,
    DraftAddPhoto, DraftAttachLicence, DraftDelete, DraftGet, DraftOpen, DraftRemovePage,
    DraftSave, DraftSubmit, DraftsList,
};
use tauri::ipc::Request;
use tauri::{AppHandle, State};

use super::{Answer, Args, Stream};
use crate::applications::Applications;

#[tauri::command]
pub async fn draft_open(
    applications: State<'_, Applications>,
    args: Args<DraftOpen>,
) -> Answer<DraftOpen> {
    Ok(applications.open(&args.item_code).await?)
}

#[tauri::command]
pub async fn draft_get(
    applications: State<'_, Applications>,
    args: Args<DraftGet>,
) -> Answer<DraftGet> {
    Ok(applications.get(args.id.as_str()).await?)
}

#[tauri::command]
pub async fn draft_save(
    applications: State<'_, Applications>,
    args: Args<DraftSave>,
) -> Answer<DraftSave> {
    Ok(applications.save(args).await?)
}

#[tauri::command]
pub async fn drafts_list(
    applications: State<'_, Applications>,
    args: Args<DraftsList>,
) -> Answer<DraftsList> {
    Ok(applications.list_synced(args.today).await?)
}

#[tauri::command]
pub async fn draft_delete(
    applications: State<'_, Applications>,
    args: Args<DraftDelete>,
) -> Answer<DraftDelete> {
    Ok(applications.delete(args.id.as_str()).await?)
}

#[tauri::command]
pub async fn draft_submit(
    applications: State<'_, Applications>,
    args: Args<DraftSubmit>,
    channel: Stream<DraftSubmit>,
) -> Answer<DraftSubmit> {
    let report = move |sent, total| {
        // A page that went away is no reason to stop the upload.
        let _ = channel.send(UploadProgress { sent, total });
    };
    Ok(applications.submit(args.id.as_str(), &report).await?)
}

#[tauri::command]
pub async fn applications_list(applications: State<'_, Applications>) -> Answer<ApplicationsList> {
    Ok(applications.submitted().await?)
}

/// The photo or scan is the raw request body; its headers say where it goes
/// (see [`banshi_api::ipc::applications::photo_headers`]).
#[tauri::command]
pub async fn draft_add_photo(
    app: AppHandle,
    applications: State<'_, Applications>,
    request: Request<'_>,
) -> Answer<DraftAddPhoto> {
    Ok(applications.add_photo_sent(app, &request).await?)
}

#[tauri::command]
pub async fn draft_remove_page(
    applications: State<'_, Applications>,
    args: Args<DraftRemovePage>,
) -> Answer<DraftRemovePage> {
    Ok(applications
        .take_out_page_soon(args.id.as_str(), &args.page)
        .await?)
}

#[tauri::command]
pub async fn draft_attach_licence(
    applications: State<'_, Applications>,
    args: Args<DraftAttachLicence>,
) -> Answer<DraftAttachLicence> {
    Ok(applications
        .attach_licence(args.id.as_str(), args.material, &args.kind)
        .await?)
}

#[tauri::command]
pub async fn application_get(
    applications: State<'_, Applications>,
    args: Args<ApplicationGet>,
) -> Answer<ApplicationGet> {
    Ok(applications.detail(&args.number).await?)
}

#[tauri::command]
pub async fn application_withdraw(
    applications: State<'_, Applications>,
    args: Args<ApplicationWithdraw>,
) -> Answer<ApplicationWithdraw> {
    Ok(applications.withdraw(&args.number).await?)
}

#[tauri::command]
pub async fn correction_open(
    applications: State<'_, Applications>,
    args: Args<CorrectionOpen>,
) -> Answer<CorrectionOpen> {
    Ok(applications.open_correction(&args.number).await?)
}

#[tauri::command]
pub async fn correction_submit(
    applications: State<'_, Applications>,
    args: Args<CorrectionSubmit>,
    channel: Stream<CorrectionSubmit>,
) -> Answer<CorrectionSubmit> {
    let report = move |sent, total| {
        // A page that went away is no reason to stop the upload.
        let _ = channel.send(UploadProgress { sent, total });
    };
    Ok(applications
        .submit_correction(args.id.as_str(), &report)
        .await?)
}
