//! The halls' calendar: which days a hall opens (the working days of
//! [`banshi_api::calendar`]), its opening periods on a day, and the bookable
//! half hours with their places.

use banshi_api::bookings::Closure;
pub use banshi_api::calendar::{
    holiday, hours_weekday, is_working_day, working_day_after, working_days_between,
};
use banshi_api::dates::Date;
use banshi_api::halls::Hall;

use crate::clock;

/// Length of a bookable slot, in minutes.
pub const SLOT_MINUTES: u16 = 30;
/// Places in each slot of a working day.
pub const WEEKDAY_CAPACITY: u32 = 5;
/// Places in each slot of a Saturday morning.
pub const SATURDAY_CAPACITY: u32 = 2;

/// The hall's opening periods on `day` as minutes of the day, in order; none on
/// a day it is closed.
pub fn periods(hall: &Hall, day: i64) -> Vec<(u16, u16)> {
    if holiday(day).is_some() {
        return Vec::new();
    }
    let weekday = hours_weekday(day);
    let mut periods: Vec<(u16, u16)> = hall
        .hours
        .iter()
        .filter(|hours| hours.weekdays.contains(&weekday))
        .flat_map(|hours| &hours.periods)
        .filter_map(|period| {
            Some((
                clock::parse_time(&period.opens)?,
                clock::parse_time(&period.closes)?,
            ))
        })
        .collect();
    periods.sort_unstable();
    periods
}

/// Why the hall is closed on `day`; `None` when it opens.
pub fn closure(hall: &Hall, day: i64) -> Option<Closure> {
    if let Some(name) = holiday(day) {
        return Some(Closure::Holiday {
            name: name.to_owned(),
        });
    }
    periods(hall, day).is_empty().then_some(Closure::Weekend)
}

/// Whether the hall is open at Unix time `seconds`.
pub fn is_open_at(hall: &Hall, seconds: i64) -> bool {
    let day = clock::china_day(seconds);
    holiday(day).is_none() && hall.is_open_at(hours_weekday(day), clock::china_minute(seconds))
}

/// The start of every bookable half hour of `day`, in order.
pub fn slot_starts(hall: &Hall, day: i64) -> Vec<u16> {
    periods(hall, day)
        .into_iter()
        .flat_map(|(opens, closes)| {
            (opens..closes)
                .step_by(usize::from(SLOT_MINUTES))
                .filter(move |starts| starts + SLOT_MINUTES <= closes)
        })
        .collect()
}

/// Places in each slot of `day`: fewer on a Saturday morning, none when closed.
pub fn capacity(hall: &Hall, day: i64) -> u32 {
    if closure(hall, day).is_some() {
        0
    } else if hours_weekday(day) == 6 {
        SATURDAY_CAPACITY
    } else {
        WEEKDAY_CAPACITY
    }
}

/// The opening periods of `day` as people read them: `09:00—12:00、13:30—17:30`.
pub fn hours_text(hall: &Hall, day: i64) -> String {
    periods(hall, day)
        .iter()
        .map(|&(opens, closes)| format!("{}—{}", clock::time_text(opens), clock::time_text(closes)))
        .collect::<Vec<_>>()
        .join("、")
}

/// Why the hall does not open on `day`, as a sentence:
/// `10月1日是国庆节假期，大厅不办公`.
pub fn closed_text(day: i64, closure: &Closure) -> String {
    const WEEKDAYS: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    let date = Date::from_days_clamped(day).month_day_text();
    match closure {
        Closure::Holiday { name } => format!("{date}是{name}假期，大厅不办公"),
        Closure::Weekend => {
            let weekday = WEEKDAYS[usize::from(clock::weekday(day) - 1)];
            format!("{date}是{weekday}，大厅不办公")
        }
    }
}

#[cfg(test)]
mod tests {
    use banshi_api::halls::{OpeningHours, Period};

    use super::*;

    const fn day(year: i64, month: u8, date: u8) -> i64 {
        clock::days_from_civil(year, month, date)
    }

    fn hall(saturday: bool) -> Hall {
        let period = |opens: &str, closes: &str| Period {
            opens: opens.into(),
            closes: closes.into(),
        };
        let mut hours = vec![OpeningHours {
            weekdays: vec![1, 2, 3, 4, 5],
            periods: vec![period("13:30", "17:30"), period("09:00", "12:00")],
        }];
        if saturday {
            hours.push(OpeningHours {
                weekdays: vec![6],
                periods: vec![period("09:00", "12:00")],
            });
        }
        Hall {
            code: banshi_api::halls::HallCode::parse("shizhi").unwrap(),
            district: "市直".into(),
            name: "亳州市政务服务中心".into(),
            district_en: "Municipal".into(),
            address: "亳州市".into(),
            phone: "0558-0000000".into(),
            hours,
            windows: Vec::new(),
        }
    }

    fn holiday_named(name: &str) -> Option<Closure> {
        Some(Closure::Holiday { name: name.into() })
    }

    #[test]
    fn the_2026_holidays_of_the_notice_close_every_hall() {
        let hall = hall(true);
        for (date, name) in [
            ((2026, 1, 1), "元旦"),
            ((2026, 1, 3), "元旦"),
            ((2026, 2, 15), "春节"),
            ((2026, 2, 23), "春节"),
            ((2026, 4, 6), "清明节"),
            ((2026, 5, 5), "劳动节"),
            ((2026, 6, 19), "端午节"),
            ((2026, 9, 25), "中秋节"),
            ((2026, 10, 1), "国庆节"),
            ((2026, 10, 7), "国庆节"),
            ((2027, 1, 1), "元旦"),
        ] {
            let day = day(date.0, date.1, date.2);
            assert_eq!(closure(&hall, day), holiday_named(name), "{date:?}");
            assert!(slot_starts(&hall, day).is_empty(), "no slots on {date:?}");
            assert_eq!(capacity(&hall, day), 0);
        }
        assert_eq!(closure(&hall, day(2026, 2, 24)), None, "back to work");
        assert_eq!(closure(&hall, day(2026, 10, 8)), None, "back to work");
    }

    #[test]
    fn make_up_days_open_with_weekday_hours_even_without_saturday_service() {
        let hall = hall(false);
        for (year, month, date) in [
            (2026, 1, 4),
            (2026, 2, 14),
            (2026, 2, 28),
            (2026, 5, 9),
            (2026, 9, 20),
            (2026, 10, 10),
        ] {
            let day = day(year, month, date);
            assert!(clock::weekday(day) >= 6, "{month}/{date} is a weekend day");
            assert_eq!(closure(&hall, day), None, "{month}/{date} is worked");
            assert_eq!(slot_starts(&hall, day).len(), 14, "a full weekday");
            assert_eq!(capacity(&hall, day), WEEKDAY_CAPACITY);
        }
    }

    #[test]
    fn saturdays_open_in_the_morning_only_where_the_hall_says_so() {
        let saturday = day(2026, 11, 28);
        assert_eq!(closure(&hall(false), saturday), Some(Closure::Weekend));
        assert_eq!(closure(&hall(true), saturday), None);
        assert_eq!(
            slot_starts(&hall(true), saturday),
            [540, 570, 600, 630, 660, 690],
            "09:00 to 11:30"
        );
        assert_eq!(capacity(&hall(true), saturday), SATURDAY_CAPACITY);
        assert_eq!(
            closure(&hall(true), day(2026, 11, 29)),
            Some(Closure::Weekend),
            "no hall opens on Sunday"
        );
    }

    #[test]
    fn weekday_slots_are_the_half_hours_of_both_periods() {
        let monday = day(2026, 11, 23);
        let starts: Vec<_> = slot_starts(&hall(false), monday)
            .into_iter()
            .map(clock::time_text)
            .collect();
        assert_eq!(
            starts,
            [
                "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "13:30", "14:00", "14:30",
                "15:00", "15:30", "16:00", "16:30", "17:00"
            ],
            "none in the lunch break, none running past closing"
        );
        assert_eq!(capacity(&hall(false), monday), WEEKDAY_CAPACITY);
        assert_eq!(hours_text(&hall(false), monday), "09:00—12:00、13:30—17:30");
    }

    #[test]
    fn open_now_follows_the_hours_and_the_holidays() {
        let hall = hall(false);
        let at = |text| clock::parse_china_instant(text).unwrap();
        assert!(is_open_at(&hall, at("2026-11-23T09:00")));
        assert!(!is_open_at(&hall, at("2026-11-23T08:59")));
        assert!(!is_open_at(&hall, at("2026-11-23T12:30")), "lunch break");
        assert!(!is_open_at(&hall, at("2026-11-23T20:00")));
        assert!(!is_open_at(&hall, at("2026-11-22T10:00")), "Sunday");
        assert!(!is_open_at(&hall, at("2026-10-01T10:00")), "National Day");
        assert!(is_open_at(&hall, at("2026-10-10T14:00")), "a make-up day");
    }

    #[test]
    fn closures_read_as_sentences() {
        let national_day = day(2026, 10, 1);
        assert_eq!(
            closed_text(national_day, &holiday_named("国庆节").unwrap()),
            "10月1日是国庆节假期，大厅不办公"
        );
        assert_eq!(
            closed_text(day(2026, 11, 29), &Closure::Weekend),
            "11月29日是周日，大厅不办公"
        );
    }
}
