//! Queries of the halls.

use banshi_api::halls::Hall;

use super::{Database, DbError, QueryContext};

impl Database {
    /// Every hall, in the city's order (the city hall first).
    pub async fn halls(&self) -> Result<Vec<Hall>, DbError> {
        let bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM halls ORDER BY position")
            .fetch_all(&self.pool)
            .await
            .doing("list the halls")?;
        bodies.iter().map(|body| decode("a hall", body)).collect()
    }

    /// One hall by its code, if there is such a hall.
    pub async fn hall(&self, code: &str) -> Result<Option<Hall>, DbError> {
        let body: Option<String> = sqlx::query_scalar("SELECT body FROM halls WHERE code = ?")
            .bind(code)
            .fetch_optional(&self.pool)
            .await
            .doing("read a hall")?;
        body.map(|body| decode(code, &body)).transpose()
    }
}

/// Parses a stored JSON document, naming what it is when it is broken.
pub(super) fn decode<T: serde::de::DeserializeOwned>(what: &str, body: &str) -> Result<T, DbError> {
    serde_json::from_str(body).map_err(|source| DbError::Corrupt {
        what: what.to_owned(),
        source,
    })
}
