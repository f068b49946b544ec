//! The wrappers of the notifications noun's commands: the list kept on the
//! device, the bell's watch, and marking read.

use banshi_api::ApiError;
use banshi_api::ipc::notifications::{
    KeptNotification, NotificationsList, NotificationsMarkRead, NotificationsState,
    NotificationsWatch,
};

use super::{invoke, invoke_streaming};

/// The notifications of the account logged in, the newest first.
pub async fn notifications_list() -> Result<Vec<KeptNotification>, ApiError> {
    invoke::<NotificationsList>(&()).await
}

/// Follows the bell's state: `on_state` hears it now and at every change.
pub async fn notifications_watch(
    on_state: impl Fn(NotificationsState) + 'static,
) -> Result<(), ApiError> {
    invoke_streaming::<NotificationsWatch>(&(), on_state).await
}

/// Marks every notification up to the id `up_to` read; answers the unread left.
pub async fn notifications_mark_read(up_to: i64) -> Result<u32, ApiError> {
    invoke::<NotificationsMarkRead>(&NotificationsMarkRead { up_to }).await
}
