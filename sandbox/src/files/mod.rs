//! Where the bytes of uploads are kept, behind [`FileStore`]: created empty,
//! written chunk by chunk at the offset the store recorded, read back whole to
//! check what they hold, and removed. [`local`] keeps them in a folder on
//! disk; another kind (an object store) sits beside it by implementing the
//! same trait.

pub mod local;

use async_trait::async_trait;

/// Why the bytes of an upload could not be kept or read.
#[derive(Debug, thiserror::Error)]
pub enum FilesError {
    #[error("failed to {action} of upload {id}")]
    Io {
        action: &'static str,
        id: String,
        source: std::io::Error,
    },
}

/// Keeps the bytes of uploads, each under its upload's id.
#[async_trait]
pub trait FileStore: Send + Sync {
    /// Starts the empty file of upload `id`.
    async fn create(&self, id: &str) -> Result<(), FilesError>;

    /// Writes `chunk` at `offset`, first cutting off anything past it (left by
    /// a write whose offset was never recorded), durably.
    async fn append_at(&self, id: &str, offset: i64, chunk: &[u8]) -> Result<(), FilesError>;

    /// The bytes of upload `id` so far.
    async fn read(&self, id: &str) -> Result<Vec<u8>, FilesError>;

    /// Forgets the bytes of upload `id`; one already gone is no error.
    async fn remove(&self, id: &str);
}
