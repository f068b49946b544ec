//! The demo city the sandbox starts with: its halls and service items
//! ([`seed`]), its people and enterprise ([`accounts`]), and a crowd of
//! logged-in people for load tests ([`crowd`]).

pub mod accounts;
pub mod crowd;
pub mod seed;

use crate::store::StoreError;
use crate::store::seeding::SeedingStore;

/// Seeds the demo city unless the store's catalog has been filled already.
pub async fn seed_if_empty(store: &dyn SeedingStore) -> Result<(), StoreError> {
    if !store.is_seeded().await? {
        let city = seed::demo_city();
        store.seed(&city.halls, &city.items).await?;
    }
    Ok(())
}
