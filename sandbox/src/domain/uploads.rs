//! The rules of uploads (tus 1.0.0 on the wire, see [`crate::routes`]): how
//! large a file and a chunk may be, that a chunk lands only at the recorded
//! offset and matches its checksum, one writer at a time, and that a finished
//! file is a JPEG, PNG or PDF by its content, a photo's header read for its
//! size (never decoded) and at most [`MAX_PIXELS`]. Each upload belongs to
//! the user who created it; once handed in with an application it stays.

use banshi_api::ids::UploadId;
use banshi_api::{ApiError, ErrorCode};
use sha2::{Digest, Sha256};

use crate::clock::Clock;
use crate::domain::credentials;
use crate::error::{AppError, not_found, refused};
use crate::files::FileStore;
use crate::store::{StoreError, UploadState, UploadStore};

/// The largest file accepted: 10 MB (a prepared photo is at most 500 KB; a PDF scan more).
pub const MAX_UPLOAD_BYTES: i64 = 10 * 1024 * 1024;
/// The largest chunk one `PATCH` may carry.
pub const MAX_CHUNK_BYTES: usize = 4 * 1024 * 1024;
/// The most pixels a photo may have: 40 megapixels (a prepared photo has at most
/// 2048 × 2048; a header declaring far more is a decompression bomb).
pub const MAX_PIXELS: u64 = 40_000_000;
/// How long writing one chunk may hold an upload: a writer that died while
/// holding it keeps no one out for longer.
const WRITE_LEASE_SECONDS: i64 = 60;

/// What the uploads' rules work with.
#[derive(Clone, Copy)]
pub struct Uploads<'a> {
    pub store: &'a dyn UploadStore,
    pub files: &'a dyn FileStore,
    pub clock: &'a Clock,
}

/// A chunk sent to be appended.
pub struct SentChunk<'a> {
    /// Where the sender says it starts.
    pub offset: i64,
    pub bytes: &'a [u8],
    /// The SHA-256 digest it was sent with, if any.
    pub checksum: Option<Vec<u8>>,
}

impl Uploads<'_> {
    /// Starts an upload of `length` bytes for `user_id`; answers its id.
    pub async fn create(&self, user_id: i64, length: i64) -> Result<UploadId, AppError> {
        if length > MAX_UPLOAD_BYTES {
            return Err(refused(
                ErrorCode::TooLarge,
                format!(
                    "文件超过 {} MB，请压缩后再上传",
                    MAX_UPLOAD_BYTES / 1024 / 1024
                ),
            ));
        }
        let id: UploadId = credentials::new_id()?;
        self.files
            .create(id.as_str())
            .await
            .map_err(|_| AppError::Fault("create an upload's file"))?;
        self.store
            .create_upload(id.as_str(), user_id, length, self.clock.now())
            .await?;
        Ok(id)
    }

    /// The upload `id` of `user_id`, or the 404 of one that is not theirs.
    pub async fn find(&self, id: &str, user_id: i64) -> Result<UploadState, AppError> {
        self.store
            .upload(id, user_id)
            .await?
            .ok_or_else(|| not_found("没有这个上传"))
    }

    /// Appends `chunk` to upload `id` of `user_id`; answers the new offset.
    /// A finished file that is not one the hall takes is discarded.
    pub async fn append(
        &self,
        id: &str,
        user_id: i64,
        chunk: SentChunk<'_>,
    ) -> Result<i64, AppError> {
        let upload = self.find(id, user_id).await?;
        let offset = chunk.offset;
        if offset != upload.offset {
            return Err(refused(
                ErrorCode::Conflict,
                format!("上传位置不一致：服务器已收到 {} 字节", upload.offset),
            ));
        }
        if offset + chunk.bytes.len() as i64 > upload.length {
            return Err(ApiError::bad_request("上传的内容超过了声明的文件大小", Vec::new()).into());
        }
        if let Some(expected) = &chunk.checksum
            && Sha256::digest(chunk.bytes).as_slice() != expected.as_slice()
        {
            return Err(refused(
                ErrorCode::ChecksumMismatch,
                "这段数据在传输中出错，请重新发送",
            ));
        }
        if !self
            .store
            .start_writing(id, offset, self.clock.now(), WRITE_LEASE_SECONDS)
            .await?
        {
            return Err(refused(
                ErrorCode::Conflict,
                "这个位置的数据正在由另一个请求写入，请查询上传位置后再继续",
            ));
        }
        if self.files.append_at(id, offset, chunk.bytes).await.is_err() {
            self.store.stop_writing(id, offset, offset).await?;
            return Err(AppError::Fault("store an upload's chunk"));
        }
        let new_offset = offset + chunk.bytes.len() as i64;
        if new_offset == upload.length
            && let Err(refusal) = self.check_content(id).await
        {
            discard(self.store, self.files, id).await?;
            return Err(refusal);
        }
        self.store.stop_writing(id, offset, new_offset).await?;
        Ok(new_offset)
    }

    /// Gives up upload `id` of `user_id` and forgets its bytes, unless it was
    /// handed in with an application or a consultation.
    pub async fn terminate(&self, id: &str, user_id: i64) -> Result<(), AppError> {
        self.find(id, user_id).await?;
        if !discard(self.store, self.files, id).await? {
            return Err(refused(
                ErrorCode::Conflict,
                "这一页已随申请提交，不能再删除",
            ));
        }
        Ok(())
    }

    /// Checks a finished file by its content: a PDF, or a JPEG or PNG whose
    /// header gives a size of at most [`MAX_PIXELS`].
    async fn check_content(&self, id: &str) -> Result<(), AppError> {
        // An unreadable file is one of no kind the hall takes.
        let bytes = self.files.read(id).await.unwrap_or_default();
        let content = tokio::task::spawn_blocking(move || content_of(&bytes))
            .await
            .map_err(|_| AppError::Fault("read an upload's header"))?;
        match content {
            Content::Pdf => Ok(()),
            Content::Photo(Some(size)) if size.width as u64 * size.height as u64 > MAX_PIXELS => {
                Err(refused(
                    ErrorCode::TooLarge,
                    format!("照片超过 {} 万像素，请缩小后再上传", MAX_PIXELS / 10_000),
                ))
            }
            Content::Photo(Some(size)) if size.width > 0 && size.height > 0 => Ok(()),
            Content::Photo(_) => Err(refused(
                ErrorCode::UnsupportedType,
                "照片不完整或已损坏，请重新拍摄或选择",
            )),
            Content::Other => Err(refused(
                ErrorCode::UnsupportedType,
                "只能上传 JPEG、PNG 照片或 PDF 文件",
            )),
        }
    }
}

/// Forgets an upload and its bytes, unless it was handed in with an
/// application; whether it did.
pub async fn discard(
    store: &dyn UploadStore,
    files: &dyn FileStore,
    id: &str,
) -> Result<bool, StoreError> {
    if !store.delete_upload(id).await? {
        return Ok(false);
    }
    files.remove(id).await;
    Ok(true)
}

/// What a finished file holds, by its content.
enum Content {
    Pdf,
    /// A JPEG or PNG, with its size if its header could be read.
    Photo(Option<imagesize::ImageSize>),
    Other,
}

/// Reads the kind of a file from its first bytes, and a photo's size from its
/// header alone.
fn content_of(bytes: &[u8]) -> Content {
    if bytes.starts_with(b"%PDF-") {
        Content::Pdf
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) || bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Content::Photo(imagesize::blob_size(bytes).ok())
    } else {
        Content::Other
    }
}
