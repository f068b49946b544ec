//! Calendar dates as the hall means them (a day in China, no time zone of its
//! own): [`Date`] can only hold a real day of the Gregorian calendar, crosses
//! every boundary as `YYYY-MM-DD`, and counts days for the rules that need it
//! (booking horizons, promised working days, birth dates not after today).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A real day of the calendar, from year 1 to 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    // Field order makes the derived order the calendar's.
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text or numbers are not a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("日期应写作 YYYY-MM-DD，例如 2026-12-07")]
    Shape,
    #[error("{year:04}-{month:02}-{day:02} 不是日历上的日期")]
    NoSuchDay { year: u16, month: u8, day: u8 },
}

impl Date {
    /// The date `year`-`month`-`day`, if the calendar has it.
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        if (1..=9999).contains(&year) && is_calendar_day(year, month, day) {
            Ok(Self { year, month, day })
        } else {
            Err(DateError::NoSuchDay { year, month, day })
        }
    }

    /// Reads exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(DateError::Shape);
        }
        let number = |range: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = &bytes[range];
            if !part.iter().all(u8::is_ascii_digit) {
                return Err(DateError::Shape);
            }
            Ok(part
                .iter()
                .fold(0, |total, digit| total * 10 + u16::from(digit - b'0')))
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        // Two digits each: they fit a u8.
        Self::from_ymd(year, month as u8, day as u8)
    }

    /// A date already known to be a real day from year 1 to 9999.
    pub(crate) fn from_checked(year: u16, month: u8, day: u8) -> Self {
        debug_assert!(year >= 1 && is_calendar_day(year, month, day));
        Self { year, month, day }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days(self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, self.day)
    }

    /// The date `days` days after 1970-01-01; `None` outside years 1–9999.
    pub fn from_days(days: i64) -> Option<Self> {
        let (year, month, day) = civil_from_days(days);
        let year = u16::try_from(year).ok()?;
        Self::from_ymd(year, month, day).ok()
    }

    /// The date `days` days after 1970-01-01, held to years 1–9999: a clock
    /// never leaves them, so the calendar's edge stands in for anything beyond.
    pub fn from_days_clamped(days: i64) -> Self {
        const FIRST: i64 = days_from_civil(1, 1, 1);
        const LAST: i64 = days_from_civil(9999, 12, 31);
        let (year, month, day) = civil_from_days(days.clamp(FIRST, LAST));
        // Within years 1–9999 by the clamp.
        Self::from_checked(year as u16, month, day)
    }

    /// The day of the week: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        weekday(self.days())
    }

    /// The date `count` days later (earlier when negative); `None` past the calendar's ends.
    pub fn add_days(self, count: i64) -> Option<Self> {
        Self::from_days(self.days().checked_add(count)?)
    }

    /// How people write it in a Chinese sentence: `10月1日`.
    pub fn month_day_text(self) -> String {
        format!("{}月{}日", self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date equals the text it is written as, `YYYY-MM-DD`.
impl PartialEq<str> for Date {
    fn eq(&self, other: &str) -> bool {
        Date::parse(other).is_ok_and(|other| other == *self)
    }
}

impl PartialEq<&str> for Date {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> Self {
        date.to_string()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Date {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
            .pattern(Some(DATE_PATTERN))
            .description(Some("A calendar day in China, `YYYY-MM-DD`"))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Date {}

/// The shape of a [`Date`] as a regular expression, for OpenAPI documents.
pub const DATE_PATTERN: &str = r"^(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$";

/// Whether `month` (1–12) of `year` has a day `day`, in the Gregorian
/// calendar carried back to any year.
pub(crate) fn is_calendar_day(year: u16, month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// Gregorian leap year: every 4th year, except centuries not divisible by 400.
fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

/// How many days `month` (1–12) of `year` has.
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day of the week of day number `days` (since 1970-01-01): 1 = Monday … 7 = Sunday.
pub fn weekday(days: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    ((days + 3).rem_euclid(7) + 1) as u8
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`); usable in constants.
pub const fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = month as i64;
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date of day number `days` (since 1970-01-01).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u8;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_and_writes_the_iso_shape() {
        let date = Date::parse("2026-12-07").unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2026, 12, 7));
        assert_eq!(date.to_string(), "2026-12-07");
        assert_eq!(date.weekday(), 1, "7 December 2026 is a Monday");
        assert_eq!(date.month_day_text(), "12月7日");
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for text in [
            "2026-2-07",
            "2026/12/07",
            "20261207",
            "2026-12-07 ",
            "２026-12-07",
        ] {
            assert_eq!(Date::parse(text), Err(DateError::Shape), "{text:?}");
        }
        for text in [
            "2026-02-29",
            "2026-13-01",
            "2026-04-31",
            "0000-01-01",
            "2026-00-10",
        ] {
            assert!(
                matches!(Date::parse(text), Err(DateError::NoSuchDay { .. })),
                "{text:?}"
            );
        }
        assert!(Date::parse("2028-02-29").is_ok(), "2028 is a leap year");
        assert!(Date::parse("2100-02-29").is_err(), "2100 is not");
        assert!(Date::parse("2000-02-29").is_ok(), "2000 is");
    }

    #[test]
    fn crosses_json_as_a_string_and_is_checked_there() {
        let date: Date = serde_json::from_str("\"2027-01-01\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2027-01-01\"");
        assert!(serde_json::from_str::<Date>("\"2027-02-30\"").is_err());
    }

    #[test]
    fn counts_days_from_the_epoch() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days(), 0);
        assert_eq!(Date::parse("1969-12-31").unwrap().days(), -1);
        let date = Date::parse("2026-12-31").unwrap();
        assert_eq!(date.add_days(1).unwrap().to_string(), "2027-01-01");
        assert_eq!(Date::from_days(-719_468 - 366), None, "before year 1");
        assert_eq!(Date::from_days_clamped(i64::MIN).to_string(), "0001-01-01");
        assert_eq!(Date::from_days_clamped(i64::MAX).to_string(), "9999-12-31");
    }

    proptest! {
        #[test]
        fn day_numbers_and_dates_agree(days in -700_000i64..2_900_000) {
            let date = Date::from_days(days).unwrap();
            prop_assert_eq!(date.days(), days);
            prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
            prop_assert_eq!(date.add_days(1).unwrap() > date, true);
        }
    }
}
