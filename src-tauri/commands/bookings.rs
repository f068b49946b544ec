//! The commands of the bookings noun: a hall's slots, and the user's bookings
//! with their QR code and calendar file.

use banshi_api::ipc::bookings::{
    BookingAddToCalendar, BookingCancel, BookingCreate, BookingGet, BookingQr, BookingReschedule,
    BookingSlots, BookingsList,
};
use tauri::{AppHandle, State};

use super::{Answer, Args};
use crate::bookings::{Bookings, qr_svg};

#[tauri::command]
pub async fn booking_slots(
    bookings: State<'_, Bookings>,
    args: Args<BookingSlots>,
) -> Answer<BookingSlots> {
    Ok(bookings.slots(args.hall.as_str(), &args.query).await?)
}

#[tauri::command]
pub async fn booking_create(
    bookings: State<'_, Bookings>,
    args: Args<BookingCreate>,
) -> Answer<BookingCreate> {
    Ok(bookings.book(&args).await?)
}

#[tauri::command]
pub async fn bookings_list(bookings: State<'_, Bookings>) -> Answer<BookingsList> {
    Ok(bookings.list().await?)
}

#[tauri::command]
pub async fn booking_get(
    bookings: State<'_, Bookings>,
    args: Args<BookingGet>,
) -> Answer<BookingGet> {
    Ok(bookings.get(args.id.as_str()).await?)
}

#[tauri::command]
pub async fn booking_reschedule(
    bookings: State<'_, Bookings>,
    args: Args<BookingReschedule>,
) -> Answer<BookingReschedule> {
    Ok(bookings.reschedule(args.id.as_str(), &args.request).await?)
}

#[tauri::command]
pub async fn booking_cancel(
    bookings: State<'_, Bookings>,
    args: Args<BookingCancel>,
) -> Answer<BookingCancel> {
    Ok(bookings.cancel(args.id.as_str()).await?)
}

#[tauri::command]
pub fn booking_qr(args: Args<BookingQr>) -> Answer<BookingQr> {
    Ok(qr_svg(&args))
}

#[tauri::command]
pub async fn booking_add_to_calendar(
    app: AppHandle,
    bookings: State<'_, Bookings>,
    args: Args<BookingAddToCalendar>,
) -> Answer<BookingAddToCalendar> {
    Ok(bookings
        .add_to_calendar(&app, args.id.as_str(), &args.bring)
        .await?)
}
