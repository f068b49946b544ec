//! The live queue (排队叫号) of a hall: per window group, how many wait and which
//! number is being served; and the tickets (网上取号) taken from home.

use serde::{Deserialize, Serialize};

use crate::dates::Date;
use crate::halls::HallCode;
use crate::ids::TicketId;

/// A hall's queue now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Queue {
    pub hall: HallCode,
    /// Whether the hall is open now, so that numbers can be taken.
    pub open: bool,
    pub groups: Vec<QueueGroup>,
    /// Unix seconds of the last change.
    pub updated_at: i64,
}

/// The windows of one zone of the hall, which call numbers from one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueueGroup {
    /// The zone letter its numbers begin with, e.g. `A`.
    pub code: String,
    /// e.g. 综合受理区
    pub name: String,
    /// The same in English.
    pub name_en: String,
    /// The windows that call from this line, e.g. `A01`.
    pub windows: Vec<String>,
    /// Numbers taken and not yet called.
    pub waiting: u32,
    /// The number called last, e.g. `A012`; `None` before the first call of the day.
    pub now_serving: Option<String>,
    /// Average minutes a window spends on one person.
    pub minutes_per_person: u32,
}

/// `POST /halls/{hall}/tickets`: take a number in a group's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketRequest {
    /// The group's code, e.g. `A`.
    pub group: String,
}

/// Where a ticket stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum TicketStatus {
    /// 等候中
    Waiting,
    /// 请到窗口: the number was called to this window.
    Called { window: String },
    /// 已过号: the day ended before the number was served, or it was passed.
    Expired,
}

/// A number taken in a hall's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ticket {
    pub id: TicketId,
    pub hall: HallCode,
    pub hall_name: String,
    pub group: String,
    pub group_name: String,
    pub group_name_en: String,
    /// The number as the hall's screens call it, e.g. `A023`.
    pub number: String,
    /// People called before this number; 0 once it is next or called.
    pub ahead: u32,
    /// Expected minutes until it is called.
    pub expected_wait_minutes: u32,
    pub status: TicketStatus,
    /// `YYYY-MM-DD`, the day the number is valid.
    pub date: Date,
    /// Unix seconds.
    pub taken_at: i64,
}
