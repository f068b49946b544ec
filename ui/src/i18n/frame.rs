//! The words of the frame around every page and of the app's own screens: the
//! brand, the section tabs, home's greeting, and the page that is not there.

/// A message of the frame, home or the missing page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameMsg {
    AppName,
    CityName,
    TabHome,
    TabServices,
    TabBookings,
    TabMe,
    HomeGreeting,
    HomeSubtitle,
    PageNotFound,
    BackHome,
}

impl FrameMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::AppName => "办事",
            Self::CityName => "亳州市",
            Self::TabHome => "首页",
            Self::TabServices => "办事",
            Self::TabBookings => "预约",
            Self::TabMe => "我的",
            Self::HomeGreeting => "亳州市一网通办",
            Self::HomeSubtitle => "查事项、看指南、找大厅，最多跑一次",
            Self::PageNotFound => "页面不存在",
            Self::BackHome => "返回首页",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::AppName => "Banshi",
            Self::CityName => "Bozhou",
            Self::TabHome => "Home",
            Self::TabServices => "Services",
            Self::TabBookings => "Bookings",
            Self::TabMe => "Me",
            Self::HomeGreeting => "Bozhou Government Services",
            Self::HomeSubtitle => {
                "Find a service, read its guide, locate a hall — one trip at most"
            }
            Self::PageNotFound => "Page not found",
            Self::BackHome => "Back to home",
        };
        text.to_owned()
    }
}
