//! Bookings (预约): the calendar of a hall's bookable slots for an item, and the
//! bookings that take a place in one, each with a check-in code for the kiosk.

use serde::{Deserialize, Serialize};

use crate::dates::Date;
use crate::halls::HallCode;
use crate::ids::{BookingId, ItemCode};

/// How many open bookings one person may hold at once.
pub const MAX_OPEN_BOOKINGS: usize = 3;

/// How many days ahead, today included, a slot can be booked.
pub const BOOKING_HORIZON_DAYS: u16 = 14;

/// `GET /halls/{hall}/slots?item=&date=&days=`: the slots of `days` days from
/// `date` (today in the hall when absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct SlotsQuery {
    /// The item to be handled, by its implementation code.
    pub item: ItemCode,
    /// The first day, `YYYY-MM-DD`, not after the last bookable day; today in
    /// the hall when absent.
    #[serde(default)]
    pub date: Option<Date>,
    /// How many days, 1–14; 7 when absent.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 14))]
    pub days: Option<u16>,
}

/// One day of a hall's calendar for an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotDay {
    /// `YYYY-MM-DD`.
    pub date: Date,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// Why the hall does not open that day; `None` when it opens.
    pub closed: Option<Closure>,
    /// The day's slots in time order; empty on a closed day.
    pub slots: Vec<Slot>,
}

/// Why a hall is closed on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Closure {
    /// 周末休息
    Weekend,
    /// 法定节假日, with its name (国庆节 …).
    Holiday { name: String },
}

/// A bookable half hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Slot {
    /// `HH:MM`, local time.
    pub starts: String,
    /// `HH:MM`, local time.
    pub ends: String,
    pub capacity: u32,
    /// Places left; 0 is 已满.
    pub remaining: u32,
    /// It has begun already and can no longer be booked.
    pub past: bool,
}

impl Slot {
    /// Whether a booking of this slot can succeed now.
    pub fn bookable(&self) -> bool {
        !self.past && self.remaining > 0
    }
}

/// `POST /bookings`: take a place in a slot. The hall is the item's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingRequest {
    pub item_code: ItemCode,
    /// `YYYY-MM-DD`.
    pub date: Date,
    /// The slot's start, `HH:MM`.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")
    )]
    pub starts: String,
}

/// `PATCH /bookings/{id}`: move a booking to another slot of the same item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RescheduleRequest {
    /// `YYYY-MM-DD`.
    pub date: Date,
    /// `HH:MM`.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")
    )]
    pub starts: String,
}

/// Where a booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    /// 已预约: the place is held.
    Booked,
    /// 已取消
    Cancelled,
    /// 已签到: checked in at the hall's kiosk; the visit may be rated.
    CheckedIn,
}

/// A place held in a slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Booking {
    pub id: BookingId,
    pub hall: HallCode,
    pub hall_name: String,
    pub item_code: ItemCode,
    pub item_name: String,
    /// `YYYY-MM-DD`.
    pub date: Date,
    /// `HH:MM`.
    pub starts: String,
    /// `HH:MM`.
    pub ends: String,
    /// 签到码: eight digits, shown as a QR code at the hall's kiosk.
    pub check_in_code: String,
    pub status: BookingStatus,
    /// Unix seconds.
    pub booked_at: i64,
    /// Whether the visit has been rated (好差评).
    #[serde(default)]
    pub rated: bool,
}

/// `POST /halls/{hall}/check-ins`: the hall's kiosk (its staff) checks a
/// booking in by the code the applicant shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckInRequest {
    /// 签到码: eight digits.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{8}$"))]
    pub check_in_code: String,
}
