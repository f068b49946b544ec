//! Reminders of a booking as OS notifications: the day before, and 30 minutes
//! before the visit. Which are due is a pure function of the bookings and the
//! time; the ones shown are remembered in the data folder, so a restart never
//! shows one twice.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use banshi_api::bookings::{Booking, BookingStatus};

use super::calendar::span;

/// How often the bookings are looked at.
pub const REMINDER_INTERVAL: Duration = Duration::from_secs(60);

const DAY_BEFORE_SECONDS: i64 = 24 * 3600;
const SOON_SECONDS: i64 = 30 * 60;

/// A notification to show now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Booking id and which reminder it is, e.g. `b1:soon`; shown once each.
    pub key: String,
    pub title: String,
    pub body: String,
}

/// The reminders due at Unix time `now` that are not in `shown`: for each
/// booked visit, the day-before one within its last 24 hours, or, within its
/// last 30 minutes, the soon one instead.
pub fn due(bookings: &[Booking], now: i64, shown: &BTreeSet<String>) -> Vec<Reminder> {
    bookings
        .iter()
        .filter(|booking| booking.status == BookingStatus::Booked)
        .filter_map(|booking| {
            let starts = span(booking)?.0.timestamp();
            let left = starts - now;
            let (which, when) = if (0..=SOON_SECONDS).contains(&left) {
                ("soon", "30 分钟后")
            } else if (SOON_SECONDS..=DAY_BEFORE_SECONDS).contains(&left) {
                ("day", "明天")
            } else {
                return None;
            };
            let key = format!("{}:{which}", booking.id);
            (!shown.contains(&key)).then(|| Reminder {
                key,
                title: format!("{when}到{}办事", booking.hall_name),
                body: format!(
                    "{} {}，{}。签到码 {}，请带好材料原件。",
                    booking.date, booking.starts, booking.item_name, booking.check_in_code
                ),
            })
        })
        .collect()
}

/// The keys of the reminders already shown, kept as JSON in the data folder.
pub struct Shown {
    path: PathBuf,
    keys: BTreeSet<String>,
}

impl Shown {
    /// What `data_dir` remembers; nothing if the file is missing or unreadable.
    pub fn load(data_dir: &Path) -> Self {
        let path = data_dir.join("reminders-shown.json");
        let keys = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        Self { path, keys }
    }

    pub fn keys(&self) -> &BTreeSet<String> {
        &self.keys
    }

    /// Remembers `key`; a failure to write only risks showing it once more.
    pub fn remember(&mut self, key: String) {
        self.keys.insert(key);
        let written = serde_json::to_vec(&self.keys)
            .map_err(std::io::Error::other)
            .and_then(|bytes| std::fs::write(&self.path, bytes));
        if let Err(error) = written {
            tracing::warn!(%error, "could not remember a reminder as shown");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn booking(status: BookingStatus) -> Booking {
        Booking {
            status,
            ..crate::bookings::calendar::tests::booking()
        }
    }

    /// 2026-11-24 09:00 in China, as Unix seconds.
    const VISIT: i64 = 1_795_482_000;

    fn keys(reminders: &[Reminder]) -> Vec<&str> {
        reminders.iter().map(|r| r.key.as_str()).collect()
    }

    #[test]
    fn the_visit_time_is_read_in_china_time() {
        assert_eq!(
            span(&booking(BookingStatus::Booked)).unwrap().0.timestamp(),
            VISIT
        );
    }

    #[test]
    fn a_day_before_then_half_an_hour_before_each_once() {
        let bookings = [booking(BookingStatus::Booked)];
        let none = BTreeSet::new();
        assert!(
            due(&bookings, VISIT - DAY_BEFORE_SECONDS - 60, &none).is_empty(),
            "too early"
        );
        let day = due(&bookings, VISIT - DAY_BEFORE_SECONDS + 60, &none);
        assert_eq!(keys(&day), ["00000000000000000000000000000b01:day"]);
        assert!(day[0].title.starts_with("明天"));
        assert!(day[0].body.contains("12345678"));
        let shown = BTreeSet::from(["00000000000000000000000000000b01:day".to_owned()]);
        assert!(
            due(&bookings, VISIT - 3600, &shown).is_empty(),
            "shown once"
        );
        assert_eq!(
            keys(&due(&bookings, VISIT - 600, &shown)),
            ["00000000000000000000000000000b01:soon"]
        );
        assert!(
            due(&bookings, VISIT + 60, &shown).is_empty(),
            "not after it began"
        );
    }

    #[test]
    fn a_cancelled_booking_reminds_of_nothing() {
        let bookings = [booking(BookingStatus::Cancelled)];
        assert!(due(&bookings, VISIT - 600, &BTreeSet::new()).is_empty());
    }

    #[test]
    fn shown_reminders_are_remembered_across_restarts() {
        let folder = tempfile::tempdir().unwrap();
        let mut shown = Shown::load(folder.path());
        shown.remember("00000000000000000000000000000b01:day".into());
        assert!(
            Shown::load(folder.path())
                .keys()
                .contains("00000000000000000000000000000b01:day")
        );
    }
}
