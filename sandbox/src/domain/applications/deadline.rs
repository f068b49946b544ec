//! The promised time limit (承诺时限) as a hall counts it: working days on the
//! halls' calendar from the day of acceptance, the working days spent
//! suspended or awaiting a correction not counted, and a pause still going on
//! stopping the count where it began. The same count serves every promise
//! of the halls in working days that runs from one day without pauses until
//! it is kept: a bad rating's case, a consultation's answer.

use banshi_api::applications::{Deadline, Urgency};
use banshi_api::dates::Date;

use crate::clock;
use crate::domain::calendar;

/// What the deadline of one application is counted from (Unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineClock {
    pub promised_days: u16,
    pub accepted_at: Option<i64>,
    /// Working days of pauses that ended.
    pub paused_days: i64,
    /// When the pause going on began.
    pub paused_since: Option<i64>,
    /// When the application ended (completed, or otherwise final).
    pub ended_at: Option<i64>,
}

impl DeadlineClock {
    /// The deadline at `now` of a promise of `promised_days` working days from
    /// `started_at`, never paused, kept (the clock stopped) at `stopped_at`.
    pub fn unpaused(
        promised_days: u16,
        started_at: i64,
        stopped_at: Option<i64>,
        now: i64,
    ) -> Deadline {
        let clock = Self {
            promised_days,
            accepted_at: Some(started_at),
            paused_days: 0,
            paused_since: None,
            ended_at: stopped_at,
        };
        clock.count(started_at, now)
    }

    /// The deadline at `now` of the clock started at `started_at`.
    fn count(&self, started_at: i64, now: i64) -> Deadline {
        let accepted = clock::china_day(started_at);
        let until = clock::china_day(self.ended_at.unwrap_or(now));
        let pausing = self.paused_since.map(clock::china_day);
        // A pause going on counts from the day after it began up to today.
        let pausing_days = pausing.map_or(0, |since| calendar::working_days_between(since, until));
        let stopped = self.paused_days + pausing_days;
        let used = calendar::working_days_between(accepted, until) - stopped;
        let promised = i64::from(self.promised_days);
        let left = promised - used;
        let due = calendar::working_day_after(accepted, promised + stopped);
        let days_left = i32::try_from(left).unwrap_or(i32::MIN);
        Deadline {
            promised_days: self.promised_days,
            days_left,
            due: Date::from_days_clamped(due),
            running: self.ended_at.is_none() && self.paused_since.is_none(),
            urgency: Urgency::of(days_left),
        }
    }

    /// The deadline at `now`; `None` before acceptance.
    pub fn at(&self, now: i64) -> Option<Deadline> {
        Some(self.count(self.accepted_at?, now))
    }

    /// The working days a pause that began at `since` took by `now`.
    pub fn pause_length(since: i64, now: i64) -> i64 {
        calendar::working_days_between(clock::china_day(since), clock::china_day(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Noon in China on a day.
    fn noon(year: i64, month: u8, day: u8) -> i64 {
        clock::days_from_civil(year, month, day) * 86_400 + 4 * 3600
    }

    fn clock(promised_days: u16, accepted: i64) -> DeadlineClock {
        DeadlineClock {
            promised_days,
            accepted_at: Some(accepted),
            paused_days: 0,
            paused_since: None,
            ended_at: None,
        }
    }

    #[test]
    fn nothing_runs_before_acceptance() {
        let mut waiting = clock(5, 0);
        waiting.accepted_at = None;
        assert_eq!(waiting.at(noon(2026, 11, 23)), None);
    }

    #[test]
    fn working_days_skip_weekends() {
        // Accepted on Friday 20 November: 5 working days end on Friday 27th.
        let deadline = clock(5, noon(2026, 11, 20)).at(noon(2026, 11, 23)).unwrap();
        assert_eq!(deadline.due, "2026-11-27");
        assert_eq!(deadline.days_left, 4, "Monday 23rd was the first");
        assert_eq!(deadline.urgency, Urgency::OnTime);
        assert!(deadline.running);
    }

    #[test]
    fn holidays_do_not_count_and_make_up_days_do() {
        // Accepted Tuesday 29 September 2026: 国庆节 1–7 October is off and
        // Saturday 10 October is worked. 30 Sep, 8, 9, 10, 12 Oct.
        let deadline = clock(5, noon(2026, 9, 29)).at(noon(2026, 9, 30)).unwrap();
        assert_eq!(deadline.due, "2026-10-12");
        // Accepted Friday 18 September: Sunday 20th is a make-up day, so the
        // third working day is Tuesday 22nd.
        let deadline = clock(3, noon(2026, 9, 18)).at(noon(2026, 9, 18)).unwrap();
        assert_eq!(deadline.due, "2026-09-22");
        assert_eq!(deadline.days_left, 3);
    }

    #[test]
    fn the_last_two_days_warn_and_after_the_due_day_it_is_overdue() {
        let accepted = noon(2026, 11, 16);
        let ticking = clock(5, accepted);
        assert_eq!(
            ticking.at(noon(2026, 11, 19)).unwrap().urgency,
            Urgency::NearDue
        );
        let due_day = ticking.at(noon(2026, 11, 23)).unwrap();
        assert_eq!((due_day.days_left, due_day.urgency), (0, Urgency::NearDue));
        let late = ticking.at(noon(2026, 11, 25)).unwrap();
        assert_eq!((late.days_left, late.urgency), (-2, Urgency::Overdue));
    }

    #[test]
    fn a_suspension_stops_the_clock_and_resuming_restarts_it() {
        // Accepted Monday 16 November for 5 days (due 23rd), suspended on
        // Wednesday 18th.
        let mut suspended = clock(5, noon(2026, 11, 16));
        suspended.paused_since = Some(noon(2026, 11, 18));
        let frozen = suspended.at(noon(2026, 11, 25)).unwrap();
        assert!(!frozen.running);
        assert_eq!(
            frozen.days_left, 3,
            "17th and 18th were used, nothing since"
        );
        assert_eq!(
            frozen.due, "2026-11-30",
            "pushed by the 5 working days paused"
        );
        // Resumed on Wednesday 25th: 19–25 November paused (5 working days).
        let mut resumed = suspended;
        resumed.paused_since = None;
        resumed.paused_days = DeadlineClock::pause_length(noon(2026, 11, 18), noon(2026, 11, 25));
        assert_eq!(resumed.paused_days, 5);
        let running = resumed.at(noon(2026, 11, 26)).unwrap();
        assert_eq!(running.days_left, 2);
        assert_eq!(running.due, "2026-11-30");
        assert!(running.running);
    }

    #[test]
    fn a_pending_correction_counts_like_a_pause_across_a_holiday() {
        // Accepted Monday 28 September, correction asked on Wednesday 30th,
        // handed in on Thursday 8 October: the holiday is off anyway, so only
        // 8 October is a paused working day.
        let mut corrected = clock(5, noon(2026, 9, 28));
        corrected.paused_days = DeadlineClock::pause_length(noon(2026, 9, 30), noon(2026, 10, 8));
        assert_eq!(corrected.paused_days, 1);
        let deadline = corrected.at(noon(2026, 10, 9)).unwrap();
        // 29, 30 Sep, 9, 10 (make-up), 12 Oct.
        assert_eq!(deadline.due, "2026-10-12");
        assert_eq!(deadline.days_left, 2);
    }

    #[test]
    fn an_unpaused_promise_runs_from_its_day_across_the_weekend_until_kept() {
        // Asked on Friday 20 November for 5 working days: due Friday 27th.
        let asked = noon(2026, 11, 20);
        let monday = DeadlineClock::unpaused(5, asked, None, noon(2026, 11, 23));
        assert_eq!(monday.due, "2026-11-27");
        assert_eq!(monday.days_left, 4, "the weekend is not counted");
        assert!(monday.running);
        // Answered on Tuesday 24th: the count stops there.
        let later = DeadlineClock::unpaused(5, asked, Some(noon(2026, 11, 24)), noon(2026, 12, 20));
        assert_eq!((later.days_left, later.running), (3, false));
    }

    #[test]
    fn an_ended_application_keeps_its_count() {
        let mut ended = clock(5, noon(2026, 11, 16));
        ended.ended_at = Some(noon(2026, 11, 18));
        let deadline = ended.at(noon(2026, 12, 20)).unwrap();
        assert_eq!(deadline.days_left, 3);
        assert!(!deadline.running);
        assert_eq!(deadline.urgency, Urgency::OnTime);
    }
}
