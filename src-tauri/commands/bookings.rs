//! Commands of the bookings domain: a hall's slots, the user's bookings with
//! their QR code and calendar file, and the live queue with the user's tickets.

use banshi_api::ApiError;
use banshi_api::bookings::{Booking, BookingRequest, RescheduleRequest, SlotDay, SlotsQuery};
use banshi_api::queue::{Queue, Ticket, TicketRequest};
use banshi_api::search::SavedDocument;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::accounts::Accounts;
use crate::bookings::{Bookings, qr_svg};
use crate::hall_api::HallApi;

#[tauri::command]
pub async fn booking_slots(
    api: State<'_, HallApi>,
    bookings: State<'_, Bookings>,
    hall: String,
    query: SlotsQuery,
) -> Result<Vec<SlotDay>, ApiError> {
    Ok(bookings.slots(&api, &hall, &query).await?)
}

#[tauri::command]
pub async fn booking_create(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
    request: BookingRequest,
) -> Result<Booking, ApiError> {
    Ok(bookings.book(&api, &accounts, &request).await?)
}

#[tauri::command]
pub async fn bookings_list(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
) -> Result<Vec<Booking>, ApiError> {
    Ok(bookings.list(&api, &accounts).await?)
}

#[tauri::command]
pub async fn booking_get(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
    id: String,
) -> Result<Booking, ApiError> {
    Ok(bookings.get(&api, &accounts, &id).await?)
}

#[tauri::command]
pub async fn booking_reschedule(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
    id: String,
    request: RescheduleRequest,
) -> Result<Booking, ApiError> {
    Ok(bookings.reschedule(&api, &accounts, &id, &request).await?)
}

#[tauri::command]
pub async fn booking_cancel(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
    id: String,
) -> Result<Booking, ApiError> {
    Ok(bookings.cancel(&api, &accounts, &id).await?)
}

/// The booking's check-in QR code as an SVG document.
#[tauri::command]
pub fn booking_qr(booking: Booking) -> String {
    qr_svg(&booking)
}

/// Saves the booking as an .ics file (`bring`: the originals to take) and
/// opens it with the system calendar.
#[tauri::command]
pub async fn booking_add_to_calendar(
    app: AppHandle,
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
    id: String,
    bring: Vec<String>,
) -> Result<SavedDocument, ApiError> {
    let path = bookings
        .calendar_file(&api, &accounts, &id, &bring)
        .await?
        .display()
        .to_string();
    let opened = match app.opener().open_path(&path, None::<&str>) {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(%error, "no calendar app opened the booking");
            false
        }
    };
    Ok(SavedDocument { path, opened })
}

#[tauri::command]
pub async fn queue_get(
    api: State<'_, HallApi>,
    bookings: State<'_, Bookings>,
    hall: String,
) -> Result<Queue, ApiError> {
    Ok(bookings.queue(&api, &hall).await?)
}

/// Streams `hall`'s queue to `on_change` until `queue_unwatch` or another watch.
#[tauri::command]
pub fn queue_watch(
    api: State<'_, HallApi>,
    bookings: State<'_, Bookings>,
    hall: String,
    on_change: Channel<Queue>,
) {
    bookings.watch_queue(api.inner().clone(), hall, move |queue| {
        on_change.send(queue).is_ok()
    });
}

#[tauri::command]
pub fn queue_unwatch(bookings: State<'_, Bookings>) {
    bookings.unwatch_queue();
}

#[tauri::command]
pub async fn ticket_take(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
    hall: String,
    request: TicketRequest,
) -> Result<Ticket, ApiError> {
    Ok(bookings
        .take_ticket(&api, &accounts, &hall, &request)
        .await?)
}

#[tauri::command]
pub async fn tickets_list(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    bookings: State<'_, Bookings>,
) -> Result<Vec<Ticket>, ApiError> {
    Ok(bookings.tickets(&api, &accounts).await?)
}
