//! The commands of the bookings noun: a hall's slots, and the user's bookings
//! with their QR code and calendar file.

use super::command;
use crate::bookings::{Booking, BookingRequest, RescheduleRequest, SlotDay, SlotsQuery};
use crate::ids::{BookingId, HallCode};
use crate::search::SavedDocument;

command! {
    /// A hall's calendar of slots for an item.
    BookingSlots = "booking_slots" { hall: HallCode, query: SlotsQuery } => Vec<SlotDay>
}

command! {
    BookingCreate = "booking_create": BookingRequest => Booking
}

command! {
    /// The user's bookings, by date and time.
    BookingsList = "bookings_list": () => Vec<Booking>
}

command! {
    BookingGet = "booking_get" { id: BookingId } => Booking
}

command! {
    BookingReschedule = "booking_reschedule" { id: BookingId, request: RescheduleRequest } => Booking
}

command! {
    BookingCancel = "booking_cancel" { id: BookingId } => Booking
}

command! {
    /// The booking's check-in QR code as an SVG document.
    BookingQr = "booking_qr": Booking => String
}

command! {
    /// Saves the booking as an .ics file (`bring`: the originals to take) and
    /// opens it with the system calendar.
    BookingAddToCalendar = "booking_add_to_calendar" { id: BookingId, bring: Vec<String> } => SavedDocument
}
