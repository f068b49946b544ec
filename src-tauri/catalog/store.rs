//! The catalog copy on disk: the snapshot exactly as the hall sent it, and a small
//! meta file with its ETag, version and last sync time. Each file is replaced
//! atomically (write aside, flush, rename), so a crash leaves the old copy or the
//! new one, never half of either.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("failed to {action} {path}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the catalog is not the documented JSON")]
    Json(#[from] serde_json::Error),
    #[error("the catalog task was interrupted")]
    Interrupted,
}

/// What is known about the stored snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredMeta {
    pub etag: String,
    pub version: String,
    /// When the hall last confirmed this copy (Unix time, ms).
    pub synced_at: i64,
}

pub struct SnapshotStore {
    dir: PathBuf,
}

impl SnapshotStore {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn snapshot_path(&self) -> PathBuf {
        self.dir.join("snapshot.json")
    }

    fn meta_path(&self) -> PathBuf {
        self.dir.join("meta.json")
    }

    /// The stored meta and snapshot bytes, if both are there.
    pub async fn load(&self) -> Result<Option<(StoredMeta, Vec<u8>)>, StoreError> {
        let (meta_path, snapshot_path) = (self.meta_path(), self.snapshot_path());
        run_blocking(move || {
            let meta = match read_if_exists(&meta_path)? {
                Some(bytes) => serde_json::from_slice::<StoredMeta>(&bytes)?,
                None => return Ok(None),
            };
            Ok(read_if_exists(&snapshot_path)?.map(|body| (meta, body)))
        })
        .await
    }

    /// Replaces the stored snapshot with `body`, then its meta with `meta`: a crash
    /// between the two leaves a snapshot with the old ETag, which only costs a
    /// full download next time.
    pub async fn save(&self, meta: &StoredMeta, body: Vec<u8>) -> Result<(), StoreError> {
        let (dir, path) = (self.dir.clone(), self.snapshot_path());
        run_blocking(move || replace_file(&dir, &path, &body)).await?;
        self.save_meta(meta).await
    }

    pub async fn save_meta(&self, meta: &StoredMeta) -> Result<(), StoreError> {
        let (dir, path) = (self.dir.clone(), self.meta_path());
        let bytes = serde_json::to_vec(meta)?;
        run_blocking(move || replace_file(&dir, &path, &bytes)).await
    }
}

async fn run_blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| StoreError::Interrupted)?
}

fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(io("read", path, source)),
    }
}

/// Writes `bytes` beside `path`, flushes them to disk, and renames over `path`.
fn replace_file(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir).map_err(|source| io("create", dir, source))?;
    let aside = path.with_extension("tmp");
    let mut file = File::create(&aside).map_err(|source| io("create", &aside, source))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|source| io("write", &aside, source))?;
    std::fs::rename(&aside, path).map_err(|source| io("replace", path, source))?;
    // Make the rename itself durable.
    File::open(dir)
        .and_then(|dir| dir.sync_all())
        .map_err(|source| io("flush", dir, source))
}

fn io(action: &'static str, path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        action,
        path: path.to_owned(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(etag: &str) -> StoredMeta {
        StoredMeta {
            etag: etag.into(),
            version: "v1".into(),
            synced_at: 1,
        }
    }

    #[tokio::test]
    async fn a_saved_copy_loads_back_and_replaces_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = SnapshotStore::new(dir.path().join("catalog"));
        assert!(
            store.load().await.unwrap().is_none(),
            "nothing is stored at first"
        );
        store
            .save(&meta("\"a\""), b"{\"old\":1}".to_vec())
            .await
            .unwrap();
        store
            .save(&meta("\"b\""), b"{\"new\":2}".to_vec())
            .await
            .unwrap();
        let (loaded, body) = store.load().await.unwrap().unwrap();
        assert_eq!(loaded, meta("\"b\""));
        assert_eq!(body, b"{\"new\":2}", "the newer copy wins whole");
        assert!(
            !dir.path().join("catalog/snapshot.tmp").exists(),
            "nothing is left aside"
        );
    }

    #[tokio::test]
    async fn a_snapshot_without_meta_counts_as_nothing_stored() {
        let dir = tempfile::tempdir().unwrap();
        let store = SnapshotStore::new(dir.path().to_owned());
        std::fs::write(dir.path().join("snapshot.json"), b"{}").unwrap();
        assert!(
            store.load().await.unwrap().is_none(),
            "without its ETag the copy is fetched anew"
        );
    }
}
