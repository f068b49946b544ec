//! The device's date, for the checks that compare with today (a birth date not
//! in the future, …).

use banshi_api::dates::Date;

/// Today in the device's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    // The browser's calendar only has real days; the epoch if it had none.
    .unwrap_or_else(|_| Date::from_days_clamped(0))
}

/// `unix_ms` as `MM-DD HH:MM` in the device's time zone, for "last changed".
pub fn short_time(unix_ms: i64) -> String {
    let date = js_sys::Date::new(&(unix_ms as f64).into());
    format!(
        "{:02}-{:02} {:02}:{:02}",
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// `unix_seconds` as `YYYY-MM-DD HH:MM` in China time (UTC+8, no daylight
/// saving), as the hall dates what it does wherever the device is.
pub fn date_time(unix_seconds: i64) -> String {
    const CHINA_OFFSET_SECONDS: i64 = 8 * 3600;
    let shifted = (unix_seconds + CHINA_OFFSET_SECONDS) as f64 * 1000.0;
    let date = js_sys::Date::new(&shifted.into());
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        date.get_utc_full_year(),
        date.get_utc_month() + 1,
        date.get_utc_date(),
        date.get_utc_hours(),
        date.get_utc_minutes()
    )
}
