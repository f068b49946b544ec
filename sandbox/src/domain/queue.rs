//! The live queue of a hall: its zones (综合受理区 A …), whose windows call from
//! one line each; numbers as the hall's screens show them (`A023`); how a line
//! starts its day; the wait a ticket can expect; and the changes that the
//! queue's streams follow; and the rules of taking a number (only while the
//! hall is open, one waiting number per person and line) and calling one.

use banshi_api::dates::Date;
use banshi_api::halls::{Hall, HallCode};
use banshi_api::ids::TicketId;
use banshi_api::queue::{Queue, QueueGroup, Ticket, TicketStatus};
use sha2::{Digest, Sha256};
use tokio::sync::broadcast;

use banshi_api::ErrorCode;

use crate::clock::{self, Clock};
use crate::domain::{calendar, credentials, halls};
use crate::error::{AppError, not_found, refused};
use crate::store::{HeadStart, Line, LineRecord, Store, StoreError, TicketRecord};

/// A zone of windows, named by the letter its window numbers begin with.
#[derive(Debug)]
pub struct Zone {
    pub code: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
    /// Average minutes a window spends on one person.
    pub minutes_per_person: u32,
}

/// Every zone a hall may have (the letters of `seed::halls`' window numbers).
const ZONES: [Zone; 5] = [
    Zone {
        code: "A",
        name: "综合受理区",
        name_en: "Comprehensive services",
        minutes_per_person: 8,
    },
    Zone {
        code: "B",
        name: "公安服务区",
        name_en: "Public security",
        minutes_per_person: 10,
    },
    Zone {
        code: "C",
        name: "社会事务区",
        name_en: "Social affairs",
        minutes_per_person: 12,
    },
    Zone {
        code: "D",
        name: "市场准入区",
        name_en: "Market entry",
        minutes_per_person: 15,
    },
    Zone {
        code: "E",
        name: "工程建设与不动产区",
        name_en: "Construction and property",
        minutes_per_person: 20,
    },
];

/// A zone of one hall with the windows that call from its line (never none).
#[derive(Debug)]
pub struct HallZone {
    pub zone: &'static Zone,
    pub windows: Vec<String>,
}

/// The zones the hall has windows in, in letter order.
pub fn zones_of(hall: &Hall) -> Vec<HallZone> {
    ZONES
        .iter()
        .filter_map(|zone| {
            let windows: Vec<String> = hall
                .windows
                .iter()
                .filter(|window| window.number.starts_with(zone.code))
                .map(|window| window.number.clone())
                .collect();
            (!windows.is_empty()).then_some(HallZone { zone, windows })
        })
        .collect()
}

/// The hall's zone with the letter `code`, if it has one.
pub fn zone_of(hall: &Hall, code: &str) -> Option<HallZone> {
    zones_of(hall)
        .into_iter()
        .find(|hall_zone| hall_zone.zone.code == code)
}

fn no_such_ticket() -> AppError {
    not_found("没有这个号码")
}

/// The ticket id in a request's path; one that is not an id names no ticket.
pub fn ticket_id(text: &str) -> Result<TicketId, AppError> {
    TicketId::parse(text).map_err(|_| no_such_ticket())
}

/// Number `sequence` of a zone's line as the screens call it: `A023`.
pub fn number(zone: &str, sequence: u32) -> String {
    format!("{zone}{sequence:03}")
}

impl HallZone {
    /// The zone's line at `hall` on `date`, starting its day as [`head_start`] says.
    pub fn line<'a>(&'a self, hall: &'a HallCode, date: Date) -> Line<'a> {
        Line {
            hall,
            zone: self.zone.code,
            date,
            head_start: head_start(hall, self.zone.code, date),
        }
    }

    /// The window number `sequence` is called to: the zone's windows in turn.
    pub fn window_for(&self, sequence: u32) -> String {
        let turn = usize::try_from(sequence.saturating_sub(1)).unwrap_or(0);
        self.windows[turn % self.windows.len()].clone()
    }

    /// Minutes until a number with `ahead` people before it is called, all of
    /// the zone's windows serving.
    pub fn expected_wait(&self, ahead: u32) -> u32 {
        let windows = u32::try_from(self.windows.len()).unwrap_or(1);
        (ahead * self.zone.minutes_per_person).div_ceil(windows)
    }

    fn group(&self, line: Option<&LineRecord>) -> QueueGroup {
        let (issued, called) = line.map_or((0, 0), |line| (line.issued, line.called));
        QueueGroup {
            code: self.zone.code.to_owned(),
            name: self.zone.name.to_owned(),
            name_en: self.zone.name_en.to_owned(),
            windows: self.windows.clone(),
            waiting: issued - called,
            now_serving: (called > 0).then(|| number(self.zone.code, called)),
            minutes_per_person: self.zone.minutes_per_person,
        }
    }
}

/// How a line starts its day: some people already served and a few waiting, as
/// in any hall an hour after opening. The same for the same hall, zone and day.
pub fn head_start(hall: &HallCode, zone: &str, date: Date) -> HeadStart {
    let digest = Sha256::digest(format!("{hall}/{zone}/{date}"));
    let mut seed = [0; 8];
    seed.copy_from_slice(&digest[..8]);
    let mut rng = fastrand::Rng::with_seed(u64::from_le_bytes(seed));
    let called = rng.u32(4..=18);
    let waiting = rng.u32(2..=7);
    HeadStart {
        issued: called + waiting,
        called,
    }
}

/// The hall's queue now by `clock`. While the hall is open, each line is
/// started for the day if it has not been.
pub async fn queue_now(store: &dyn Store, clock: &Clock, hall: &Hall) -> Result<Queue, StoreError> {
    let now = clock.now();
    let date = clock::china_date(now);
    let open = calendar::is_open_at(hall, now);
    let zones = zones_of(hall);
    let mut lines = store.lines(&hall.code, date).await?;
    if open && lines.len() < zones.len() {
        for zone in &zones {
            store.open_line(zone.line(&hall.code, date), now).await?;
        }
        lines = store.lines(&hall.code, date).await?;
    }
    let groups = zones
        .iter()
        .map(|zone| zone.group(lines.iter().find(|line| line.zone == zone.zone.code)))
        .collect();
    Ok(Queue {
        hall: hall.code.clone(),
        open,
        groups,
        updated_at: lines
            .iter()
            .map(|line| line.updated_at)
            .max()
            .unwrap_or(now),
    })
}

/// A ticket as its holder sees it on `today`.
pub fn ticket(hall: &Hall, zone: &HallZone, record: TicketRecord, today: Date) -> Ticket {
    let (status, ahead) = match record.called_to {
        Some(window) => (TicketStatus::Called { window }, 0),
        None if record.date < today => (TicketStatus::Expired, 0),
        None => (
            TicketStatus::Waiting,
            record.sequence.saturating_sub(record.line_called + 1),
        ),
    };
    Ticket {
        id: record.id,
        hall: hall.code.clone(),
        hall_name: hall.name.clone(),
        group: zone.zone.code.to_owned(),
        group_name: zone.zone.name.to_owned(),
        group_name_en: zone.zone.name_en.to_owned(),
        number: number(zone.zone.code, record.sequence),
        ahead,
        expected_wait_minutes: zone.expected_wait(ahead),
        status,
        date: record.date,
        taken_at: record.taken_at,
    }
}

/// The halls whose queue has changed, announced to the streams that follow them.
#[derive(Debug, Clone)]
pub struct QueueChanges(broadcast::Sender<HallCode>);

impl Default for QueueChanges {
    fn default() -> Self {
        // A stream that falls this far behind reads the queue afresh.
        Self(broadcast::channel(64).0)
    }
}

impl QueueChanges {
    /// Announces that `hall`'s queue changed.
    pub fn changed(&self, hall: &HallCode) {
        // Nobody may be following; that is no failure.
        let _ = self.0.send(hall.clone());
    }

    /// Follows the changes from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<HallCode> {
        self.0.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use banshi_api::halls::Window;

    use super::*;

    fn hall_code(text: &str) -> HallCode {
        HallCode::parse(text).unwrap()
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn hall(windows: &[&str]) -> Hall {
        Hall {
            code: hall_code("qiaocheng"),
            district: "谯城区".into(),
            name: "谯城区政务服务中心".into(),
            district_en: "Qiaocheng District".into(),
            address: "亳州市".into(),
            phone: "0558-0000000".into(),
            hours: Vec::new(),
            windows: windows
                .iter()
                .map(|number| Window {
                    number: (*number).into(),
                    department: "数据资源管理局".into(),
                    service: "综合受理".into(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_hall_has_the_zones_it_has_windows_in() {
        let hall = hall(&["A01", "A02", "C01", "E01"]);
        let codes: Vec<_> = zones_of(&hall).iter().map(|z| z.zone.code).collect();
        assert_eq!(codes, ["A", "C", "E"], "no line for a zone without windows");
        assert!(zone_of(&hall, "B").is_none());
        assert_eq!(zone_of(&hall, "A").unwrap().windows, ["A01", "A02"]);
    }

    #[test]
    fn numbers_are_called_to_the_windows_in_turn() {
        let zone = zone_of(&hall(&["A01", "A02", "A03"]), "A").unwrap();
        let windows: Vec<_> = (1..=4).map(|sequence| zone.window_for(sequence)).collect();
        assert_eq!(windows, ["A01", "A02", "A03", "A01"]);
        assert_eq!(number("A", 23), "A023");
    }

    #[test]
    fn the_expected_wait_shares_the_people_ahead_among_the_windows() {
        let zone = zone_of(&hall(&["A01", "A02", "A03"]), "A").unwrap();
        assert_eq!(zone.expected_wait(0), 0);
        assert_eq!(
            zone.expected_wait(1),
            3,
            "8 minutes over 3 windows, rounded up"
        );
        assert_eq!(zone.expected_wait(3), 8);
    }

    #[test]
    fn a_line_starts_its_day_the_same_way_every_time() {
        let start = head_start(&hall_code("shizhi"), "A", day("2026-11-23"));
        assert_eq!(
            start,
            head_start(&hall_code("shizhi"), "A", day("2026-11-23"))
        );
        assert!(start.called >= 4, "some people were served already");
        assert!(start.issued - start.called >= 2, "a few are waiting");
        let days: Vec<_> = (23..=27)
            .map(|n| head_start(&hall_code("shizhi"), "A", day(&format!("2026-11-{n}"))))
            .collect();
        assert!(
            days.iter().any(|start| *start != days[0]),
            "days differ from one another"
        );
    }

    #[test]
    fn a_ticket_counts_the_people_before_it_until_called() {
        let hall = hall(&["A01", "A02"]);
        let zone = zone_of(&hall, "A").unwrap();
        let record = TicketRecord {
            id: TicketId::parse("0123456789abcdef0123456789abcdef").unwrap(),
            hall: hall_code("qiaocheng"),
            zone: "A".into(),
            date: day("2026-11-23"),
            sequence: 12,
            taken_at: 0,
            called_to: None,
            line_called: 7,
        };
        let waiting = ticket(&hall, &zone, record.clone(), day("2026-11-23"));
        assert_eq!(waiting.number, "A012");
        assert_eq!(waiting.ahead, 4, "A008 to A011 are called first");
        assert_eq!(waiting.expected_wait_minutes, 16);
        assert_eq!(waiting.status, TicketStatus::Waiting);
        let expired = ticket(&hall, &zone, record.clone(), day("2026-11-24"));
        assert_eq!(expired.status, TicketStatus::Expired, "a past day's number");
        let called = TicketRecord {
            called_to: Some("A02".into()),
            line_called: 12,
            ..record
        };
        let called = ticket(&hall, &zone, called, day("2026-11-23"));
        assert_eq!(
            called.status,
            TicketStatus::Called {
                window: "A02".into()
            }
        );
        assert_eq!(called.ahead, 0);
    }
}

/// The hall's zone `code`, or a 404 naming it.
fn zone_in(hall: &Hall, code: &str) -> Result<HallZone, AppError> {
    zone_of(hall, code).ok_or_else(|| not_found(format!("{}没有 {code} 区", hall.name)))
}

/// A 409 when the hall is closed at Unix time `now`, saying why: the holiday or
/// weekend, or the day's hours. `doing` is what cannot be done: 取号, 叫号.
fn require_open(hall: &Hall, now: i64, doing: &str) -> Result<(), AppError> {
    if calendar::is_open_at(hall, now) {
        return Ok(());
    }
    let day = clock::china_day(now);
    let why = match calendar::closure(hall, day) {
        Some(closure) => calendar::closed_text(day, &closure),
        None => format!(
            "现在不在办公时间，大厅今天的办公时间为 {}",
            calendar::hours_text(hall, day)
        ),
    };
    Err(refused(
        ErrorCode::Conflict,
        format!("{why}，暂不能{doing}"),
    ))
}

/// What the queue's rules work with.
#[derive(Clone, Copy)]
pub struct Queues<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
    /// Told of every change, for the queue's streams.
    pub changes: &'a QueueChanges,
}

impl Queues<'_> {
    /// Takes a number for `user_id` in a zone's line while the hall is open.
    pub async fn take(&self, hall: &str, user_id: i64, group: &str) -> Result<Ticket, AppError> {
        let hall = halls::find(self.store, hall).await?;
        let zone = zone_in(&hall, group)?;
        let now = self.clock.now();
        require_open(&hall, now, "取号")?;
        let date = clock::china_date(now);
        let id: TicketId = credentials::new_id()?;
        let taken = self
            .store
            .take_ticket(zone.line(&hall.code, date), &id, user_id, now)
            .await?;
        let record = taken.map_err(|sequence| {
            refused(
                ErrorCode::Conflict,
                format!(
                    "您在{}已有号码 {}，请等候叫号",
                    zone.zone.name,
                    number(zone.zone.code, sequence)
                ),
            )
        })?;
        self.changes.changed(&hall.code);
        Ok(ticket(&hall, &zone, record, date))
    }

    /// The ticket as its holder sees it today.
    async fn ticket_of(&self, record: TicketRecord, today: Date) -> Result<Ticket, AppError> {
        let hall = halls::find(self.store, record.hall.as_str()).await?;
        let zone =
            zone_of(&hall, &record.zone).ok_or(AppError::Fault("find the zone of a ticket"))?;
        Ok(ticket(&hall, &zone, record, today))
    }

    /// A person's numbers of today, in the order taken.
    pub async fn tickets(&self, user_id: i64) -> Result<Vec<Ticket>, AppError> {
        let today = self.clock.today();
        let mut tickets = Vec::new();
        for record in self.store.tickets_of(user_id, today).await? {
            tickets.push(self.ticket_of(record, today).await?);
        }
        Ok(tickets)
    }

    /// One of the person's numbers: the people ahead, the expected wait, and the
    /// window once it is called.
    pub async fn ticket(&self, id: &TicketId, user_id: i64) -> Result<Ticket, AppError> {
        let record = self
            .store
            .ticket(id, user_id)
            .await?
            .ok_or_else(no_such_ticket)?;
        self.ticket_of(record, self.clock.today()).await
    }

    /// Calls the next number of a zone's line at `hall` to the next window of
    /// the zone (staff of the hall only: the caller checks); answers the queue.
    pub async fn call(&self, hall: &Hall, group: &str) -> Result<Queue, AppError> {
        let zone = zone_in(hall, group)?;
        let now = self.clock.now();
        require_open(hall, now, "叫号")?;
        let date = clock::china_date(now);
        let called = self
            .store
            .call_next(
                zone.line(&hall.code, date),
                &|sequence| zone.window_for(sequence),
                now,
            )
            .await?;
        if called.is_none() {
            return Err(refused(
                ErrorCode::Conflict,
                format!("{}没有等候的号码", zone.zone.name),
            ));
        }
        self.changes.changed(&hall.code);
        Ok(queue_now(self.store, self.clock, hall).await?)
    }
}
