//! The demo city of the reference server: 亳州市 (Bozhou, Anhui), its six
//! service halls and about 3,300 implemented service items with full guides.
//!
//! Everything is built from the tables in [`basics`] and [`everyday`], with
//! pseudo-random choices seeded from each item's code, so every call gives
//! the same city.

use crate::domain::documents::{self, DocumentKind};

mod basics;
mod catalog;
mod codes;
mod departments;
mod everyday;
mod fees;
pub mod forms;
mod halls;
mod materials;
mod model;
mod plan;
mod spec;
mod texts;

#[cfg(test)]
mod tests;

use banshi_api::catalog::Item;
use banshi_api::halls::Hall;

/// The demo city: its halls in the order the city lists them, and every item
/// each hall implements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoCity {
    pub halls: Vec<Hall>,
    pub items: Vec<Item>,
}

/// Builds the demo city. Deterministic: the same city on every call and run.
pub fn demo_city() -> DemoCity {
    let mut items = catalog::build_items();
    items.iter_mut().for_each(link_forms);
    DemoCity {
        halls: halls::HALLS.iter().map(halls::build_hall).collect(),
        items,
    }
}

/// Application forms (the materials named 《…》) come with a blank copy to print
/// and a filled-in sample, served by the documents route.
fn link_forms(item: &mut banshi_api::catalog::Item) {
    let basic_code = &item.summary.basic_code;
    for (index, material) in item.materials.iter_mut().enumerate() {
        if material.name.starts_with('《') {
            material.blank_form = Some(documents::link(basic_code, index, DocumentKind::Blank));
            material.sample = Some(documents::link(basic_code, index, DocumentKind::Sample));
        }
    }
}
