//! A booking as an iCalendar file (.ics), for the system calendar: the visit at
//! the hall's address, with the check-in code, what to bring, and reminders the
//! day before and 30 minutes before.

use banshi_api::bookings::Booking;
use banshi_api::halls::Hall;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

/// China Standard Time, UTC+8, all year.
const CHINA_OFFSET_HOURS: i64 = 8;

/// The booking's start and end in UTC, if its date and times are readable.
pub fn span(booking: &Booking) -> Option<(chrono::DateTime<Utc>, chrono::DateTime<Utc>)> {
    let date = NaiveDate::from_ymd_opt(
        i32::from(booking.date.year()),
        u32::from(booking.date.month()),
        u32::from(booking.date.day()),
    )?;
    let at = |time: &str| -> Option<chrono::DateTime<Utc>> {
        let local = NaiveDateTime::new(date, NaiveTime::parse_from_str(time, "%H:%M").ok()?);
        Some(Utc.from_utc_datetime(&(local - Duration::hours(CHINA_OFFSET_HOURS))))
    };
    Some((at(&booking.starts)?, at(&booking.ends)?))
}

/// The .ics text of `booking` at `hall`; `bring` lists the originals to take.
pub fn ics(booking: &Booking, hall: &Hall, bring: &[String]) -> Option<String> {
    let (starts, ends) = span(booking)?;
    let mut description = format!("签到码：{}\n", booking.check_in_code);
    if !bring.is_empty() {
        description.push_str("请携带：\n");
        for material in bring {
            description.push_str(&format!("· {material}\n"));
        }
    }
    description.push_str(&format!("咨询电话：{}", hall.phone));
    let summary = format!("预约办理：{}", booking.item_name);
    let event = Event::new()
        .uid(&format!("{}@banshi", booking.id))
        .summary(&summary)
        .description(&description)
        .location(&format!("{} {}", hall.name, hall.address))
        .starts(starts)
        .ends(ends)
        .alarm(Alarm::display(&summary, -Duration::days(1)))
        .alarm(Alarm::display(&summary, -Duration::minutes(30)))
        .done();
    Some(
        Calendar::new()
            .name("办事预约")
            .push(event)
            .done()
            .to_string(),
    )
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use banshi_api::bookings::BookingStatus;
    use banshi_api::dates::Date;
    use banshi_api::ids::{BookingId, HallCode, ItemCode};

    /// A booked visit on Tuesday 2026-11-24, 09:00–09:30 China time (also
    /// the reminders' tests' booking).
    pub(in crate::bookings) fn booking() -> Booking {
        Booking {
            id: BookingId::parse("00000000000000000000000000000b01").unwrap(),
            hall: HallCode::parse("shizhi").unwrap(),
            hall_name: "亳州市政务服务中心".into(),
            item_code: ItemCode::parse("11341600MB0000001A000105001000001").unwrap(),
            item_name: "居民身份证换领".into(),
            date: Date::parse("2026-11-24").unwrap(),
            starts: "09:00".into(),
            ends: "09:30".into(),
            check_in_code: "12345678".into(),
            status: BookingStatus::Booked,
            booked_at: 0,
            rated: false,
        }
    }

    fn hall() -> Hall {
        Hall {
            code: HallCode::parse("shizhi").unwrap(),
            district: "市直".into(),
            name: "亳州市政务服务中心".into(),
            district_en: "Municipal".into(),
            address: "希夷大道".into(),
            phone: "0558-5518345".into(),
            hours: Vec::new(),
            windows: Vec::new(),
        }
    }

    #[test]
    fn the_visit_is_at_china_time_in_utc() {
        let (starts, ends) = span(&booking()).unwrap();
        assert_eq!(starts.to_rfc3339(), "2026-11-24T01:00:00+00:00");
        assert_eq!(ends - starts, Duration::minutes(30));
    }

    #[test]
    fn the_file_holds_the_visit_the_code_and_two_reminders() {
        let text = ics(&booking(), &hall(), &["居民身份证原件".into()]).unwrap();
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("DTSTART:20261124T010000Z"), "{unfolded}");
        assert!(unfolded.contains("DTEND:20261124T013000Z"));
        assert!(unfolded.contains("签到码：12345678"));
        assert!(unfolded.contains("居民身份证原件"));
        assert!(unfolded.contains("LOCATION:亳州市政务服务中心 希夷大道"));
        assert_eq!(unfolded.matches("BEGIN:VALARM").count(), 2);
        assert!(
            unfolded.contains("TRIGGER:-PT86400S"),
            "a day before: {unfolded}"
        );
        assert!(
            unfolded.contains("TRIGGER:-PT1800S"),
            "30 minutes before: {unfolded}"
        );
    }

    #[test]
    fn an_unreadable_time_makes_no_file() {
        let mut broken = booking();
        broken.starts = "9点".into();
        assert!(ics(&broken, &hall(), &[]).is_none());
    }
}
