//! Items the user keeps at hand: favourites (收藏) and recently viewed guides,
//! kept on this device in the webview's local storage (item codes and names
//! only, nothing personal) and shared through the context.

use banshi_api::catalog::ItemSummary;
use banshi_api::ids::ItemCode;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::preferences::{read, write};

const FAVOURITES_KEY: &str = "banshi.favourites";
const RECENT_KEY: &str = "banshi.recent";
/// How many recently viewed guides are remembered.
const RECENT_LIMIT: usize = 10;

/// What is remembered of an item: enough to list it and open its guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedItem {
    pub code: ItemCode,
    pub name: String,
    pub department: String,
}

impl From<&ItemSummary> for SavedItem {
    fn from(item: &ItemSummary) -> Self {
        Self {
            code: item.code.clone(),
            name: item.name.clone(),
            department: item.department.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Saved {
    pub favourites: RwSignal<Vec<SavedItem>>,
    /// Most recent first.
    pub recent: RwSignal<Vec<SavedItem>>,
}

impl Saved {
    /// Loads both lists, provides them, and stores every change.
    pub fn provide() -> Self {
        let saved = Self {
            favourites: RwSignal::new(load(FAVOURITES_KEY)),
            recent: RwSignal::new(load(RECENT_KEY)),
        };
        provide_context(saved);
        Effect::new(move |_| saved.favourites.with(|items| store(FAVOURITES_KEY, items)));
        Effect::new(move |_| saved.recent.with(|items| store(RECENT_KEY, items)));
        saved
    }

    pub fn is_favourite(&self, code: &ItemCode) -> bool {
        self.favourites
            .with(|items| items.iter().any(|i| &i.code == code))
    }

    /// Adds the item to the favourites, or removes it if it is there.
    pub fn toggle_favourite(&self, item: SavedItem) {
        self.favourites.update(
            |items| match items.iter().position(|i| i.code == item.code) {
                Some(at) => {
                    items.remove(at);
                }
                None => items.insert(0, item),
            },
        );
    }

    /// Puts the item first in the recently viewed, once.
    pub fn viewed(&self, item: SavedItem) {
        self.recent.update(|items| remember(items, item));
    }
}

/// Moves `item` to the front of `items`, keeping at most [`RECENT_LIMIT`].
fn remember(items: &mut Vec<SavedItem>, item: SavedItem) {
    items.retain(|i| i.code != item.code);
    items.insert(0, item);
    items.truncate(RECENT_LIMIT);
}

/// The lists from the context.
pub fn use_saved() -> Saved {
    expect_context::<Saved>()
}

fn load(key: &str) -> Vec<SavedItem> {
    read(key)
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

fn store(key: &str, items: &[SavedItem]) {
    if let Ok(json) = serde_json::to_string(items) {
        write(key, &json);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item whose code ends in the serial `n`.
    fn item(n: u32) -> SavedItem {
        let code = format!("11341600MB1234567X010010010000{n:03}");
        SavedItem {
            code: ItemCode::parse(&code).unwrap(),
            name: format!("事项{n}"),
            department: "亳州市民政局".into(),
        }
    }

    #[test]
    fn recent_keeps_the_latest_first_once_and_at_most_ten() {
        let mut items = Vec::new();
        for n in 0..12 {
            remember(&mut items, item(n));
        }
        remember(&mut items, item(5));
        let codes: Vec<_> = items.iter().map(|i| i.code.clone()).collect();
        assert_eq!(codes.len(), RECENT_LIMIT, "only the last ten are kept");
        assert_eq!(
            codes[0],
            item(5).code,
            "viewing again moves it to the front"
        );
        assert_eq!(
            codes.iter().filter(|c| **c == item(5).code).count(),
            1,
            "never twice"
        );
    }
}
