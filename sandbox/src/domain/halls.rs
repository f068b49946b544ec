//! The rules of halls: finding one by its code.

use banshi_api::halls::Hall;

use crate::error::{AppError, not_found};
use crate::store::HallStore;

/// The hall with code `code`, or a 404 naming it.
pub async fn find(store: &dyn HallStore, code: &str) -> Result<Hall, AppError> {
    store
        .hall(code)
        .await?
        .ok_or_else(|| not_found(format!("没有代码为 {code} 的大厅")))
}
