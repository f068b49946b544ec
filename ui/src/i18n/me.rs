//! The words of 我的 that no other noun says there: its title, the settings, and
//! about the app.

/// A message of 我的.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeMsg {
    MeTitle,
    Preferences,
    Language,
    LargeText,
    LargeTextHint,
    About,
    AboutText,
}

impl MeMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::MeTitle => "我的",
            Self::Preferences => "设置",
            Self::Language => "语言",
            Self::LargeText => "大字模式",
            Self::LargeTextHint => "放大全部文字，看得更清楚",
            Self::About => "关于",
            Self::AboutText => "办事：亳州市网上办事大厅客户端。查事项、看指南、找大厅。",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::MeTitle => "Me",
            Self::Preferences => "Settings",
            Self::Language => "Language",
            Self::LargeText => "Large text",
            Self::LargeTextHint => "Make all text bigger and easier to read",
            Self::About => "About",
            Self::AboutText => {
                "Banshi: the client of Bozhou's online service hall. Find services, read their guides, locate a hall."
            }
        };
        text.to_owned()
    }
}
