//! Queries of the halls.

use banshi_api::halls::Hall;

use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::error::StoreError;
use crate::store::halls::HallStore;

#[async_trait]
impl HallStore for SqliteStore {
    async fn halls(&self) -> Result<Vec<Hall>, StoreError> {
        let bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM halls ORDER BY position")
            .fetch_all(&self.pool)
            .await
            .doing("list the halls")?;
        bodies.iter().map(|body| decode("a hall", body)).collect()
    }

    async fn hall(&self, code: &str) -> Result<Option<Hall>, StoreError> {
        let body: Option<String> = sqlx::query_scalar("SELECT body FROM halls WHERE code = ?")
            .bind(code)
            .fetch_optional(&self.pool)
            .await
            .doing("read a hall")?;
        body.map(|body| decode(code, &body)).transpose()
    }
}

/// Parses a stored JSON document, naming what it is when it is broken.
pub(super) fn decode<T: serde::de::DeserializeOwned>(
    what: &str,
    body: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(body).map_err(|source| StoreError::Corrupt {
        what: what.to_owned(),
        source,
    })
}
