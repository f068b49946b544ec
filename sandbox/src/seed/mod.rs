//! The demo city of the reference server: 亳州市 (Bozhou, Anhui), its six
//! service halls and about 3,300 implemented service items with full guides.
//!
//! Everything is built from the tables in [`basics`] and [`everyday`], with
//! pseudo-random choices seeded from each item's code, so every call gives
//! the same city.

mod basics;
mod catalog;
mod codes;
mod departments;
mod everyday;
mod fees;
mod halls;
mod materials;
mod model;
mod plan;
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
    DemoCity {
        halls: halls::HALLS.iter().map(halls::build_hall).collect(),
        items: catalog::build_items(),
    }
}
