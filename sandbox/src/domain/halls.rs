//! The rules of halls: finding one by its code, and who acts for one.

use banshi_api::halls::{Hall, HallCode};
use banshi_api::{ApiError, ErrorCode};

use crate::error::{AppError, not_found};
use crate::store::{HallStore, Store, StoreError};

/// A 403 unless `staff_hall`, the hall a member of staff works in, is `code`
/// (called `name`), where they are about to `act` (e.g. `叫号`).
pub fn serves(
    staff_hall: &HallCode,
    code: &HallCode,
    name: &str,
    act: &str,
) -> Result<(), AppError> {
    if staff_hall == code {
        return Ok(());
    }
    Err(AppError::Client(ApiError::new(
        ErrorCode::Forbidden,
        format!("只有{name}的窗口工作人员可以{act}"),
    )))
}

/// The hall with code `code`, or a 404 naming it.
pub async fn find(store: &dyn HallStore, code: &str) -> Result<Hall, AppError> {
    store
        .hall(code)
        .await?
        .ok_or_else(|| not_found(format!("没有代码为 {code} 的大厅")))
}

/// Whether `user_id` may see a matter of `owner_id`'s that `hall` handles:
/// its owner may, and so may the staff of that hall; nobody else.
pub async fn may_see(
    store: &dyn Store,
    user_id: i64,
    owner_id: i64,
    hall: &HallCode,
) -> Result<bool, StoreError> {
    if user_id == owner_id {
        return Ok(true);
    }
    let staff_hall = store.user(user_id).await?.and_then(|user| user.staff_hall);
    Ok(staff_hall.as_ref() == Some(hall))
}
