//! 办事: finding service items and reading their guides.

mod browse;
mod guide;
mod list;

pub use browse::BrowsePage;
pub use guide::GuidePage;
pub use list::CatalogPage;
