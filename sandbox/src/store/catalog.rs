//! The service items: filtered pages, one item's guide, and the whole
//! catalog as a snapshot for offline use.

use async_trait::async_trait;
use banshi_api::catalog::{Audience, Item, ItemKind, ItemSummary, Theme};
use banshi_api::forms::Form;
use banshi_api::ids::{HallCode, ItemCode};

use super::error::StoreError;

/// What to list: every filter optional, combined with AND. Built from a validated
/// [`banshi_api::catalog::ItemQuery`].
#[derive(Debug, Clone, Default)]
pub struct ItemFilter {
    /// Words that must all appear in the item's name.
    pub words: Vec<String>,
    pub hall: Option<HallCode>,
    pub department: Option<String>,
    pub kind: Option<ItemKind>,
    pub audience: Option<Audience>,
    pub theme: Option<Theme>,
}

/// The whole catalog as one JSON document, with the version that is its ETag.
#[derive(Debug)]
pub struct Snapshot {
    pub version: String,
    pub json: String,
}

/// Where the catalog are kept.
#[async_trait]
pub trait CatalogStore: Send + Sync {
    /// One page of the items matching `filter`, most popular first, and the total count.
    async fn items(
        &self,
        filter: &ItemFilter,
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<ItemSummary>, u64), StoreError>;

    /// The full guide of one item, if the code exists.
    async fn item(&self, code: &str) -> Result<Option<Item>, StoreError>;

    /// The application form of one item, if it takes online applications.
    async fn form(&self, code: &ItemCode) -> Result<Option<Form>, StoreError>;

    /// One hall's implementation of the basic item `basic_code`, if any hall has it:
    /// the documents of a basic item are the same in every hall.
    async fn item_by_basic_code(&self, basic_code: &str) -> Result<Option<Item>, StoreError>;

    /// Every hall and item as a [`banshi_api::catalog::CatalogSnapshot`] document,
    /// assembled from the stored JSON without parsing it again.
    async fn snapshot(&self) -> Result<Snapshot, StoreError>;
}
