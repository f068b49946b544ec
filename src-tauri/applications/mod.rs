//! Applying online: drafts that start from the item's form (prefilled from the
//! identity acted as) and are saved on every change, so an application survives
//! anything — a weak network, a crash, a killed app.

mod store;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use banshi_api::accounts::Account;
use banshi_api::applications::{
    Application, Delivery, Draft, DraftChange, DraftSummary, MaterialPage, PageMedia,
    SubmitRequest, SubmittedMaterial,
};
use banshi_api::forms::{Answer, Answers, Form, PrefillKey};
use tokio::sync::OnceCell;

pub use store::{DraftStore, DraftStoreError};

use crate::ShellError;
use crate::accounts::Accounts;
use crate::clock::now_ms;
use crate::hall_api::HallApi;
use crate::photos;
use crate::retries::{new_id, retried};

/// How much of a page one request carries.
const UPLOAD_CHUNK_BYTES: usize = 128 * 1024;

/// The largest PDF the hall accepts as a page: 10 MB.
const MAX_PDF_BYTES: usize = 10 * 1024 * 1024;

/// How every PDF file begins.
const PDF_SIGNATURE: &[u8] = b"%PDF-";

/// The largest photo or scan accepted before preparing it: 40 MB.
pub const MAX_PHOTO_BYTES: usize = 40 * 1024 * 1024;

/// The app's applications state: the draft store, opened on first use.
pub struct Applications {
    path: PathBuf,
    store: OnceCell<DraftStore>,
    device: String,
    /// Held by every read-modify-write of a draft and by deleting one, so a save
    /// that races a submit can never bring the submitted draft back.
    writes: tokio::sync::Mutex<()>,
}

impl Applications {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join("drafts.sqlite3"),
            store: OnceCell::new(),
            device: device_name(),
            writes: tokio::sync::Mutex::new(()),
        }
    }

    async fn store(&self) -> Result<&DraftStore, ShellError> {
        Ok(self
            .store
            .get_or_try_init(|| DraftStore::open(&self.path))
            .await?)
    }

    /// The draft of `item_code` for the identity acted as: the one in progress,
    /// or a new one from the item's form with what the identity already tells.
    pub async fn open(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        item_code: &str,
    ) -> Result<Draft, ShellError> {
        let account = accounts
            .current(api)
            .await?
            .ok_or(ShellError::NotLoggedIn)?;
        let acting_as = account.acting_as.as_ref().map(|e| e.uscc.clone());
        let owner = account.profile.account_id.clone();
        let store = self.store().await?;
        if let Some(draft) = store
            .for_item(&owner, item_code, acting_as.as_deref())
            .await?
        {
            return Ok(draft);
        }
        let client = api.client().await?;
        let form = client.form(item_code).await?;
        let item = client.item(item_code).await?;
        let answers = prefilled(&form, &account);
        let draft = Draft {
            id: new_id(),
            item_code: item_code.to_owned(),
            item_name: item.summary.name,
            prefilled: answers.keys().cloned().collect(),
            answers,
            form,
            position: None,
            acting_as,
            delivery: None,
            materials: Vec::new(),
            outbox: false,
            owner: Some(owner),
            synced: false,
            updated_at: now_ms(),
            updated_on: self.device.clone(),
        };
        store.put(&draft).await?;
        Ok(draft)
    }

    pub async fn get(&self, id: &str) -> Result<Draft, ShellError> {
        self.store()
            .await?
            .get(id)
            .await?
            .ok_or(ShellError::NoSuchDraft)
    }

    /// Saves a change; durable when this returns. Answers the time of the change.
    pub async fn save(&self, change: DraftChange) -> Result<i64, ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store
            .get(&change.id)
            .await?
            .ok_or(ShellError::NoSuchDraft)?;
        draft.answers = change.answers;
        draft.position = change.position;
        draft.delivery = change.delivery;
        draft.updated_at = now_ms();
        draft.synced = false;
        draft.updated_on = self.device.clone();
        store.put(&draft).await?;
        Ok(draft.updated_at)
    }

    /// Submits a draft, under its id as the Idempotency-Key: a double tap or a
    /// retry after a lost answer gets the same application back, never a second.
    /// The draft is deleted once the hall has it.
    /// `on_progress` hears how the pages' upload goes (bytes sent, bytes in all).
    pub async fn submit(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
        on_progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<Application, ShellError> {
        let store = self.store().await?;
        // The materials first: an application goes with all its pages.
        match self.upload_pages(api, accounts, id, on_progress).await {
            Err(ShellError::Network { .. }) => {
                self.mark_outbox(id).await?;
                return Err(ShellError::Queued);
            }
            other => other?,
        }
        let draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let request = SubmitRequest {
            item_code: draft.item_code.clone(),
            form_version: draft.form.version,
            answers: draft.form.submitted(&draft.answers),
            delivery: draft.delivery.unwrap_or(Delivery::PickUp),
            acting_as: draft.acting_as.clone(),
            materials: submitted_materials(&draft.materials),
        };
        let key = format!("draft-{}", draft.id);
        let sent = accounts
            .with_session(api, |client, token| {
                let (request, key) = (request.clone(), key.clone());
                async move { client.submit(&token, &key, &request).await }
            })
            .await;
        match sent {
            Ok(application) => {
                self.delete(id).await?;
                tracing::info!(number = %application.number, "application submitted");
                Ok(application)
            }
            Err(ShellError::Network { .. }) => {
                self.mark_outbox(id).await?;
                Err(ShellError::Queued)
            }
            Err(error) => Err(error),
        }
    }

    /// Puts a draft into the outbox: sent again, under the same key, when the
    /// hall answers.
    async fn mark_outbox(&self, id: &str) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        draft.outbox = true;
        draft.updated_at = now_ms();
        draft.synced = false;
        store.put(&draft).await?;
        tracing::info!("no network: the application waits in the outbox");
        Ok(())
    }

    /// Sends every application waiting in the outbox; answers those the hall
    /// took. Each goes under its draft's key, so one already received before a
    /// lost answer comes back as the same application.
    pub async fn send_outbox(&self, api: &HallApi, accounts: &Accounts) -> Vec<Application> {
        let Ok(store) = self.store().await else {
            return Vec::new();
        };
        let waiting: Vec<String> = match store.list().await {
            Ok(drafts) => drafts
                .into_iter()
                .filter(|d| d.outbox)
                .map(|d| d.id)
                .collect(),
            Err(_) => return Vec::new(),
        };
        let mut sent = Vec::new();
        for id in waiting {
            match self.submit(api, accounts, &id, &|_, _| {}).await {
                Ok(application) => sent.push(application),
                // Still offline: it stays in the outbox for the next round.
                Err(ShellError::Queued) => break,
                Err(error) => tracing::warn!(%error, "an application in the outbox was not sent"),
            }
        }
        sent
    }

    /// Uploads every photographed page of a draft the hall does not have yet,
    /// in chunks, resuming each from the hall's offset: after a lost chunk, a
    /// dropped connection or an app restart nothing is sent twice. A chunk that
    /// fails for want of a network is retried with backoff and jitter; if the
    /// network stays away the error says so and the next try resumes.
    /// `on_progress` hears the bytes sent and the bytes to send.
    pub async fn upload_pages(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
        on_progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<(), ShellError> {
        let store = self.store().await?;
        let draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let pending: Vec<MaterialPage> = draft
            .materials
            .into_iter()
            .filter(|page| page.licence.is_none() && !page.uploaded)
            .collect();
        let total: u64 = pending.iter().map(|page| page.bytes).sum();
        let mut sent = 0;
        for page in pending {
            let path =
                self.materials_dir(id)
                    .join(format!("{}.{}", page.id, page.media.extension()));
            let bytes = match tokio::fs::read(&path).await {
                Ok(bytes) => bytes,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    return Err(ShellError::refused_on_device(
                        "有一页材料是在另一台设备上添加的，还没有上传。请在那台设备上提交，或在本机删除后重新拍摄"
                            .to_owned(),
                    ));
                }
                Err(source) => return Err(ShellError::Materials { path, source }),
            };
            let location = match page.upload.clone() {
                Some(location) => location,
                None => {
                    let length = bytes.len() as u64;
                    let location = accounts
                        .with_session(api, |client, token| async move {
                            client.upload_create(&token, length).await
                        })
                        .await?;
                    // Remembered at once, so a restart resumes this upload.
                    self.update_page(id, &page.id, |stored| {
                        stored.upload = Some(location.clone());
                    })
                    .await?;
                    location
                }
            };
            let mut offset = retried(|| {
                let location = location.clone();
                accounts.with_session(api, move |client, token| {
                    let location = location.clone();
                    async move { client.upload_offset(&token, &location).await }
                })
            })
            .await?;
            while offset < bytes.len() as u64 {
                let end = (offset as usize + UPLOAD_CHUNK_BYTES).min(bytes.len());
                let chunk = bytes[offset as usize..end].to_vec();
                let at = offset;
                offset = retried(|| {
                    let (location, chunk) = (location.clone(), chunk.clone());
                    accounts.with_session(api, move |client, token| {
                        let (location, chunk) = (location.clone(), chunk.clone());
                        async move { client.upload_chunk(&token, &location, at, &chunk).await }
                    })
                })
                .await?;
                on_progress(sent + offset, total);
            }
            sent += bytes.len() as u64;
            self.update_page(id, &page.id, |stored| stored.uploaded = true)
                .await?;
        }
        Ok(())
    }

    /// Changes one page of a stored draft.
    async fn update_page(
        &self,
        id: &str,
        page_id: &str,
        change: impl FnOnce(&mut MaterialPage),
    ) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        if let Some(page) = draft.materials.iter_mut().find(|page| page.id == page_id) {
            change(page);
        }
        store.put(&draft).await?;
        Ok(())
    }

    /// The caller's applications (我的办件), the newest first.
    pub async fn submitted(
        &self,
        api: &HallApi,
        accounts: &Accounts,
    ) -> Result<Vec<Application>, ShellError> {
        accounts
            .with_session(api, |client, token| async move {
                client.applications(&token).await
            })
            .await
    }

    /// Prepares a photo or scan as a page of material number `material` of the
    /// draft: kept on the device, its thumbnail in the draft.
    pub async fn add_photo(
        &self,
        id: &str,
        material: u32,
        bytes: Vec<u8>,
    ) -> Result<MaterialPage, ShellError> {
        if bytes.len() > MAX_PHOTO_BYTES {
            return Err(ShellError::refused_on_device(format!(
                "照片超过 {} MB，请用手机相机重新拍摄或压缩后再选",
                MAX_PHOTO_BYTES / 1024 / 1024
            )));
        }
        let store = self.store().await?;
        if store.get(id).await?.is_none() {
            return Err(ShellError::NoSuchDraft);
        }
        if bytes.starts_with(PDF_SIGNATURE) {
            return self.add_pdf(id, material, bytes).await;
        }
        let (page, thumbnail) = tokio::task::spawn_blocking(move || {
            Ok::<_, photos::PhotoError>((photos::prepare(&bytes)?, photos::thumbnail(&bytes)?))
        })
        .await
        .map_err(|_| ShellError::refused_on_device("照片处理被中断，请重试".to_owned()))?
        .map_err(|error| ShellError::refused_on_device(error.user_message()))?;
        let page_id = new_id();
        let folder = self.materials_dir(id);
        let path = folder.join(format!("{page_id}.jpg"));
        write_durably(&folder, &path, &page.jpeg)
            .await
            .map_err(|source| ShellError::Materials { path, source })?;
        let material_page = MaterialPage {
            id: page_id,
            material,
            width: page.width,
            height: page.height,
            bytes: page.jpeg.len() as u64,
            thumbnail: format!("data:image/jpeg;base64,{}", BASE64.encode(&thumbnail.jpeg)),
            licence: None,
            upload: None,
            uploaded: false,
            media: PageMedia::Jpeg,
        };
        self.push_page(id, material_page).await
    }

    /// Keeps a PDF as a page as it is: the hall takes PDFs up to 10 MB, and a
    /// file cut short (no `%%EOF` near its end) is refused before it travels.
    async fn add_pdf(
        &self,
        id: &str,
        material: u32,
        bytes: Vec<u8>,
    ) -> Result<MaterialPage, ShellError> {
        if bytes.len() > MAX_PDF_BYTES {
            return Err(ShellError::refused_on_device(format!(
                "PDF 文件超过 {} MB，请拆分或压缩后再上传",
                MAX_PDF_BYTES / 1024 / 1024
            )));
        }
        let tail = &bytes[bytes.len().saturating_sub(1024)..];
        if !tail.windows(5).any(|window| window == b"%%EOF") {
            return Err(ShellError::refused_on_device(
                "PDF 文件不完整，可能没有下载或保存完，请重新获取后再上传".to_owned(),
            ));
        }
        let page_id = new_id();
        let folder = self.materials_dir(id);
        let path = folder.join(format!("{page_id}.pdf"));
        write_durably(&folder, &path, &bytes)
            .await
            .map_err(|source| ShellError::Materials { path, source })?;
        let page = MaterialPage {
            id: page_id,
            material,
            width: 0,
            height: 0,
            bytes: bytes.len() as u64,
            thumbnail: String::new(),
            licence: None,
            upload: None,
            uploaded: false,
            media: PageMedia::Pdf,
        };
        self.push_page(id, page).await
    }

    /// Adds a kept page to its draft.
    async fn push_page(&self, id: &str, page: MaterialPage) -> Result<MaterialPage, ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        draft.materials.push(page.clone());
        draft.updated_at = now_ms();
        draft.synced = false;
        draft.updated_on = self.device.clone();
        store.put(&draft).await?;
        Ok(page)
    }

    /// Uses an e-licence on file (of the user, or of the enterprise acted for)
    /// as material number `material`: the hall fetches it, nothing is uploaded.
    pub async fn attach_licence(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
        material: u32,
        kind: &str,
    ) -> Result<MaterialPage, ShellError> {
        let account = accounts
            .current(api)
            .await?
            .ok_or(ShellError::NotLoggedIn)?;
        let licence = account
            .profile
            .licences
            .into_iter()
            .find(|licence| licence.kind == kind)
            .ok_or_else(|| ShellError::refused_on_device(format!("您的电子证照中没有“{kind}”")))?;
        let page = MaterialPage {
            id: new_id(),
            material,
            width: 0,
            height: 0,
            bytes: 0,
            thumbnail: String::new(),
            licence: Some(licence),
            upload: None,
            uploaded: false,
            media: PageMedia::Jpeg,
        };
        self.push_page(id, page).await
    }

    /// Removes a page from a draft, and its file from the device.
    pub async fn remove_page(&self, id: &str, page_id: &str) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let removed: Vec<MaterialPage> = draft
            .materials
            .extract_if(.., |page| page.id == page_id)
            .collect();
        draft.updated_at = now_ms();
        draft.synced = false;
        store.put(&draft).await?;
        for page in removed {
            let path = self
                .materials_dir(id)
                .join(format!("{page_id}.{}", page.media.extension()));
            // A file already gone is what we wanted.
            let _ = tokio::fs::remove_file(&path).await;
        }
        Ok(())
    }

    /// Where the prepared pages of a draft are kept.
    fn materials_dir(&self, id: &str) -> PathBuf {
        let folder = self
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        // Draft ids are hex and dashes (see `new_id`); anything else cannot name a folder.
        let safe: String = id
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        folder.join("materials").join(safe)
    }

    /// The drafts of `owner` (the account logged in; `None`: nobody) on this
    /// device, and those kept before accounts were told apart.
    pub async fn list(
        &self,
        owner: Option<&str>,
        today: (u16, u8, u8),
    ) -> Result<Vec<DraftSummary>, ShellError> {
        let drafts = self.store().await?.list().await?;
        Ok(drafts
            .iter()
            .filter(|draft| draft.owner.is_none() || draft.owner.as_deref() == owner)
            .map(|draft| draft.summary(today))
            .collect())
    }

    /// Brings this device's drafts and the account's at the hall together: a
    /// deletion made here goes to the hall; of two versions of a draft the
    /// newer change wins, wherever it was made; a draft the hall no longer
    /// holds after holding it (deleted or submitted elsewhere) goes from here.
    /// Does nothing while nobody is logged in.
    pub async fn sync(&self, api: &HallApi, accounts: &Accounts) -> Result<(), ShellError> {
        let Some(owner) = accounts.owner().await? else {
            return Ok(());
        };
        let store = self.store().await?;
        for id in store.deleted(&owner).await? {
            accounts
                .with_session(api, |client, token| {
                    let id = id.clone();
                    async move { client.delete_draft(&token, &id).await }
                })
                .await?;
            store.forget_deleted(&id).await?;
        }
        let remote = accounts
            .with_session(
                api,
                |client, token| async move { client.drafts(&token).await },
            )
            .await?;
        let local: Vec<Draft> = store
            .list()
            .await?
            .into_iter()
            .filter(|draft| draft.owner.as_deref() == Some(owner.as_str()))
            .collect();
        for theirs in &remote {
            let ours = local.iter().find(|draft| draft.id == theirs.id);
            if ours.is_none_or(|ours| ours.updated_at < theirs.updated_at) {
                self.keep_synced(theirs.clone(), &owner).await?;
            }
        }
        for ours in &local {
            let held = remote.iter().find(|theirs| theirs.id == ours.id);
            if ours.synced && held.is_none() && !ours.outbox {
                self.delete_unless_changed(ours).await?;
            } else if !ours.synced && held.is_none_or(|theirs| theirs.updated_at <= ours.updated_at)
            {
                let kept = accounts
                    .with_session(api, |client, token| async move {
                        client.put_draft(&token, ours).await
                    })
                    .await?;
                self.keep_synced(kept, &owner).await?;
            }
        }
        Ok(())
    }

    /// Stores `draft` as the hall holds it, unless this device changed it
    /// since (a newer change here wins and goes up at the next sync).
    async fn keep_synced(&self, mut draft: Draft, owner: &str) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let current = store.get(&draft.id).await?;
        if current
            .as_ref()
            .is_some_and(|c| c.updated_at > draft.updated_at)
        {
            return Ok(());
        }
        draft.owner = Some(owner.to_owned());
        draft.synced = true;
        // The outbox is this device's own business.
        draft.outbox = current.is_some_and(|c| c.outbox);
        store.put(&draft).await?;
        Ok(())
    }

    /// Deletes a draft the hall no longer holds, unless it changed here since
    /// it was synced. Not remembered as a deletion: the hall has none to do.
    async fn delete_unless_changed(&self, synced: &Draft) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        if let Some(current) = store.get(&synced.id).await?
            && current.synced
        {
            store.forget(&current.id).await?;
            self.remove_pages(&current.id).await;
        }
        Ok(())
    }

    /// Deletes a draft and the pages kept for it.
    pub async fn delete(&self, id: &str) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        store.delete(id).await?;
        self.remove_pages(id).await;
        Ok(())
    }

    /// Removes the files of a deleted draft's pages; a folder already gone is
    /// what was wanted.
    async fn remove_pages(&self, id: &str) {
        let _ = tokio::fs::remove_dir_all(self.materials_dir(id)).await;
    }
}

/// How often the outbox is tried and the drafts synced with the account.
const OUTBOX_INTERVAL: std::time::Duration = std::time::Duration::from_secs(15);

/// Tries the outbox and syncs the drafts with the account now and then, for
/// as long as the app runs.
pub fn sync_in_background(app: tauri::AppHandle) {
    use tauri::Manager;
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(OUTBOX_INTERVAL).await;
            let (Some(api), Some(accounts), Some(applications)) = (
                app.try_state::<HallApi>(),
                app.try_state::<Accounts>(),
                app.try_state::<Applications>(),
            ) else {
                continue;
            };
            let sent = applications.send_outbox(&api, &accounts).await;
            if !sent.is_empty() {
                tracing::info!(count = sent.len(), "applications sent from the outbox");
            }
            if let Err(error) = applications.sync(&api, &accounts).await {
                tracing::debug!(%error, "the drafts were not synced with the account this time");
            }
        }
    });
}

/// The answers the identity already gives: the user's name and address on
/// file, and when acting for an enterprise its name, credit code and
/// registered address. (The ID and mobile numbers reach the device masked
/// only: left blank, the hall fills them from the verified identity, see
/// `Field::filled_by_hall`.)
fn prefilled(form: &Form, account: &Account) -> Answers {
    let enterprise = account.acting_as.as_ref();
    let mut answers = Answers::new();
    for field in form.fields() {
        let answer = match field.prefill {
            Some(PrefillKey::Name) => Some(Answer::Text(account.profile.name.clone())),
            Some(PrefillKey::EnterpriseName) => enterprise.map(|e| Answer::Text(e.name.clone())),
            Some(PrefillKey::EnterpriseCreditCode) => {
                enterprise.map(|e| Answer::Text(e.uscc.clone()))
            }
            Some(PrefillKey::Address) => match enterprise {
                Some(enterprise) => enterprise.address.clone(),
                None => account.profile.address.clone(),
            }
            .map(Answer::Address),
            Some(PrefillKey::ResidentId | PrefillKey::Mobile) | None => None,
        };
        if let Some(answer) = answer {
            answers.insert(field.id.clone(), answer);
        }
    }
    answers
}

/// Writes `bytes` to `path` in `folder` and flushes them to the disk.
async fn write_durably(folder: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use tokio::io::AsyncWriteExt;
    tokio::fs::create_dir_all(folder).await?;
    let mut file = tokio::fs::File::create(path).await?;
    file.write_all(bytes).await?;
    file.sync_all().await
}

/// The materials of a submission from a draft's pages: each material's
/// uploads in page order, or the e-licence given for it.
fn submitted_materials(pages: &[MaterialPage]) -> Vec<SubmittedMaterial> {
    let mut materials: Vec<SubmittedMaterial> = Vec::new();
    for page in pages {
        let index = match materials.iter().position(|m| m.material == page.material) {
            Some(index) => index,
            None => {
                materials.push(SubmittedMaterial {
                    material: page.material,
                    uploads: Vec::new(),
                    licence: None,
                });
                materials.len() - 1
            }
        };
        let material = &mut materials[index];
        match (&page.licence, &page.upload) {
            (Some(licence), _) => material.licence = Some(licence.kind.clone()),
            // The upload's address ends with its id.
            (None, Some(location)) => {
                if let Some(id) = location.trim_end_matches('/').rsplit('/').next() {
                    material.uploads.push(id.to_owned());
                }
            }
            (None, None) => {}
        }
    }
    materials
}

/// This device as people name it, for "last changed on …".
fn device_name() -> String {
    gethostname::gethostname()
        .into_string()
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "本机".to_owned())
}
