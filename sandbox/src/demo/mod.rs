//! The demo city the sandbox starts with: its halls and service items
//! ([`seed`]), its people and enterprise ([`accounts`]), and a crowd of
//! logged-in people for load tests ([`crowd`]).

pub mod accounts;
pub mod crowd;
pub mod seed;

use crate::store::StoreError;
use crate::store::seeding::SeedingStore;

/// Seeds the demo city (halls, items and their forms) unless the store holds
/// it already.
pub async fn seed_if_empty(store: &dyn SeedingStore) -> Result<(), StoreError> {
    if store.is_seeded().await? && store.has_forms().await? {
        return Ok(());
    }
    let city = seed::demo_city();
    if !store.is_seeded().await? {
        store.seed(&city.halls, &city.items).await?;
    }
    // A database seeded before forms were stored gets them now.
    if !store.has_forms().await? {
        let forms: Vec<_> = city
            .items
            .iter()
            .filter_map(seed::forms::form_for)
            .collect();
        store.seed_forms(&forms).await?;
    }
    Ok(())
}
