//! Material pages of a draft: photos and scans prepared on the device and kept
//! with it, PDFs kept as they are, e-licences on file; and their upload to the
//! hall, resumable, as soon as they are added, so a draft continued on another
//! device takes its pages along.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use banshi_api::applications::{MaterialPage, PageMedia};
use banshi_api::ipc::applications::photo_headers;
use tauri::ipc::{InvokeBody, Request};

use super::{Applications, sync_soon};
use crate::ShellError;
use crate::context::Context;
use crate::hall_api::send_from;
use crate::photos;
use crate::retries::{new_id, retried};

/// The largest PDF the hall accepts as a page: 10 MB.
pub(super) const MAX_PDF_BYTES: usize = 10 * 1024 * 1024;

/// How every PDF file begins.
const PDF_SIGNATURE: &[u8] = b"%PDF-";

/// The largest photo or scan accepted before preparing it: 40 MB.
pub const MAX_PHOTO_BYTES: usize = 40 * 1024 * 1024;

impl Applications {
    /// Adds the photo or scan of `request` (the raw file as its body; the
    /// headers of [`photo_headers`] say which draft and material, and which
    /// page it retakes) as a page, and sends it to the hall at once (when
    /// online), so the page travels with the draft.
    pub async fn add_photo_sent(
        &self,
        app: tauri::AppHandle,
        request: &Request<'_>,
    ) -> Result<MaterialPage, ShellError> {
        let header = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned)
        };
        let (Some(id), Some(material)) = (
            header(photo_headers::DRAFT_ID),
            header(photo_headers::MATERIAL).and_then(|m| m.parse::<u32>().ok()),
        ) else {
            return Err(ShellError::refused_on_device(
                "不知道这张照片属于哪份材料".to_owned(),
            ));
        };
        let InvokeBody::Raw(bytes) = request.body() else {
            return Err(ShellError::refused_on_device("请选择一张照片".to_owned()));
        };
        let page = self.add_photo(&id, material, bytes.clone()).await?;
        if let Some(old) = header(photo_headers::REPLACES) {
            let upload = self.replace_page(&id, &old, &page.id).await?;
            self.end_upload_soon(upload);
        }
        sync_soon(app);
        Ok(page)
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
        self.changed_here(&mut draft);
        store.put(&draft).await?;
        Ok(page)
    }

    /// Uses an e-licence on file (of the user, or of the enterprise acted for)
    /// as material number `material`: the hall fetches it, nothing is uploaded.
    pub async fn attach_licence(
        &self,
        id: &str,
        material: u32,
        kind: &str,
    ) -> Result<MaterialPage, ShellError> {
        let account = self.ctx.logged_in().await?;
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

    /// Removes a page from a draft and its file from the device; answers the
    /// address of its upload at the hall, if any, for [`Self::end_upload`].
    pub async fn remove_page(&self, id: &str, page_id: &str) -> Result<Option<String>, ShellError> {
        self.take_out_page(id, page_id, None).await
    }

    /// Removes a page as [`Self::remove_page`] does, and ends its upload at
    /// the hall in the background, so that removing never waits for the network.
    pub async fn take_out_page_soon(&self, id: &str, page_id: &str) -> Result<(), ShellError> {
        let upload = self.remove_page(id, page_id).await?;
        self.end_upload_soon(upload);
        Ok(())
    }

    /// Has the hall discard the upload of a removed page (see [`end_upload`]).
    pub async fn end_upload(&self, location: String) {
        end_upload(&self.ctx, location).await;
    }

    /// Ends a removed page's upload at the hall, in the background.
    fn end_upload_soon(&self, upload: Option<String>) {
        let Some(location) = upload else {
            return;
        };
        let ctx = self.ctx.clone();
        tauri::async_runtime::spawn(async move { end_upload(&ctx, location).await });
    }

    /// Retaking a page: puts page `new` (just added) where page `old` was and
    /// removes `old` as [`Self::remove_page`] does.
    pub async fn replace_page(
        &self,
        id: &str,
        old: &str,
        new: &str,
    ) -> Result<Option<String>, ShellError> {
        self.take_out_page(id, old, Some(new)).await
    }

    /// Takes page `page_id` out of a draft, page `replacement` of the same
    /// draft taking its place if given; the file goes from the device.
    async fn take_out_page(
        &self,
        id: &str,
        page_id: &str,
        replacement: Option<&str>,
    ) -> Result<Option<String>, ShellError> {
        let store = self.store().await?;
        let taken = {
            let _writing = self.writes.lock().await;
            let mut draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
            let position = |pages: &[MaterialPage], id: &str| pages.iter().position(|p| p.id == id);
            let Some(at) = position(&draft.materials, page_id) else {
                return Ok(None);
            };
            let taken = draft.materials.remove(at);
            if let Some(from) = replacement.and_then(|new| position(&draft.materials, new)) {
                let moved = draft.materials.remove(from);
                draft.materials.insert(at.min(draft.materials.len()), moved);
            }
            self.changed_here(&mut draft);
            store.put(&draft).await?;
            taken
        };
        // A file already gone is what we wanted.
        let _ = tokio::fs::remove_file(self.page_path(id, &taken)).await;
        Ok(taken.upload)
    }

    /// Where a page's file is kept.
    fn page_path(&self, id: &str, page: &MaterialPage) -> PathBuf {
        self.materials_dir(id)
            .join(format!("{}.{}", page.id, page.media.extension()))
    }

    /// Where the prepared pages of a draft are kept.
    pub(super) fn materials_dir(&self, id: &str) -> PathBuf {
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

    /// Uploads every photographed page of a draft the hall does not have yet,
    /// in chunks, resuming each from the hall's offset: after a lost chunk, a
    /// dropped connection or an app restart nothing is sent twice. A chunk that
    /// fails for want of a network is retried with backoff and jitter; if the
    /// network stays away the error says so and the next try resumes. A page
    /// added on another device and not uploaded from there cannot be sent from
    /// here: the others go, then the error says so.
    /// `on_progress` hears the bytes sent and the bytes to send.
    pub async fn upload_pages(
        &self,
        id: &str,
        on_progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<(), ShellError> {
        let _uploading = self.uploading.lock().await;
        let store = self.store().await?;
        let draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let pending: Vec<MaterialPage> = draft
            .materials
            .into_iter()
            .filter(|page| page.licence.is_none() && !page.uploaded)
            .collect();
        let total: u64 = pending.iter().map(|page| page.bytes).sum();
        let (mut sent, mut elsewhere) = (0, false);
        for page in pending {
            let path = self.page_path(id, &page);
            let bytes = match tokio::fs::read(&path).await {
                Ok(bytes) => bytes,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    elsewhere = true;
                    continue;
                }
                Err(source) => return Err(ShellError::Materials { path, source }),
            };
            let progress = |offset| on_progress(sent + offset, total);
            self.upload_page(id, &page, &bytes, &progress).await?;
            sent += bytes.len() as u64;
        }
        if elsewhere {
            return Err(ShellError::refused_on_device(
                "有一页材料是在另一台设备上添加的，还没有上传。请打开那台设备联网上传，或在本机删除后重新拍摄"
                    .to_owned(),
            ));
        }
        Ok(())
    }

    /// Uploads one page's `bytes` from where the hall's copy ends, starting an
    /// upload first if it has none (or the hall no longer has it).
    async fn upload_page(
        &self,
        id: &str,
        page: &MaterialPage,
        bytes: &[u8],
        on_progress: &(dyn Fn(u64) + Sync),
    ) -> Result<(), ShellError> {
        let offset_at = |location: String| {
            retried(move || {
                let location = location.clone();
                self.ctx.with_session(move |client, token| {
                    let location = location.clone();
                    async move { client.upload_offset(&token, &location).await }
                })
            })
        };
        let started = match page.upload.clone() {
            Some(location) => match offset_at(location.clone()).await {
                Ok(offset) => Some((location, offset)),
                Err(ShellError::UploadGone) => None,
                Err(error) => return Err(error),
            },
            None => None,
        };
        let (location, offset) = match started {
            Some(started) => started,
            None => {
                let length = bytes.len() as u64;
                let location = self
                    .ctx
                    .with_session(|client, token| async move {
                        client.upload_create(&token, length).await
                    })
                    .await?;
                // Remembered at once, so a restart resumes this upload.
                self.change_page(id, &page.id, false, |stored| {
                    stored.upload = Some(location.clone());
                })
                .await?;
                (location, 0)
            }
        };
        send_from(&self.ctx, &location, offset, bytes, on_progress).await?;
        // The hall has the page: a change that travels with the draft, so
        // another device can hand the page in too.
        self.change_page(id, &page.id, true, |stored| stored.uploaded = true)
            .await
    }

    /// Uploads the pages of the logged-in account's drafts the hall does not
    /// have yet. Stops at the first sign of no network; the next round resumes.
    pub async fn upload_waiting(&self) -> Result<(), ShellError> {
        let Some(owner) = self.ctx.accounts().owner().await? else {
            return Ok(());
        };
        let drafts = self.store().await?.list().await?;
        let waiting = drafts.iter().filter(|draft| {
            draft.owner.as_deref() == Some(owner.as_str())
                && draft
                    .materials
                    .iter()
                    .any(|page| page.licence.is_none() && !page.uploaded)
        });
        for draft in waiting {
            match self.upload_pages(draft.id.as_str(), &|_, _| {}).await {
                Err(error @ ShellError::Network { .. }) => return Err(error),
                Err(error) => tracing::debug!(%error, "a draft's pages were not all uploaded"),
                Ok(()) => {}
            }
        }
        Ok(())
    }

    /// Changes one page of a stored draft; `travels`: a change the account's
    /// other devices should have, stamped as made here.
    pub(super) async fn change_page(
        &self,
        id: &str,
        page_id: &str,
        travels: bool,
        change: impl FnOnce(&mut MaterialPage),
    ) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        if let Some(page) = draft.materials.iter_mut().find(|page| page.id == page_id) {
            change(page);
        }
        if travels {
            self.changed_here(&mut draft);
        }
        store.put(&draft).await?;
        Ok(())
    }
}

/// Writes `bytes` to `path` in `folder` and flushes them to the disk.
async fn write_durably(folder: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use tokio::io::AsyncWriteExt;
    tokio::fs::create_dir_all(folder).await?;
    let mut file = tokio::fs::File::create(path).await?;
    file.write_all(bytes).await?;
    file.sync_all().await
}

/// Has the hall discard the upload of a removed page: a photo of an ID card
/// taken back should not stay there. When the hall cannot be reached, the
/// hall deletes it itself a week on (never handed in).
async fn end_upload(ctx: &Context, location: String) {
    let ended = ctx
        .with_session(|client, token| {
            let location = location.clone();
            async move { client.upload_terminate(&token, &location).await }
        })
        .await;
    if let Err(error) = ended {
        tracing::info!(%error, "a removed page's upload stays at the hall");
    }
}
