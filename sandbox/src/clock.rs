//! The wall clock, read by hand from `SystemTime`: Unix seconds, today's date and
//! the time of day in China (UTC+8, no daylight saving), without a date crate.

use std::time::{SystemTime, UNIX_EPOCH};

/// China Standard Time, UTC+8, all year.
const CHINA_OFFSET_SECONDS: i64 = 8 * 3600;

/// Seconds since the Unix epoch, now.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        })
}

/// The date in China at Unix time `seconds`, as `(year, month, day)`.
pub fn china_date(seconds: i64) -> (u16, u8, u8) {
    civil_from_days((seconds + CHINA_OFFSET_SECONDS).div_euclid(86_400))
}

/// Today's date in China.
pub fn today() -> (u16, u8, u8) {
    china_date(now())
}

/// The date in China at Unix time `seconds` as `YYYY-MM-DD`.
pub fn china_date_text(seconds: i64) -> String {
    let (year, month, day) = china_date(seconds);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The date in China `days` working days (Monday to Friday) after Unix time
/// `seconds`, as `YYYY-MM-DD`; 0 days is the same day.
pub fn working_days_after(seconds: i64, days: u16) -> String {
    let mut day = (seconds + CHINA_OFFSET_SECONDS).div_euclid(86_400);
    let mut left = days;
    while left > 0 {
        day += 1;
        // 1970-01-01 was a Thursday: day % 7 is 2 on Saturdays and 3 on Sundays.
        if !matches!(day.rem_euclid(7), 2 | 3) {
            left -= 1;
        }
    }
    china_date_text(day * 86_400 - CHINA_OFFSET_SECONDS)
}

/// The time of day in China at Unix time `seconds` as `HH:MM`.
pub fn china_time_text(seconds: i64) -> String {
    let of_day = (seconds + CHINA_OFFSET_SECONDS).rem_euclid(86_400);
    format!("{:02}:{:02}", of_day / 3600, of_day % 3600 / 60)
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
