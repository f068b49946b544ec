//! The rules of drafts, kept by the hall so that an application started on
//! one device can be continued on another: the newest change wins (a draft is
//! replaced only by a change with a greater `updated_at`), and a deletion is a
//! change too, so a change older than the draft's deletion is refused as gone.

use banshi_api::applications::Draft;
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::Clock;
use crate::domain::enterprises::Enterprises;
use crate::error::{AppError, refused};
use crate::store::Store;

/// Keeps `draft` (sent as draft `id`) of `user_id`'s, unless a newer change
/// of it is kept; answers the draft kept either way.
pub async fn save(
    store: &dyn Store,
    clock: &Clock,
    user_id: i64,
    id: &str,
    mut draft: Draft,
) -> Result<Draft, AppError> {
    if draft.id != id {
        return Err(ApiError::bad_request(
            "草稿编号与请求地址不符",
            vec![FieldError {
                field: "id".to_owned(),
                message: format!("应与地址中的编号 {id} 相同"),
            }],
        )
        .into());
    }
    if let Some(uscc) = &draft.acting_as {
        Enterprises { store, clock }
            .may_act(user_id, uscc, Some(&draft.item_code))
            .await?;
    }
    // Whose it is and whether a device holds it are each device's to say.
    draft.owner = None;
    draft.synced = false;
    match store.keep_draft(user_id, draft).await? {
        Some(kept) => Ok(kept),
        None => Err(refused(
            ErrorCode::Gone,
            "这份草稿已在另一台设备上删除或提交",
        )),
    }
}
