//! The rules of bookings: a hall's calendar of bookable half hours for an
//! item with the places left, and the slot-taking rule — not past, not beyond
//! the horizon, not on a closed day (weekend, holiday), only at a slot of the
//! hall's hours; the per-person rules (no two bookings at one time, at most
//! [`MAX_OPEN_BOOKINGS`] open) and the places themselves are taken atomically
//! by the store. On the day, the hall's kiosk checks a booking in by its
//! code (签到), after which the visit may be rated and no longer moved or
//! cancelled. Every refusal says what is wrong.

use banshi_api::bookings::{
    BOOKING_HORIZON_DAYS, Booking, BookingRequest, CheckInRequest, MAX_OPEN_BOOKINGS,
    RescheduleRequest, Slot, SlotDay, SlotsQuery,
};
use banshi_api::catalog::Item;
use banshi_api::dates::Date;
use banshi_api::halls::Hall;
use banshi_api::ids::{BookingId, HallCode, ItemCode};
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::{self, Clock};
use crate::domain::calendar::{self, SLOT_MINUTES};
use crate::domain::{credentials, halls};
use crate::error::{AppError, not_found, refused};
use crate::store::{HeldKey, NewBooking, NotCheckedIn, Place, Refusal, SlotKey, SlotPlaces, Store};

/// Days of the calendar answered unless asked otherwise.
const DEFAULT_DAYS: u16 = 7;

/// A 400 about one input field.
fn invalid(field: &str, message: impl Into<String>) -> AppError {
    let message = message.into();
    ApiError::bad_request(
        message.clone(),
        vec![FieldError {
            field: field.to_owned(),
            message,
        }],
    )
    .into()
}

fn no_such_booking() -> AppError {
    not_found("没有这个预约")
}

/// The booking id in a request's path; one that is not an id names no booking.
pub fn booking_id(text: &str) -> Result<BookingId, AppError> {
    BookingId::parse(text).map_err(|_| no_such_booking())
}

/// The last day that can be booked on `today`.
fn last_bookable_day(today: i64) -> i64 {
    today + i64::from(BOOKING_HORIZON_DAYS) - 1
}

fn beyond_horizon(last_bookable: i64) -> AppError {
    invalid(
        "date",
        format!(
            "只能预约 {BOOKING_HORIZON_DAYS} 天内的时段，最晚到 {}",
            Date::from_days_clamped(last_bookable).month_day_text()
        ),
    )
}

/// Now in China as `YYYY-MM-DDTHH:MM`, the form bookings compare with.
fn now_text(now: i64) -> String {
    format!("{}T{}", clock::china_date(now), clock::china_time_text(now))
}

/// What the bookings' rules work with.
#[derive(Clone, Copy)]
pub struct Bookings<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
}

impl Bookings<'_> {
    /// The item with code `code` if it can be booked; `field` names where the
    /// request gave the code.
    async fn bookable_item(&self, code: &ItemCode, field: &str) -> Result<Item, AppError> {
        let item = self
            .store
            .item(code.as_str())
            .await?
            .ok_or_else(|| not_found(format!("没有编码为 {code} 的事项")))?;
        if !item.summary.booking {
            return Err(invalid(
                field,
                format!("“{}”不支持预约，请直接到大厅办理", item.summary.name),
            ));
        }
        Ok(item)
    }

    /// The slots of an item at a hall, day by day, with the places left. Days past
    /// the booking horizon are left out.
    pub async fn slots(&self, hall: &str, query: &SlotsQuery) -> Result<Vec<SlotDay>, AppError> {
        let hall = halls::find(self.store, hall).await?;
        let item = self.bookable_item(&query.item, "item").await?;
        if item.summary.hall != hall.code {
            return Err(invalid(
                "item",
                format!("“{}”不在{}办理", item.summary.name, hall.name),
            ));
        }
        let days = query.days.unwrap_or(DEFAULT_DAYS);
        if !(1..=BOOKING_HORIZON_DAYS).contains(&days) {
            return Err(invalid(
                "days",
                format!("天数应在 1 至 {BOOKING_HORIZON_DAYS} 之间"),
            ));
        }
        let now = self.clock.now();
        let today = clock::china_day(now);
        let first = match &query.date {
            None => today,
            Some(date) => date.days(),
        };
        let last_bookable = last_bookable_day(today);
        if first > last_bookable {
            return Err(beyond_horizon(last_bookable));
        }
        let last = (first + i64::from(days) - 1).min(last_bookable);
        let places = self
            .store
            .slot_places(
                &hall.code,
                &item.summary.code,
                Date::from_days_clamped(first),
                Date::from_days_clamped(last),
            )
            .await?;
        Ok((first..=last)
            .map(|day| slot_day(&hall, day, &places, now))
            .collect())
    }

    /// Checks and stores one booking for `user_id`, completing `key` with it.
    pub async fn book(
        &self,
        user_id: i64,
        request: BookingRequest,
        key: HeldKey,
    ) -> Result<Booking, AppError> {
        let item = self.bookable_item(&request.item_code, "item_code").await?;
        let hall = halls::find(self.store, item.summary.hall.as_str()).await?;
        let now = self.clock.now();
        let target = Target::check(&hall, request.date, &request.starts, now)?;
        let id: BookingId = credentials::new_id()?;
        let check_in_code = credentials::new_check_in_code()?;
        self.store
            .book(&NewBooking {
                id: &id,
                user_id,
                hall_name: &hall.name,
                item_name: &item.summary.name,
                place: target.place(&hall.code, &item.summary.code),
                check_in_code: &check_in_code,
                now,
                now_text: &now_text(now),
                key: &key,
            })
            .await?
            .map_err(refusal)
    }

    /// One of the person's bookings.
    pub async fn one(&self, id: &BookingId, user_id: i64) -> Result<Booking, AppError> {
        self.store
            .booking(id, user_id)
            .await?
            .ok_or_else(no_such_booking)
    }

    /// Moves a booking to another slot of the same item. The new place is taken
    /// before the old one is given back: when the new slot is full the booking
    /// stays as it was.
    pub async fn reschedule(
        &self,
        id: &BookingId,
        user_id: i64,
        request: &RescheduleRequest,
    ) -> Result<Booking, AppError> {
        let booking = self
            .store
            .booking(id, user_id)
            .await?
            .ok_or_else(no_such_booking)?;
        let hall = halls::find(self.store, booking.hall.as_str()).await?;
        let now = self.clock.now();
        let target = Target::check(&hall, request.date, &request.starts, now)?;
        self.store
            .reschedule(
                id,
                user_id,
                target.place(&booking.hall, &booking.item_code),
                &now_text(now),
            )
            .await?
            .ok_or_else(no_such_booking)?
            .map_err(refusal)
    }

    /// Checks in, at `hall`'s kiosk, the booking of today that holds the
    /// code the applicant shows.
    pub async fn check_in(
        &self,
        hall: &Hall,
        request: &CheckInRequest,
    ) -> Result<Booking, AppError> {
        let code = request.check_in_code.trim();
        if code.len() != 8 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("check_in_code", "签到码应为 8 位数字"));
        }
        let now = self.clock.now();
        let today = Date::from_days_clamped(clock::china_day(now));
        let refusal = match self.store.check_in(&hall.code, code, today, now).await? {
            Ok(booking) => return Ok(booking),
            Err(refusal) => refusal,
        };
        Err(match refusal {
            NotCheckedIn::NoSuchCode => {
                not_found(format!("{}没有签到码为 {code} 的预约", hall.name))
            }
            NotCheckedIn::Cancelled => refused(
                ErrorCode::Conflict,
                "这个预约已经取消，不能签到，请重新预约或取号办理",
            ),
            NotCheckedIn::AlreadyIn => refused(ErrorCode::Conflict, "这个预约已经签到过了"),
            NotCheckedIn::OtherDay(date) => refused(
                ErrorCode::Conflict,
                format!("这个预约在 {}，只能在预约当天签到", date.month_day_text()),
            ),
        })
    }

    /// Cancels a booking, giving its place back. Cancelling a cancelled booking
    /// changes nothing and answers it again.
    pub async fn cancel(&self, id: &BookingId, user_id: i64) -> Result<Booking, AppError> {
        self.store
            .cancel_booking(id, user_id, &now_text(self.clock.now()))
            .await?
            .ok_or_else(no_such_booking)?
            .map_err(refusal)
    }
}

/// One day of the calendar: the stored places where a slot has been booked,
/// the calendar's capacity where not.
fn slot_day(hall: &Hall, day: i64, places: &[SlotPlaces], now: i64) -> SlotDay {
    let date = Date::from_days_clamped(day);
    let capacity = calendar::capacity(hall, day);
    let slots = calendar::slot_starts(hall, day)
        .into_iter()
        .map(|starts| {
            let starts_text = clock::time_text(starts);
            let (capacity, booked) = places
                .iter()
                .find(|place| place.date == date && place.starts == starts_text)
                .map_or((capacity, 0), |place| (place.capacity, place.booked));
            Slot {
                starts: starts_text,
                ends: clock::time_text(starts + SLOT_MINUTES),
                capacity,
                remaining: capacity.saturating_sub(booked),
                past: clock::china_instant(day, starts) <= now,
            }
        })
        .collect();
    SlotDay {
        weekday: clock::weekday(day),
        closed: calendar::closure(hall, day),
        date,
        slots,
    }
}

/// A slot a booking may take now: checked against the hall's calendar, the
/// clock and the horizon.
struct Target {
    date: Date,
    starts: String,
    ends: String,
    capacity: u32,
}

impl Target {
    /// Checks the `date` and `starts` a request asks for at `hall` at Unix time `now`.
    fn check(hall: &Hall, date: Date, starts: &str, now: i64) -> Result<Self, AppError> {
        let day = date.days();
        let minute = clock::parse_time(starts)
            .ok_or_else(|| invalid("starts", "时间应为 HH:MM 格式，例如 09:30"))?;
        let today = clock::china_day(now);
        if clock::china_instant(day, minute) <= now {
            let field = if day < today { "date" } else { "starts" };
            return Err(invalid(field, "这个时段已经过去，请选择之后的时段"));
        }
        let last_bookable = last_bookable_day(today);
        if day > last_bookable {
            return Err(beyond_horizon(last_bookable));
        }
        if let Some(closure) = calendar::closure(hall, day) {
            return Err(invalid("date", calendar::closed_text(day, &closure)));
        }
        if !calendar::slot_starts(hall, day).contains(&minute) {
            return Err(invalid(
                "starts",
                format!(
                    "{starts} 不是可预约的时段：{}的办公时间为 {}，每半小时一个时段",
                    date.month_day_text(),
                    calendar::hours_text(hall, day)
                ),
            ));
        }
        Ok(Self {
            date,
            starts: clock::time_text(minute),
            ends: clock::time_text(minute + SLOT_MINUTES),
            capacity: calendar::capacity(hall, day),
        })
    }

    fn place<'a>(&'a self, hall: &'a HallCode, item_code: &'a ItemCode) -> Place<'a> {
        Place {
            slot: SlotKey {
                hall,
                item_code,
                date: self.date,
                starts: &self.starts,
            },
            ends: &self.ends,
            capacity: self.capacity,
        }
    }
}

/// What a refused change of bookings tells the caller.
fn refusal(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::AlreadyBooked => refused(ErrorCode::Conflict, "您已预约了这个时段"),
        Refusal::SameTime { item_name } => refused(
            ErrorCode::Conflict,
            format!("您在同一时间已预约了“{item_name}”，请选择其他时段"),
        ),
        Refusal::TooMany => refused(
            ErrorCode::Conflict,
            format!("您已有 {MAX_OPEN_BOOKINGS} 个未到期的预约，请先取消不需要的预约"),
        ),
        Refusal::Full => refused(ErrorCode::Conflict, "名额已满，请选择其他时段"),
        Refusal::Started => refused(
            ErrorCode::Conflict,
            "这个预约的时段已经开始，不能再取消或改期",
        ),
        Refusal::Cancelled => refused(
            ErrorCode::Conflict,
            "这个预约已经取消，不能改期，请重新预约",
        ),
        Refusal::CheckedIn => refused(ErrorCode::Conflict, "这个预约已经签到，不能再取消或改期"),
        Refusal::SameSlot => {
            let message = "新时段与原预约相同，请选择其他时段";
            let field = |name: &str| FieldError {
                field: name.to_owned(),
                message: message.to_owned(),
            };
            ApiError::bad_request(message, vec![field("date"), field("starts")]).into()
        }
    }
}
