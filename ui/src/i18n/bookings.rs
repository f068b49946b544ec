//! The words of bookings: choosing a slot at a hall, what to bring, the check-in
//! code, rescheduling and cancelling.

/// A message about booking a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingsMsg {
    BookVisit,
    BookingsTab,
    MyBookings,
    NoBookings,
    BookHint,
    BookableItems,
    ChooseSlot,
    SlotsLeft(u32),
    SlotFull,
    SlotPast,
    ClosedWeekend,
    ClosedHoliday,
    DayClosed,
    NoSlotsLeft,
    ConfirmBooking,
    ConfirmReschedule,
    BringOriginals,
    NothingToBring,
    CheckInCode,
    CheckInHint,
    AddToCalendar,
    Reschedule,
    RescheduleTitle,
    RescheduleHint,
    CancelBooking,
    ConfirmCancel,
    KeepBooking,
    StatusBooked,
    StatusCancelled,
    StatusCheckedIn,
    LoginToBook,
    VisitTime,
}

impl BookingsMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::BookVisit => "预约办理",
            Self::BookingsTab => "预约办理",
            Self::MyBookings => "我的预约",
            Self::NoBookings => "还没有预约",
            Self::BookHint => "在事项指南里点“预约办理”，或从下面选一个需要到大厅办理的事项。",
            Self::BookableItems => "可预约的热门事项",
            Self::ChooseSlot => "选择时间",
            Self::SlotsLeft(n) => return format!("余 {n}"),
            Self::SlotFull => "已满",
            Self::SlotPast => "已过",
            Self::ClosedWeekend => "休息",
            Self::ClosedHoliday => "节假日",
            Self::DayClosed => "这一天大厅不办公，请选择其他日期。",
            Self::NoSlotsLeft => "这一天的名额已约满或已过，请选择其他日期。",
            Self::ConfirmBooking => "确认预约",
            Self::ConfirmReschedule => "确认改约",
            Self::BringOriginals => "请携带以下材料原件",
            Self::NothingToBring => "无需携带纸质材料",
            Self::CheckInCode => "签到码",
            Self::CheckInHint => "到大厅后，在自助机上扫描二维码或输入签到码签到。",
            Self::AddToCalendar => "添加到日历",
            Self::Reschedule => "改约",
            Self::RescheduleTitle => "改约：选择新的时间",
            Self::RescheduleHint => "新时间约上之前，原来的预约保持不变。",
            Self::CancelBooking => "取消预约",
            Self::ConfirmCancel => "确定取消这个预约吗？名额会让给其他人。",
            Self::KeepBooking => "不取消",
            Self::StatusBooked => "已预约",
            Self::StatusCancelled => "已取消",
            Self::StatusCheckedIn => "已签到",
            Self::LoginToBook => "预约需要实名登录，登录后回到这里继续。",
            Self::VisitTime => "时间",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::BookVisit => "Book a visit",
            Self::BookingsTab => "Bookings",
            Self::MyBookings => "My bookings",
            Self::NoBookings => "No bookings yet",
            Self::BookHint => {
                "Choose “Book a visit” on a guide, or pick an item below that needs a visit."
            }
            Self::BookableItems => "Popular items you can book",
            Self::ChooseSlot => "Choose a time",
            Self::SlotsLeft(n) => return format!("{n} left"),
            Self::SlotFull => "Full",
            Self::SlotPast => "Past",
            Self::ClosedWeekend => "Closed",
            Self::ClosedHoliday => "Holiday",
            Self::DayClosed => "The hall is closed that day; choose another day.",
            Self::NoSlotsLeft => "No places left that day; choose another day.",
            Self::ConfirmBooking => "Confirm booking",
            Self::ConfirmReschedule => "Confirm new time",
            Self::BringOriginals => "Bring these originals",
            Self::NothingToBring => "No paper materials needed",
            Self::CheckInCode => "Check-in code",
            Self::CheckInHint => {
                "At the hall, scan the QR code at a kiosk or enter the check-in code."
            }
            Self::AddToCalendar => "Add to calendar",
            Self::Reschedule => "Change time",
            Self::RescheduleTitle => "Choose a new time",
            Self::RescheduleHint => "Your booking stays as it is until the new time is confirmed.",
            Self::CancelBooking => "Cancel booking",
            Self::ConfirmCancel => "Cancel this booking? The place goes to someone else.",
            Self::KeepBooking => "Keep it",
            Self::StatusBooked => "Booked",
            Self::StatusCancelled => "Cancelled",
            Self::StatusCheckedIn => "Checked in",
            Self::LoginToBook => {
                "Bookings are made under your real name: log in and come back here."
            }
            Self::VisitTime => "Time",
        };
        text.to_owned()
    }
}
