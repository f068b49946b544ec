//! The uploads' bytes in a folder on disk (`<data>/uploads/<id>.part`), the
//! sandbox's default file store.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use tokio::io::{AsyncSeekExt, AsyncWriteExt};

use super::{FileStore, FilesError};

/// Where the bytes of upload `id` are kept in the uploads folder `folder`.
pub fn upload_file(folder: &Path, id: &str) -> PathBuf {
    folder.join(format!("{id}.part"))
}

/// A folder holding one file per upload.
#[derive(Debug, Clone)]
pub struct LocalFolder {
    folder: PathBuf,
}

impl LocalFolder {
    /// The uploads kept in `folder`, which is created with the first upload.
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: folder.into(),
        }
    }
}

fn io(action: &'static str, id: &str) -> impl FnOnce(std::io::Error) -> FilesError {
    let id = id.to_owned();
    move |source| FilesError::Io { action, id, source }
}

#[async_trait]
impl FileStore for LocalFolder {
    async fn create(&self, id: &str) -> Result<(), FilesError> {
        tokio::fs::create_dir_all(&self.folder)
            .await
            .map_err(io("create the folder", id))?;
        tokio::fs::File::create(upload_file(&self.folder, id))
            .await
            .map_err(io("create the file", id))?;
        Ok(())
    }

    async fn append_at(&self, id: &str, offset: i64, chunk: &[u8]) -> Result<(), FilesError> {
        let mut file = tokio::fs::OpenOptions::new()
            .write(true)
            .open(upload_file(&self.folder, id))
            .await
            .map_err(io("open the file", id))?;
        file.set_len(u64::try_from(offset).unwrap_or(0))
            .await
            .map_err(io("cut the file", id))?;
        file.seek(std::io::SeekFrom::End(0))
            .await
            .map_err(io("seek the file's end", id))?;
        file.write_all(chunk)
            .await
            .map_err(io("write a chunk", id))?;
        file.sync_all().await.map_err(io("flush the file", id))
    }

    async fn read(&self, id: &str) -> Result<Vec<u8>, FilesError> {
        tokio::fs::read(upload_file(&self.folder, id))
            .await
            .map_err(io("read the file", id))
    }

    async fn remove(&self, id: &str) {
        let _ = tokio::fs::remove_file(upload_file(&self.folder, id)).await;
    }
}
