//! The words of the service halls: choosing one, whether it is open, where it is,
//! its hours and windows.

/// A message about a service hall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HallsMsg {
    HallSwitcher,
    WholeCity,
    HallsTitle,
    OpenNow,
    ClosedNow,
    WindowsCount(usize),
    Address,
    Phone,
    Hours,
    Windows,
    HallLabel,
    ChooseHall,
}

impl HallsMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::HallSwitcher => "办事大厅",
            Self::WholeCity => "全市",
            Self::HallsTitle => "办事大厅",
            Self::OpenNow => "办公中",
            Self::ClosedNow => "已下班",
            Self::WindowsCount(n) => return format!("{n} 个窗口"),
            Self::Address => "地址",
            Self::Phone => "电话",
            Self::Hours => "办公时间",
            Self::Windows => "窗口",
            Self::HallLabel => "大厅",
            Self::ChooseHall => "选择大厅",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::HallSwitcher => "Service hall",
            Self::WholeCity => "Whole city",
            Self::HallsTitle => "Service halls",
            Self::OpenNow => "Open",
            Self::ClosedNow => "Closed",
            Self::WindowsCount(n) => return format!("{n} windows"),
            Self::Address => "Address",
            Self::Phone => "Phone",
            Self::Hours => "Opening hours",
            Self::Windows => "Windows",
            Self::HallLabel => "Hall",
            Self::ChooseHall => "Choose a hall",
        };
        text.to_owned()
    }
}
