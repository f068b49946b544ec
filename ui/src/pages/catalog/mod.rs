//! 办事: finding service items and reading their guides.

mod guide;
mod list;

pub use guide::GuidePage;
pub use list::CatalogPage;
