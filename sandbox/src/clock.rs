//! The wall clock, read by hand from `SystemTime`: Unix seconds, dates and times
//! of day in China (UTC+8, no daylight saving), without a date crate; and the
//! sandbox's [`Clock`], which can be set to start at a chosen instant.

use std::time::{SystemTime, UNIX_EPOCH};

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
    pub fn today(&self) -> (u16, u8, u8) {
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

/// The date in China at Unix time `seconds`, as `(year, month, day)`.
pub fn china_date(seconds: i64) -> (u16, u8, u8) {
    civil_from_days(china_day(seconds))
}

/// The date in China at Unix time `seconds` as `YYYY-MM-DD`.
pub fn china_date_text(seconds: i64) -> String {
    date_text(china_day(seconds))
}

/// The time of day in China at Unix time `seconds` as `HH:MM`.
pub fn china_time_text(seconds: i64) -> String {
    time_text(china_minute(seconds))
}

/// The date in China `days` working days (Monday to Friday) after Unix time
/// `seconds`, as `YYYY-MM-DD`; 0 days is the same day.
pub fn working_days_after(seconds: i64, days: u16) -> String {
    let mut day = china_day(seconds);
    let mut left = days;
    while left > 0 {
        day += 1;
        if weekday(day) <= 5 {
            left -= 1;
        }
    }
    date_text(day)
}

/// The day of the week of day number `day`: 1 = Monday … 7 = Sunday.
pub fn weekday(day: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    u8::try_from((day + 3).rem_euclid(7) + 1).unwrap_or(1)
}

/// Day number `day` as `YYYY-MM-DD`.
pub fn date_text(day: i64) -> String {
    let (year, month, day) = civil_from_days(day);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Day number `day` as people write it in a sentence: `10月1日`.
pub fn month_day_text(day: i64) -> String {
    let (_, month, day) = civil_from_days(day);
    format!("{month}月{day}日")
}

/// `minute` of the day as `HH:MM`.
pub fn time_text(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// The day number of a `YYYY-MM-DD` date; `None` unless it is exactly that shape
/// and a real day of the calendar.
pub fn parse_date(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: u16 = digits(&text[..4])?;
    let month: u8 = digits(&text[5..7])?;
    let day: u8 = digits(&text[8..])?;
    let number = days_from_civil(i64::from(year), month, day);
    (civil_from_days(number) == (year, month, day)).then_some(number)
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

/// Unix time of a China local time `YYYY-MM-DDTHH:MM`, for `--clock`.
pub fn parse_china_instant(text: &str) -> Result<i64, String> {
    text.split_once('T')
        .and_then(|(date, time)| Some(china_instant(parse_date(date)?, parse_time(time)?)))
        .ok_or_else(|| format!("`{text}` is not a China local time YYYY-MM-DDTHH:MM"))
}

/// ASCII digits only (no sign, no spaces) as a number.
fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.bytes().all(|byte| byte.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// Days from 1970-01-01 to the proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
pub const fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let (month, day) = (month as i64, day as i64);
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let shifted_month = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`); years outside `u16` are clamped, which no clock reaches.
fn civil_from_days(days: i64) -> (u16, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (
        u16::try_from(year).unwrap_or(u16::MAX),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates_convert() {
        assert_eq!(civil_from_days(0), (1970, 1, 1), "the epoch itself");
        assert_eq!(
            civil_from_days(11_016),
            (2000, 2, 29),
            "2000 is a leap year (divisible by 400)"
        );
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
    }

    #[test]
    fn days_from_civil_inverts_civil_from_days() {
        for day in [-719_162, -25_567, -1, 0, 11_016, 20_454, 20_780, 2_932_896] {
            let (year, month, date) = civil_from_days(day);
            assert_eq!(days_from_civil(i64::from(year), month, date), day);
        }
        assert_eq!(days_from_civil(2026, 1, 1), 20_454);
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(weekday(0), 4, "1970-01-01 was a Thursday");
        assert_eq!(weekday(days_from_civil(2026, 11, 23)), 1, "a Monday");
        assert_eq!(weekday(days_from_civil(2026, 11, 29)), 7, "a Sunday");
        assert_eq!(weekday(days_from_civil(2026, 10, 10)), 6, "a Saturday");
    }

    #[test]
    fn dates_parse_only_when_real_and_well_formed() {
        assert_eq!(
            parse_date("2026-11-23"),
            Some(days_from_civil(2026, 11, 23))
        );
        assert_eq!(parse_date("2028-02-29"), Some(days_from_civil(2028, 2, 29)));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-11-00",
            "2026-1-23",
            "2026/11/23",
            "+026-11-23",
            "2026-11-23 ",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?} is no date");
        }
    }

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
        assert_eq!(china_date_text(monday), "2026-11-23");
        assert_eq!(china_time_text(monday), "08:30");
        assert_eq!(month_day_text(china_day(monday)), "11月23日");
        assert!(parse_china_instant("2026-11-23 08:30").is_err());
        assert!(parse_china_instant("2026-11-23T8:30").is_err());
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
    fn working_days_skip_weekends() {
        // Friday 2026-11-20, noon in China.
        let friday = 20_777 * 86_400 + 4 * 3600;
        assert_eq!(working_days_after(friday, 0), "2026-11-20");
        assert_eq!(working_days_after(friday, 1), "2026-11-23", "Monday");
        assert_eq!(working_days_after(friday, 5), "2026-11-27");
        assert_eq!(
            working_days_after(friday + 2 * 86_400, 1),
            "2026-11-23",
            "from Sunday"
        );
    }

    #[test]
    fn china_is_eight_hours_ahead() {
        // 2026-01-01 16:30 UTC is already 2 January, 00:30 in China.
        let seconds = 20_454 * 86_400 + 16 * 3600 + 30 * 60;
        assert_eq!(
            china_date(seconds),
            (2026, 1, 2),
            "birth dates are judged by the date in China"
        );
        assert_eq!(china_time_text(seconds), "00:30");
        assert_eq!(china_date_text(seconds), "2026-01-02");
    }
}
