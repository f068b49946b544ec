//! The commands of the notifications noun: what the hall told the user,
//! kept on the device (with whether it was read), and a watch that tells the
//! UI when that changes.

use serde::{Deserialize, Serialize};

use super::{command, streaming};
use crate::notifications::Notification;

/// A notification as the device keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptNotification {
    pub notification: Notification,
    /// Whether the user has opened the list since it arrived.
    pub read: bool,
}

/// What the bell shows: sent when a watch starts and whenever it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsState {
    /// The notifications of the account logged in that are not read yet.
    pub unread: u32,
    /// Whether the hall's stream was reached the last time it was tried;
    /// offline, the list is what the device kept.
    pub online: bool,
}

command! {
    /// The notifications kept for the account logged in, the newest first;
    /// none when nobody is logged in.
    NotificationsList = "notifications_list": () => Vec<KeptNotification>
}

command! {
    /// Streams the bell's state until another watch takes its place.
    NotificationsWatch = "notifications_watch": () => ()
}
streaming!(NotificationsWatch => NotificationsState);

command! {
    /// Marks every notification up to the id `up_to` read (one that arrived
    /// since the list was shown stays unread); answers the unread left.
    NotificationsMarkRead = "notifications_mark_read" { up_to: i64 } => u32
}
