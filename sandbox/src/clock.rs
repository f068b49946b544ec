//! The wall clock, read by hand from `SystemTime`: Unix seconds, dates and times
//! of day in China (UTC+8, no daylight saving), with the calendar arithmetic of
//! [`banshi_api::dates`]; and the sandbox's [`Clock`], which can be set to start
//! at a chosen instant.

use std::time::{SystemTime, UNIX_EPOCH};

use banshi_api::dates::Date;
pub use banshi_api::dates::{days_from_civil, weekday};

/// China Standard Time, UTC+8, all year.
const CHINA_OFFSET_SECONDS: i64 = 8 * 3600;

const SECONDS_PER_DAY: i64 = 86_400;

/// Seconds since the Unix epoch, now.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        })
}

/// The sandbox's "now": real time, or real time shifted so that it read a
/// chosen instant when the server started and runs forward from there.
/// Demos and tests fix the day and hour their bookings and queues depend on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    /// Seconds added to real time.
    offset: i64,
}

impl Clock {
    /// A clock that reads `start` (Unix seconds) now; the real clock when `None`.
    pub fn starting_at(start: Option<i64>) -> Self {
        Self {
            offset: start.map_or(0, |start| start - now()),
        }
    }

    /// Unix seconds by this clock.
    pub fn now(&self) -> i64 {
        now() + self.offset
    }

    /// Today's date in China by this clock.
    pub fn today(&self) -> Date {
        china_date(self.now())
    }
}

/// The day number (days since 1970-01-01) in China at Unix time `seconds`.
pub fn china_day(seconds: i64) -> i64 {
    (seconds + CHINA_OFFSET_SECONDS).div_euclid(SECONDS_PER_DAY)
}

/// The minute of the day in China at Unix time `seconds`, 0–1439.
pub fn china_minute(seconds: i64) -> u16 {
    let minute = (seconds + CHINA_OFFSET_SECONDS).rem_euclid(SECONDS_PER_DAY) / 60;
    u16::try_from(minute).unwrap_or(0)
}

/// Unix time of `minute` of the China day `day`.
pub fn china_instant(day: i64, minute: u16) -> i64 {
    day * SECONDS_PER_DAY + i64::from(minute) * 60 - CHINA_OFFSET_SECONDS
}

/// The date in China at Unix time `seconds`.
pub fn china_date(seconds: i64) -> Date {
    Date::from_days_clamped(china_day(seconds))
}

/// The time of day in China at Unix time `seconds` as `HH:MM`.
pub fn china_time_text(seconds: i64) -> String {
    time_text(china_minute(seconds))
}

/// `minute` of the day as `HH:MM`.
pub fn time_text(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// The minute of the day of an `HH:MM` time; `None` unless it is exactly that
/// shape and a real time.
pub fn parse_time(text: &str) -> Option<u16> {
    let (hours, minutes) = text.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (u16, u16) = (digits(hours)?, digits(minutes)?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// A text that is not a China local time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a China local time YYYY-MM-DDTHH:MM")]
pub struct ChinaInstantError(String);

/// Unix time of a China local time `YYYY-MM-DDTHH:MM`, for `--clock`.
pub fn parse_china_instant(text: &str) -> Result<i64, ChinaInstantError> {
    text.split_once('T')
        .and_then(|(date, time)| {
            let date = Date::parse(date).ok()?;
            Some(china_instant(date.days(), parse_time(time)?))
        })
        .ok_or_else(|| ChinaInstantError(text.to_owned()))
}

/// ASCII digits only (no sign, no spaces) as a number.
fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.bytes().all(|byte| byte.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_only_when_real_and_well_formed() {
        assert_eq!(parse_time("09:30"), Some(570));
        assert_eq!(parse_time("23:59"), Some(1439));
        for bad in ["9:30", "24:00", "12:60", "12:3", "+9:30", "12-30", ""] {
            assert_eq!(parse_time(bad), None, "{bad:?} is no time");
        }
        assert_eq!(time_text(570), "09:30");
    }

    #[test]
    fn a_china_instant_reads_back_as_its_date_and_time() {
        let monday = parse_china_instant("2026-11-23T08:30").unwrap();
        assert_eq!(china_date(monday).to_string(), "2026-11-23");
        assert_eq!(china_time_text(monday), "08:30");
        assert_eq!(
            Date::from_days_clamped(china_day(monday)).month_day_text(),
            "11月23日"
        );
        assert!(parse_china_instant("2026-11-23 08:30").is_err());
        assert!(parse_china_instant("2026-11-23T8:30").is_err());
        assert_eq!(
            parse_china_instant("2026-02-29T08:30")
                .unwrap_err()
                .to_string(),
            "`2026-02-29T08:30` is not a China local time YYYY-MM-DDTHH:MM"
        );
    }

    #[test]
    fn a_set_clock_starts_at_its_instant_and_runs_on() {
        let start = parse_china_instant("2026-11-23T08:30").unwrap();
        let clock = Clock::starting_at(Some(start));
        let read = clock.now();
        assert!(
            (start..start + 5).contains(&read),
            "the clock reads its start, then runs in real time"
        );
        assert!((Clock::starting_at(None).now() - now()).abs() <= 1);
    }

    #[test]
    fn china_is_eight_hours_ahead() {
        // 2026-01-01 16:30 UTC is already 2 January, 00:30 in China.
        let seconds = 20_454 * 86_400 + 16 * 3600 + 30 * 60;
        assert_eq!(
            china_date(seconds).to_string(),
            "2026-01-02",
            "birth dates are judged by the date in China"
        );
        assert_eq!(china_time_text(seconds), "00:30");
    }
}
