//! 咨询投诉 on the device: a question or complaint is written as a draft kept
//! in the device database (its text saved as it is typed, its photos
//! prepared as material photos are — upright, no EXIF or GPS — and kept
//! beside it), so closing the page or losing the network loses nothing. It
//! is sent once: the photos through the resumable uploads, then the
//! question under the draft's Idempotency-Key, which every retry reuses, so
//! a lost answer never asks twice. The draft is deleted once the hall has it.

mod store;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use banshi_api::FieldError;
use banshi_api::consultations::{
    Consultation, ConsultationAbout, ConsultationKind, MAX_PHOTOS, MAX_TEXT_CHARS, MIN_TEXT_CHARS,
    NewConsultation,
};
use banshi_api::ids::ConsultationId;
use banshi_api::ipc::consultations::{ConsultationDraft, DRAFT_ID_HEADER, DraftPhoto};
use tauri::ipc::{InvokeBody, Request};
use tokio::sync::OnceCell;

pub use store::{ConsultationStore, ConsultationStoreError};

use crate::ShellError;
use crate::applications::MAX_PHOTO_BYTES;
use crate::applications::new_draft_id;
use crate::clock::now_ms;
use crate::context::Context;
use crate::hall_api::{send_from, upload_id};
use crate::photos;
use crate::retries::{new_id, retried};

/// The app's questions and complaints: the drafts' store, opened on first use.
pub struct Consultations {
    ctx: Context,
    path: PathBuf,
    store: OnceCell<ConsultationStore>,
    /// Held by every read-modify-write of a draft and by sending one, so a
    /// save racing a send never brings a sent draft back.
    writes: tokio::sync::Mutex<()>,
}

impl Consultations {
    pub fn new(ctx: Context) -> Self {
        Self {
            path: ctx.data_dir().join("consultations.sqlite3"),
            ctx,
            store: OnceCell::new(),
            writes: tokio::sync::Mutex::new(()),
        }
    }

    async fn store(&self) -> Result<&ConsultationStore, ShellError> {
        Ok(self
            .store
            .get_or_try_init(|| ConsultationStore::open(&self.path))
            .await?)
    }

    /// The draft of the account logged in about `about`: the one kept (with
    /// its own kind and text), or a new one of `kind`.
    pub async fn open(
        &self,
        kind: ConsultationKind,
        about: &ConsultationAbout,
    ) -> Result<ConsultationDraft, ShellError> {
        let owner = self
            .ctx
            .accounts()
            .owner()
            .await?
            .ok_or(ShellError::NotLoggedIn)?;
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        if let Some(draft) = store.about(&owner, about).await? {
            return Ok(draft);
        }
        let draft = ConsultationDraft {
            id: new_draft_id(),
            kind,
            about: about.clone(),
            text: String::new(),
            photos: Vec::new(),
            owner,
            updated_at: now_ms(),
        };
        store.put(&draft).await?;
        Ok(draft)
    }

    /// A draft of the account logged in (another account's is not there for it).
    async fn draft(&self, id: &str) -> Result<ConsultationDraft, ShellError> {
        let owner = self.ctx.accounts().owner().await?;
        self.store()
            .await?
            .get(id)
            .await?
            .filter(|draft| owner.as_deref() == Some(draft.owner.as_str()))
            .ok_or(ShellError::NoSuchDraft)
    }

    /// Changes a stored draft under the write lock; answers the time of the change.
    async fn change(
        &self,
        id: &str,
        change: impl FnOnce(&mut ConsultationDraft) -> Result<(), ShellError>,
    ) -> Result<ConsultationDraft, ShellError> {
        let _writing = self.writes.lock().await;
        let mut draft = self.draft(id).await?;
        change(&mut draft)?;
        draft.updated_at = now_ms();
        self.store().await?.put(&draft).await?;
        Ok(draft)
    }

    /// Saves what was typed, as it is (the limits are told before sending);
    /// durable on return. Answers the time of the change.
    pub async fn save(
        &self,
        id: &str,
        kind: ConsultationKind,
        text: String,
    ) -> Result<i64, ShellError> {
        let draft = self
            .change(id, |draft| {
                draft.kind = kind;
                draft.text = text;
                Ok(())
            })
            .await?;
        Ok(draft.updated_at)
    }

    /// Adds the photo of `request` (the raw file as its body, the draft's id
    /// in the [`DRAFT_ID_HEADER`] header).
    pub async fn add_photo_sent(&self, request: &Request<'_>) -> Result<DraftPhoto, ShellError> {
        let id = request
            .headers()
            .get(DRAFT_ID_HEADER)
            .and_then(|value| value.to_str().ok())
            .ok_or(ShellError::NoSuchDraft)?;
        let InvokeBody::Raw(bytes) = request.body() else {
            return Err(ShellError::refused_on_device("请选择一张照片".to_owned()));
        };
        self.add_photo(id, bytes.clone()).await
    }

    /// Prepares a photo (upright, at most 2048 px, no metadata at all) and
    /// keeps it with the draft; at most [`MAX_PHOTOS`].
    pub async fn add_photo(&self, id: &str, bytes: Vec<u8>) -> Result<DraftPhoto, ShellError> {
        if bytes.len() > MAX_PHOTO_BYTES {
            return Err(ShellError::refused_on_device(format!(
                "照片超过 {} MB，请用手机相机重新拍摄或压缩后再选",
                MAX_PHOTO_BYTES / 1024 / 1024
            )));
        }
        if self.draft(id).await?.photos.len() >= MAX_PHOTOS {
            return Err(too_many_photos());
        }
        let (prepared, thumbnail) = tokio::task::spawn_blocking(move || {
            Ok::<_, photos::PhotoError>((photos::prepare(&bytes)?, photos::thumbnail(&bytes)?))
        })
        .await
        .map_err(|_| ShellError::refused_on_device("照片处理被中断，请重试".to_owned()))?
        .map_err(|error| ShellError::refused_on_device(error.user_message()))?;
        let photo = DraftPhoto {
            id: new_id(),
            thumbnail: format!("data:image/jpeg;base64,{}", BASE64.encode(&thumbnail.jpeg)),
            bytes: prepared.jpeg.len() as u64,
            upload: None,
        };
        let path = self.photo_path(id, &photo.id);
        write_durably(&path, &prepared.jpeg)
            .await
            .map_err(|source| ShellError::Materials { path, source })?;
        let added = photo.clone();
        self.change(id, move |draft| {
            // Two photos added at once may both have passed the count above.
            if draft.photos.len() >= MAX_PHOTOS {
                return Err(too_many_photos());
            }
            draft.photos.push(added);
            Ok(())
        })
        .await?;
        Ok(photo)
    }

    /// Takes a photo out of a draft and off the device.
    pub async fn remove_photo(&self, id: &str, photo: &str) -> Result<(), ShellError> {
        self.change(id, |draft| {
            draft.photos.retain(|kept| kept.id != photo);
            Ok(())
        })
        .await?;
        // A file already gone is what was wanted.
        let _ = tokio::fs::remove_file(self.photo_path(id, photo)).await;
        Ok(())
    }

    /// Sends a draft: checked on the device first (the text's length, said
    /// of the field), then its photos uploaded (each remembered once the
    /// hall has it, so a retry sends only the rest), then the question or
    /// complaint under the draft's own key. Deleted once the hall has it.
    pub async fn send(&self, id: &str) -> Result<Consultation, ShellError> {
        let draft = self.draft(id).await?;
        check_text(&draft.text)?;
        let mut photos = Vec::with_capacity(draft.photos.len());
        for photo in &draft.photos {
            let upload = match &photo.upload {
                Some(upload) => upload.clone(),
                None => self.upload_photo(id, &photo.id).await?,
            };
            photos.push(upload);
        }
        let request = NewConsultation {
            kind: draft.kind,
            about: draft.about.clone(),
            text: draft.text.trim().to_owned(),
            photos,
        };
        let key = format!("consultation-{}", draft.id);
        let consultation = self
            .ctx
            .with_session_of(&draft.owner, |client, token| {
                let (request, key) = (request.clone(), key.clone());
                async move { retried(|| client.consult(&token, &key, &request)).await }
            })
            .await?;
        let _writing = self.writes.lock().await;
        self.store().await?.delete(id).await?;
        let _ = tokio::fs::remove_dir_all(self.photos_dir(id)).await;
        Ok(consultation)
    }

    /// Uploads one photo of a draft whole and remembers its upload.
    async fn upload_photo(
        &self,
        id: &str,
        photo: &str,
    ) -> Result<banshi_api::ids::UploadId, ShellError> {
        let path = self.photo_path(id, photo);
        let bytes = tokio::fs::read(&path)
            .await
            .map_err(|source| ShellError::Materials { path, source })?;
        let length = bytes.len() as u64;
        let location = self
            .ctx
            .with_session(|client, token| async move { client.upload_create(&token, length).await })
            .await?;
        send_from(&self.ctx, &location, 0, &bytes, &|_| {}).await?;
        let upload = upload_id(&location).ok_or(ShellError::Protocol("start an upload"))?;
        let kept = upload.clone();
        self.change(id, move |draft| {
            if let Some(stored) = draft.photos.iter_mut().find(|p| p.id == photo) {
                stored.upload = Some(kept);
            }
            Ok(())
        })
        .await?;
        Ok(upload)
    }

    /// The user's questions and complaints, the newest first.
    pub async fn list(&self) -> Result<Vec<Consultation>, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.consultations(&token).await })
            .await
    }

    pub async fn get(&self, id: &ConsultationId) -> Result<Consultation, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.consultation(&token, id).await })
            .await
    }

    /// Where a draft's photos are kept.
    fn photos_dir(&self, id: &str) -> PathBuf {
        let folder = self
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        folder.join("consultation-photos").join(safe_name(id))
    }

    fn photo_path(&self, id: &str, photo: &str) -> PathBuf {
        self.photos_dir(id)
            .join(format!("{}.jpg", safe_name(photo)))
    }
}

/// The text's length checked as the hall checks it, said of the field `text`.
fn check_text(text: &str) -> Result<(), ShellError> {
    let chars = text.trim().chars().count();
    let message = if chars < MIN_TEXT_CHARS {
        format!("请至少写 {MIN_TEXT_CHARS} 个字，说清楚您要问或投诉的事")
    } else if chars > MAX_TEXT_CHARS {
        format!("最多 {MAX_TEXT_CHARS} 个字，现在有 {chars} 个")
    } else {
        return Ok(());
    };
    Err(ShellError::invalid(
        &message,
        FieldError::new("text", message.clone()),
    ))
}

fn too_many_photos() -> ShellError {
    ShellError::refused_on_device(format!("最多附 {MAX_PHOTOS} 张照片"))
}

/// The device's ids are hex and dashes (see `new_id`); anything else cannot name a file.
fn safe_name(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// Writes `bytes` to `path` (making its folder) and flushes them to the disk.
async fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use tokio::io::AsyncWriteExt;
    if let Some(folder) = path.parent() {
        tokio::fs::create_dir_all(folder).await?;
    }
    let mut file = tokio::fs::File::create(path).await?;
    file.write_all(bytes).await?;
    file.sync_all().await
}
