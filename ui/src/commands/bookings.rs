//! The wrappers of the bookings noun's commands: a hall's slots, and the
//! user's bookings with their QR code and calendar file.

use banshi_api::ApiError;
use banshi_api::bookings::{Booking, BookingRequest, RescheduleRequest, SlotDay, SlotsQuery};
use banshi_api::dates::Date;
use banshi_api::ids::{BookingId, HallCode, ItemCode};
use banshi_api::ipc::bookings::{
    BookingAddToCalendar, BookingCancel, BookingCreate, BookingGet, BookingQr, BookingReschedule,
    BookingSlots, BookingsList,
};
use banshi_api::search::SavedDocument;

use super::invoke;

/// A hall's calendar of slots for an item, `days` days from `date` (today when `None`).
pub async fn booking_slots(
    hall: HallCode,
    item: ItemCode,
    date: Option<Date>,
    days: u16,
) -> Result<Vec<SlotDay>, ApiError> {
    let query = SlotsQuery {
        item,
        date,
        days: Some(days),
    };
    invoke::<BookingSlots>(&BookingSlots { hall, query }).await
}

pub async fn booking_create(request: BookingRequest) -> Result<Booking, ApiError> {
    invoke::<BookingCreate>(&request).await
}

/// The user's bookings, by date and time.
pub async fn bookings_list() -> Result<Vec<Booking>, ApiError> {
    invoke::<BookingsList>(&()).await
}

pub async fn booking_get(id: BookingId) -> Result<Booking, ApiError> {
    invoke::<BookingGet>(&BookingGet { id }).await
}

pub async fn booking_reschedule(
    id: BookingId,
    request: RescheduleRequest,
) -> Result<Booking, ApiError> {
    invoke::<BookingReschedule>(&BookingReschedule { id, request }).await
}

pub async fn booking_cancel(id: BookingId) -> Result<Booking, ApiError> {
    invoke::<BookingCancel>(&BookingCancel { id }).await
}

/// The booking's check-in QR code, as an SVG document drawn by the shell.
pub async fn booking_qr(booking: Booking) -> Result<String, ApiError> {
    invoke::<BookingQr>(&booking).await
}

/// Saves the booking as an .ics file, with `bring` in it, and opens it.
pub async fn booking_add_to_calendar(
    id: BookingId,
    bring: Vec<String>,
) -> Result<SavedDocument, ApiError> {
    invoke::<BookingAddToCalendar>(&BookingAddToCalendar { id, bring }).await
}
