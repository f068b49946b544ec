//! Filling a new store with a city's halls and service items, once.

use async_trait::async_trait;
use banshi_api::catalog::Item;
use banshi_api::forms::Form;
use banshi_api::halls::Hall;

use super::error::StoreError;

/// A store that can be filled with a city.
#[async_trait]
pub trait SeedingStore: Send + Sync {
    /// Whether the catalog has been filled (it has a version).
    async fn is_seeded(&self) -> Result<bool, StoreError>;

    /// Fills the catalog with `halls` (in the city's order) and `items`, and
    /// its version, in one transaction.
    async fn seed(&self, halls: &[Hall], items: &[Item]) -> Result<(), StoreError>;

    /// Whether the items' application forms have been stored.
    async fn has_forms(&self) -> Result<bool, StoreError>;

    /// Stores the application forms of the seeded items, in one transaction.
    async fn seed_forms(&self, forms: &[Form]) -> Result<(), StoreError>;
}
