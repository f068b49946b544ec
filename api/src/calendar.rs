//! The halls' working days (工作日): Monday to Friday, less the statutory
//! holidays of the State Council's notice, plus their make-up working days.
//! Time limits count them, couriers work them, and the device offers them for
//! a collection, so the hall and the app share this one calendar. Days are
//! numbered from 1970-01-01 (see [`crate::dates`]).

use crate::dates::{days_from_civil, weekday};

/// The statutory holidays (法定节假日): name, first and last day off.
const HOLIDAYS: &[(&str, i64, i64)] = &[
    // 国务院办公厅关于2026年部分节假日安排的通知.
    ("元旦", day(2026, 1, 1), day(2026, 1, 3)),
    ("春节", day(2026, 2, 15), day(2026, 2, 23)),
    ("清明节", day(2026, 4, 4), day(2026, 4, 6)),
    ("劳动节", day(2026, 5, 1), day(2026, 5, 5)),
    ("端午节", day(2026, 6, 19), day(2026, 6, 21)),
    ("中秋节", day(2026, 9, 25), day(2026, 9, 27)),
    ("国庆节", day(2026, 10, 1), day(2026, 10, 7)),
    // 2027: only 元旦 is fixed in advance; the later 2027 holidays are added
    // when the State Council publishes its notice for 2027.
    ("元旦", day(2027, 1, 1), day(2027, 1, 3)),
];

/// Weekend days worked in exchange for a holiday (调休上班).
const MAKE_UP_DAYS: &[i64] = &[
    day(2026, 1, 4),
    day(2026, 2, 14),
    day(2026, 2, 28),
    day(2026, 5, 9),
    day(2026, 9, 20),
    day(2026, 10, 10),
];

const fn day(year: i64, month: u8, date: u8) -> i64 {
    days_from_civil(year, month, date)
}

/// The name of the statutory holiday `day` falls in, if any.
pub fn holiday(day: i64) -> Option<&'static str> {
    HOLIDAYS
        .iter()
        .find(|(_, first, last)| (*first..=*last).contains(&day))
        .map(|(name, _, _)| *name)
}

/// Whether `day` is a working day (工作日) on the halls' calendar: Monday to
/// Friday and the make-up days, but no statutory holiday. Time limits count these.
pub fn is_working_day(day: i64) -> bool {
    holiday(day).is_none() && hours_weekday(day) <= 5
}

/// The working days after `from` up to and including `to`; 0 when `to` is not after `from`.
pub fn working_days_between(from: i64, to: i64) -> i64 {
    let count = (from + 1..=to).filter(|&day| is_working_day(day)).count();
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// The day `days` working days after `from` (`from` itself for none).
pub fn working_day_after(from: i64, days: i64) -> i64 {
    let mut day = from;
    let mut left = days;
    while left > 0 {
        day += 1;
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// The day of the week whose opening hours apply on `day`: a make-up working
/// day opens with weekday hours.
pub fn hours_weekday(day: i64) -> u8 {
    if MAKE_UP_DAYS.contains(&day) {
        1
    } else {
        weekday(day)
    }
}
