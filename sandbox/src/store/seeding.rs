//! Filling a new store with a city's halls and service items, once.

use async_trait::async_trait;
use banshi_api::catalog::Item;
use banshi_api::halls::Hall;

use super::error::StoreError;

/// Where seeding are kept.
#[async_trait]
pub trait SeedingStore: Send + Sync {
    /// Whether the catalog has been filled (it has a version).
    async fn is_seeded(&self) -> Result<bool, StoreError>;

    /// Fills the catalog with `halls` (in the city's order) and `items`, and
    /// its version, in one transaction.
    async fn seed(&self, halls: &[Hall], items: &[Item]) -> Result<(), StoreError>;
}
