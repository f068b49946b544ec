//! Every word the interface shows, in Simplified Chinese (the default) and English.
//!
//! Components never hold text: they name a message and [`I18n::t`] renders it in
//! the current locale. The messages are grouped by noun, one module and one enum
//! each (`CatalogMsg::NoItems`, `QueueMsg::TakeNumber`, …), named as the screens
//! that say them are. Within a noun each language is one exhaustive `match`, so a
//! message missing in either language does not compile. [`Msg`] is a message of
//! any noun, for what takes messages of several; every noun's enum converts into it.

mod accounts;
mod address;
mod applications;
mod bookings;
mod catalog;
mod common;
mod consultations;
mod delivery;
mod frame;
mod halls;
mod lookup;
mod me;
mod notifications;
mod queue;
mod ratings;

pub use accounts::AccountsMsg;
pub use address::AddressMsg;
pub use applications::{ApplicationsMsg, status_msg};
pub use bookings::BookingsMsg;
pub use catalog::CatalogMsg;
pub use common::{CommonMsg, error_message};
pub use consultations::ConsultationsMsg;
pub use delivery::{DeliveryMsg, money};
pub use frame::FrameMsg;
pub use halls::HallsMsg;
pub use lookup::LookupMsg;
pub use me::MeMsg;
pub use notifications::NotificationsMsg;
pub use queue::QueueMsg;
pub use ratings::RatingsMsg;

use leptos::prelude::*;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    ZhCn,
    En,
}

impl Locale {
    /// The BCP 47 tag, for `<html lang>` and for storage.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "zh-CN" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// Declares [`Msg`] with one variant per noun, a `From` for each noun's enum,
/// and the rendering that hands a message to its noun's language `match`.
macro_rules! messages {
    ($($noun:ident($msg:ident)),+ $(,)?) => {
        /// A message of the interface: one noun's message.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg {
            $($noun($msg)),+
        }

        $(impl From<$msg> for Msg {
            fn from(msg: $msg) -> Self {
                Msg::$noun(msg)
            }
        })+

        impl Msg {
            fn in_locale(self, locale: Locale) -> String {
                match self {
                    $(Msg::$noun(msg) => match locale {
                        Locale::ZhCn => msg.zh(),
                        Locale::En => msg.en(),
                    }),+
                }
            }
        }
    };
}

messages! {
    Common(CommonMsg),
    Frame(FrameMsg),
    Halls(HallsMsg),
    Catalog(CatalogMsg),
    Accounts(AccountsMsg),
    Address(AddressMsg),
    Applications(ApplicationsMsg),
    Delivery(DeliveryMsg),
    Bookings(BookingsMsg),
    Queue(QueueMsg),
    Me(MeMsg),
    Notifications(NotificationsMsg),
    Lookup(LookupMsg),
    Ratings(RatingsMsg),
    Consultations(ConsultationsMsg),
}

/// The current locale, shared through the context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub locale: RwSignal<Locale>,
}

impl I18n {
    /// `msg` in the current locale; reading it subscribes to locale changes.
    pub fn t(&self, msg: impl Into<Msg>) -> String {
        translate(self.locale.get(), msg)
    }

    /// Of a name the hall keeps in both languages, the one for the current
    /// locale; reading it subscribes to locale changes.
    pub fn pick(&self, zh: &str, en: &str) -> String {
        match self.locale.get() {
            Locale::ZhCn => zh.to_owned(),
            Locale::En => en.to_owned(),
        }
    }

    /// Days of the week (1 = Monday) as people say them, e.g. 周一至周五.
    pub fn weekdays(&self, days: &[u8]) -> String {
        match self.locale.get() {
            Locale::ZhCn => weekdays_zh(days),
            Locale::En => weekdays_en(days),
        }
    }
}

/// The app's I18n from the context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// `msg` in `locale`.
pub fn translate(locale: Locale, msg: impl Into<Msg>) -> String {
    msg.into().in_locale(locale)
}

/// `[1, 2, 3, 4, 5]` → 周一至周五; other sets are listed.
fn weekdays_zh(days: &[u8]) -> String {
    const NAMES: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    weekday_span(days, &NAMES, "至", "、")
}

fn weekdays_en(days: &[u8]) -> String {
    const NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    weekday_span(days, &NAMES, "–", ", ")
}

/// Names a run of consecutive days as "first–last", anything else as a list.
fn weekday_span(days: &[u8], names: &[&str; 7], to: &str, and: &str) -> String {
    let name = |day: u8| names[usize::from(day.clamp(1, 7) - 1)];
    let consecutive = days.windows(2).all(|pair| pair[1] == pair[0] + 1);
    match days {
        [] => String::new(),
        [only] => name(*only).to_owned(),
        [first, .., last] if consecutive => format!("{}{to}{}", name(*first), name(*last)),
        _ => days.iter().map(|d| name(*d)).collect::<Vec<_>>().join(and),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_read_naturally() {
        assert_eq!(weekdays_zh(&[1, 2, 3, 4, 5]), "周一至周五");
        assert_eq!(weekdays_en(&[6]), "Sat");
        assert_eq!(weekdays_zh(&[1, 3]), "周一、周三", "a gap is not a span");
    }

    #[test]
    fn a_message_renders_through_its_nouns_match_in_each_locale() {
        assert_eq!(translate(Locale::ZhCn, CatalogMsg::Visits(2)), "跑动 2 次");
        assert_eq!(
            translate(Locale::En, CatalogMsg::Visits(1)),
            "1 visit",
            "English says one visit in the singular"
        );
        assert_eq!(
            translate(Locale::En, Msg::from(QueueMsg::Waiting(3))),
            "3 waiting"
        );
    }

    #[test]
    fn locales_round_trip_through_their_tags() {
        for locale in [Locale::ZhCn, Locale::En] {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }
}
