//! The words of the bell and the list of what the hall told the user.

/// A message about notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationsMsg {
    Title,
    /// The bell's label for screen readers, with the unread count.
    Bell(u32),
    Empty,
    EmptyHint,
    Offline,
    Unread,
    LogInToSee,
}

impl NotificationsMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::Title => "消息通知",
            Self::Bell(0) => "消息通知",
            Self::Bell(n) => return format!("消息通知，{n} 条未读"),
            Self::Empty => "还没有消息",
            Self::EmptyHint => "办件受理、补正、办结等进展会在这里通知您。",
            Self::Offline => "现在连不上办事大厅，显示的是本机保存的消息。",
            Self::Unread => "未读",
            Self::LogInToSee => "登录后查看办件进展的消息。",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::Title => "Notifications",
            Self::Bell(0) => "Notifications",
            Self::Bell(1) => return "Notifications, 1 unread".to_owned(),
            Self::Bell(n) => return format!("Notifications, {n} unread"),
            Self::Empty => "No notifications yet",
            Self::EmptyHint => {
                "You will be told here when an application is accepted, needs a correction or is completed."
            }
            Self::Offline => {
                "The hall cannot be reached: these are the notifications kept on this device."
            }
            Self::Unread => "Unread",
            Self::LogInToSee => "Log in to see news of your applications.",
        };
        text.to_owned()
    }
}
