//! The commands of the notifications noun: the list kept on the device, the
//! bell's watch, and marking them read.

use banshi_api::ipc::notifications::{
    NotificationsList, NotificationsMarkRead, NotificationsWatch,
};
use tauri::State;

use super::{Answer, Args, Stream};
use crate::notifications::Notifications;

#[tauri::command]
pub async fn notifications_list(
    notifications: State<'_, Notifications>,
) -> Answer<NotificationsList> {
    Ok(notifications.list().await?)
}

/// Streams the bell's state to the channel until another watch takes its place.
#[tauri::command]
pub async fn notifications_watch(
    notifications: State<'_, Notifications>,
    channel: Stream<NotificationsWatch>,
) -> Answer<NotificationsWatch> {
    Ok(notifications
        .watch(move |state| channel.send(state).is_ok())
        .await?)
}

#[tauri::command]
pub async fn notifications_mark_read(
    notifications: State<'_, Notifications>,
    args: Args<NotificationsMarkRead>,
) -> Answer<NotificationsMarkRead> {
    Ok(notifications.mark_read(args.up_to).await?)
}
