//! The words of the hall's live queue: the numbers called and waiting, taking a
//! number, and where the user's numbers stand.

/// A message about the live queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueMsg {
    QueueTab,
    NowServing,
    Waiting(u32),
    TakeNumber,
    QueueOpen,
    QueueClosed,
    MyTickets,
    NoTickets,
    Ahead(u32),
    ExpectedWait(u32),
    CalledTo,
    TicketExpired,
    LiveUpdates,
}

impl QueueMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::QueueTab => "取号排队",
            Self::NowServing => "正在叫号",
            Self::Waiting(n) => return format!("{n} 人等候"),
            Self::TakeNumber => "取号",
            Self::QueueOpen => "大厅办公中，可以网上取号",
            Self::QueueClosed => "大厅现在不办公，办公时间内可以网上取号",
            Self::MyTickets => "我的取号",
            Self::NoTickets => "今天还没有取号",
            Self::Ahead(n) => return format!("前面还有 {n} 人"),
            Self::ExpectedWait(n) => return format!("预计等候约 {n} 分钟"),
            Self::CalledTo => "已叫号，请到窗口：",
            Self::TicketExpired => "已过号",
            Self::LiveUpdates => "实时更新",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::QueueTab => "Take a number",
            Self::NowServing => "Now serving",
            Self::Waiting(n) => return format!("{n} waiting"),
            Self::TakeNumber => "Take a number",
            Self::QueueOpen => "The hall is open: take a number from here",
            Self::QueueClosed => "The hall is closed; numbers can be taken during opening hours",
            Self::MyTickets => "My numbers",
            Self::NoTickets => "No numbers taken today",
            Self::Ahead(n) => return format!("{n} ahead of you"),
            Self::ExpectedWait(n) => return format!("About {n} min to wait"),
            Self::CalledTo => "Called: please go to window ",
            Self::TicketExpired => "Expired",
            Self::LiveUpdates => "Live",
        };
        text.to_owned()
    }
}
