//! On-device search of the catalog: what the UI asks the shell and what it gets
//! back. The shell answers from its local copy of the catalog, online or not.

use serde::{Deserialize, Serialize};

use crate::catalog::{Audience, ItemKind, ItemSummary, Theme};
use crate::halls::HallCode;

/// A search as the user types, with the browse filters. Empty `text` lists every
/// item matching the filters, most popular first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchRequest {
    /// What the user typed: Chinese, pinyin in full or by initials, with typos, or
    /// several words separated by spaces (all must match).
    #[serde(default)]
    pub text: String,
    /// Only this hall's items.
    pub hall: Option<HallCode>,
    /// Rank this hall's items above others of equal relevance (the user's hall).
    pub preferred_hall: Option<HallCode>,
    pub department: Option<String>,
    pub kind: Option<ItemKind>,
    pub audience: Option<Audience>,
    pub theme: Option<Theme>,
    /// Only items needing exactly this many visits to the hall (0, 1 or 2).
    pub visits: Option<u8>,
    /// Only items that can be done entirely online (online depth 4).
    #[serde(default)]
    pub fully_online: bool,
    /// How many hits to skip, for paging.
    #[serde(default)]
    pub offset: u32,
    /// How many hits to return at most; [`SearchRequest::DEFAULT_LIMIT`] when absent.
    pub limit: Option<u32>,
}

impl SearchRequest {
    pub const DEFAULT_LIMIT: u32 = 20;
    pub const MAX_LIMIT: u32 = 100;
    /// Longest text searched, in characters; a longer paste is cut, never refused.
    pub const MAX_TEXT_CHARS: usize = 64;

    /// The number of hits to return, within 1..=[`Self::MAX_LIMIT`].
    pub fn limit(&self) -> u32 {
        self.limit
            .unwrap_or(Self::DEFAULT_LIMIT)
            .clamp(1, Self::MAX_LIMIT)
    }
}

/// A half-open range of character (not byte) positions in an item's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Highlight {
    pub start: u32,
    pub end: u32,
}

/// One item found, with the parts of its name that matched the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHit {
    pub item: ItemSummary,
    /// Sorted, non-overlapping; empty when the text was empty.
    pub highlights: Vec<Highlight>,
}

/// The hits of one page, best first, and how many matched in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    pub total: u64,
}

/// The state of the device's copy of the catalog, shown so the user knows how
/// fresh what they search is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogStatus {
    /// The catalog version held; `None` before the first sync completes.
    pub version: Option<String>,
    /// When the copy was last confirmed current with the hall (Unix time, ms).
    pub synced_at: Option<i64>,
    /// Whether the last attempt to reach the hall succeeded.
    pub online: bool,
    /// How many items the copy holds.
    pub items: u32,
}

/// Progress of a catalog download, streamed to the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncProgress {
    pub received: u64,
    /// The download's size when the server said it.
    pub total: Option<u64>,
}

/// A guide's document fetched to the device and handed to the system viewer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDocument {
    /// Where the file was saved on this device.
    pub path: String,
    /// Whether a viewer opened it; if not, the user can open the saved file.
    pub opened: bool,
}

/// A department and how many items it decides, for browsing by department.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepartmentCount {
    pub department: String,
    pub items: u32,
}
