//! Commands of the applications domain: opening, saving, listing and deleting
//! drafts. Opening needs a login (applications are made under a real name);
//! saving and listing work offline.

use banshi_api::ApiError;
use banshi_api::applications::{
    Application, Draft, DraftChange, DraftSummary, MaterialPage, UploadProgress,
};
use tauri::State;
use tauri::ipc::{Channel, InvokeBody, Request};

use crate::accounts::Accounts;
use crate::applications::Applications;
use crate::hall_api::HallApi;

/// The draft of an item for the identity acted as, started if there is none.
#[tauri::command]
pub async fn draft_open(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    applications: State<'_, Applications>,
    item_code: String,
) -> Result<Draft, ApiError> {
    Ok(applications.open(&api, &accounts, &item_code).await?)
}

#[tauri::command]
pub async fn draft_get(
    applications: State<'_, Applications>,
    id: String,
) -> Result<Draft, ApiError> {
    Ok(applications.get(&id).await?)
}

/// Saves a change as the user types; answers when it is on disk (Unix ms).
#[tauri::command]
pub async fn draft_save(
    applications: State<'_, Applications>,
    change: DraftChange,
) -> Result<i64, ApiError> {
    Ok(applications.save(change).await?)
}

/// The drafts of the account logged in, the last changed first, after a quick
/// sync with the account (so one started on another device shows); offline,
/// this device's. `today` is the UI's date (year, month, day) for date rules.
#[tauri::command]
pub async fn drafts_list(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    applications: State<'_, Applications>,
    today: (u16, u8, u8),
) -> Result<Vec<DraftSummary>, ApiError> {
    let synced = tokio::time::timeout(SYNC_PATIENCE, applications.sync(&api, &accounts)).await;
    if let Ok(Err(error)) = synced {
        tracing::debug!(%error, "listing the drafts on this device only");
    }
    let owner = accounts.owner().await?;
    Ok(applications.list(owner.as_deref(), today).await?)
}

/// How long listing the drafts waits for the account's before showing this device's.
const SYNC_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

#[tauri::command]
pub async fn draft_delete(
    applications: State<'_, Applications>,
    id: String,
) -> Result<(), ApiError> {
    Ok(applications.delete(&id).await?)
}

/// Submits a draft (safe to call twice: the hall answers the same application).
#[tauri::command]
pub async fn draft_submit(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    applications: State<'_, Applications>,
    id: String,
    on_progress: Channel<UploadProgress>,
) -> Result<Application, ApiError> {
    let report = move |sent, total| {
        // A page that went away is no reason to stop the upload.
        let _ = on_progress.send(UploadProgress { sent, total });
    };
    Ok(applications.submit(&api, &accounts, &id, &report).await?)
}

/// The caller's applications (我的办件), the newest first.
#[tauri::command]
pub async fn applications_list(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    applications: State<'_, Applications>,
) -> Result<Vec<Application>, ApiError> {
    Ok(applications.submitted(&api, &accounts).await?)
}

/// Adds a photo or scan (the raw file as the request body) as a page of a
/// material; the headers `draft-id` and `material` say where it goes, and
/// `replaces`, when it is a retake, which page it takes the place of.
#[tauri::command]
pub async fn draft_add_photo(
    app: tauri::AppHandle,
    applications: State<'_, Applications>,
    request: Request<'_>,
) -> Result<MaterialPage, ApiError> {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned)
    };
    let (Some(id), Some(material)) = (
        header("draft-id"),
        header("material").and_then(|m| m.parse::<u32>().ok()),
    ) else {
        return Err(ApiError::bad_request(
            "不知道这张照片属于哪份材料",
            Vec::new(),
        ));
    };
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(ApiError::bad_request("请选择一张照片", Vec::new()));
    };
    let page = applications.add_photo(&id, material, bytes.clone()).await?;
    if let Some(old) = header("replaces") {
        let upload = applications.replace_page(&id, &old, &page.id).await?;
        end_upload_soon(app.clone(), upload);
    }
    // To the hall at once (when online), so the page travels with the draft.
    crate::applications::sync_soon(app);
    Ok(page)
}

/// Removes a page; its upload, if the hall has one, is ended in the
/// background so that removing never waits for the network.
#[tauri::command]
pub async fn draft_remove_page(
    app: tauri::AppHandle,
    applications: State<'_, Applications>,
    id: String,
    page: String,
) -> Result<(), ApiError> {
    let upload = applications.remove_page(&id, &page).await?;
    end_upload_soon(app, upload);
    Ok(())
}

/// Ends a removed page's upload at the hall, in the background.
fn end_upload_soon(app: tauri::AppHandle, upload: Option<String>) {
    let Some(location) = upload else {
        return;
    };
    tauri::async_runtime::spawn(async move {
        use tauri::Manager;
        let (api, accounts, applications) = (
            app.state::<HallApi>(),
            app.state::<Accounts>(),
            app.state::<Applications>(),
        );
        applications.end_upload(&api, &accounts, location).await;
    });
}

/// Uses the e-licence of `kind` on file as material number `material` of a draft.
#[tauri::command]
pub async fn draft_attach_licence(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    applications: State<'_, Applications>,
    id: String,
    material: u32,
    kind: String,
) -> Result<MaterialPage, ApiError> {
    Ok(applications
        .attach_licence(&api, &accounts, &id, material, &kind)
        .await?)
}
