//! The halls, in the city's order.

use async_trait::async_trait;
use banshi_api::halls::Hall;

use super::error::StoreError;

/// Where the halls are kept.
#[async_trait]
pub trait HallStore: Send + Sync {
    /// Every hall, in the city's order (the city hall first).
    async fn halls(&self) -> Result<Vec<Hall>, StoreError>;

    /// One hall by its code, if there is such a hall.
    async fn hall(&self, code: &str) -> Result<Option<Hall>, StoreError>;
}
