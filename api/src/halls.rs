//! The district service halls (政务服务中心) of the city: where they are, when
//! they open and which windows serve which departments.

use serde::{Deserialize, Serialize};

pub use crate::ids::HallCode;

/// A district service hall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Hall {
    pub code: HallCode,
    /// The district it serves, as people say it: 市直, 谯城区 …
    pub district: String,
    /// The hall's full name, e.g. 谯城区政务服务中心.
    pub name: String,
    /// The district's name in English, for the English interface.
    pub district_en: String,
    pub address: String,
    /// Consultation phone number of the hall.
    pub phone: String,
    /// Opening hours, one entry per group of days.
    pub hours: Vec<OpeningHours>,
    /// The service windows, grouped by department.
    pub windows: Vec<Window>,
}

/// When a hall is open on some days of the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpeningHours {
    /// Days of the week, 1 = Monday … 7 = Sunday.
    pub weekdays: Vec<u8>,
    /// Opening periods that day, as `HH:MM` local time, e.g. `09:00`–`12:00`.
    pub periods: Vec<Period>,
}

impl Hall {
    /// Whether the hall is open on `weekday` (1 = Monday) at `minute` of the day,
    /// local time. A period that cannot be read counts as closed.
    pub fn is_open_at(&self, weekday: u8, minute: u16) -> bool {
        self.hours
            .iter()
            .filter(|hours| hours.weekdays.contains(&weekday))
            .flat_map(|hours| &hours.periods)
            .any(|period| {
                matches!(
                    (minute_of_day(&period.opens), minute_of_day(&period.closes)),
                    (Some(opens), Some(closes)) if opens <= minute && minute < closes
                )
            })
    }
}

/// `"13:30"` → 810.
fn minute_of_day(text: &str) -> Option<u16> {
    let (hours, minutes) = text.split_once(':')?;
    let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// A period of opening, in local time, `HH:MM`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Period {
    pub opens: String,
    pub closes: String,
}

/// A service window (窗口) of a hall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Window {
    /// The number shown above the window, e.g. `A03`.
    pub number: String,
    /// The department that staffs it.
    pub department: String,
    /// What it handles, e.g. 综合受理 or 不动产登记.
    pub service: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hall() -> Hall {
        let period = |opens: &str, closes: &str| Period {
            opens: opens.into(),
            closes: closes.into(),
        };
        Hall {
            code: HallCode::parse("shizhi").unwrap(),
            district: "市直".into(),
            name: "亳州市政务服务中心".into(),
            district_en: "Municipal".into(),
            address: "亳州市谯城区".into(),
            phone: "0558-0000000".into(),
            hours: vec![
                OpeningHours {
                    weekdays: vec![1, 2, 3, 4, 5],
                    periods: vec![period("09:00", "12:00"), period("13:30", "17:30")],
                },
                OpeningHours {
                    weekdays: vec![6],
                    periods: vec![period("09:00", "12:00"), period("bad", "12:00")],
                },
            ],
            windows: Vec::new(),
        }
    }

    #[test]
    fn open_within_a_period_of_that_day_only() {
        let hall = hall();
        assert!(hall.is_open_at(1, 9 * 60), "opens at 09:00 sharp");
        assert!(!hall.is_open_at(1, 12 * 60), "closes at 12:00 sharp");
        assert!(!hall.is_open_at(3, 13 * 60), "the lunch break is closed");
        assert!(hall.is_open_at(5, 17 * 60 + 29));
        assert!(hall.is_open_at(6, 10 * 60), "Saturday morning service");
        assert!(!hall.is_open_at(6, 14 * 60));
        assert!(!hall.is_open_at(7, 10 * 60), "closed on Sunday");
    }

    #[test]
    fn unreadable_times_are_not_opening_hours() {
        assert_eq!(minute_of_day("24:00"), None);
        assert_eq!(minute_of_day("9"), None);
        assert_eq!(minute_of_day("08:05"), Some(485));
    }
}
