//! Visiting the hall by appointment: bookings of a slot (预约), each with its
//! check-in QR code and an .ics file for the system calendar; reminders of a
//! visit arrive as OS notifications. (Taking a number on the day is
//! [`crate::queue`].)

mod calendar;
mod check_in;
mod reminders;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use banshi_api::bookings::{Booking, BookingRequest, RescheduleRequest, SlotDay, SlotsQuery};
use banshi_api::search::SavedDocument;

pub use calendar::ics;
pub use check_in::qr_svg;

use crate::ShellError;
use crate::clock::now;
use crate::context::Context;
use crate::retries::{new_id, retried};
use crate::viewer;

/// The app's bookings state.
pub struct Bookings {
    ctx: Context,
}

impl Bookings {
    pub fn new(ctx: Context) -> Self {
        Self { ctx }
    }

    /// A hall's calendar of slots for an item; needs no login.
    pub async fn slots(&self, hall: &str, query: &SlotsQuery) -> Result<Vec<SlotDay>, ShellError> {
        self.ctx.client().await?.slots(hall, query).await
    }

    /// Books a place. One key serves every retry after a lost network, so a
    /// retried booking never takes a second place.
    pub async fn book(&self, request: &BookingRequest) -> Result<Booking, ShellError> {
        let key = new_id();
        self.ctx
            .with_session(|client, token| {
                let (key, request) = (key.clone(), request.clone());
                async move { retried(|| client.book(&token, &key, &request)).await }
            })
            .await
    }

    /// The user's bookings, by date and time.
    pub async fn list(&self) -> Result<Vec<Booking>, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.bookings(&token).await })
            .await
    }

    pub async fn get(&self, id: &str) -> Result<Booking, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.booking(&token, id).await })
            .await
    }

    /// Moves a booking; the hall frees the old place only once the new one is held.
    pub async fn reschedule(
        &self,
        id: &str,
        request: &RescheduleRequest,
    ) -> Result<Booking, ShellError> {
        self.ctx
            .with_session(
                |client, token| async move { client.reschedule(&token, id, request).await },
            )
            .await
    }

    pub async fn cancel(&self, id: &str) -> Result<Booking, ShellError> {
        self.ctx
            .with_session(|client, token| async move {
                // Cancelling twice is harmless, so a lost answer is simply asked again.
                retried(|| client.cancel_booking(&token, id)).await
            })
            .await
    }

    /// Writes the booking's .ics file into the app's data folder and answers its path.
    pub async fn calendar_file(&self, id: &str, bring: &[String]) -> Result<PathBuf, ShellError> {
        let booking = self.get(id).await?;
        let halls = self.ctx.client().await?.halls().await?;
        let hall = halls
            .iter()
            .find(|hall| hall.code == booking.hall)
            .ok_or(ShellError::Protocol("find the hall of a booking"))?;
        let text =
            ics(&booking, hall, bring).ok_or(ShellError::Protocol("read a booking's time"))?;
        let folder = self.ctx.data_dir().join("calendar");
        let path = folder.join(format!("预约-{}.ics", booking.date));
        let written = async {
            tokio::fs::create_dir_all(&folder).await?;
            tokio::fs::write(&path, text).await
        };
        written.await.map_err(|source| ShellError::Saving {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }

    /// Saves the booking as an .ics file (`bring`: the originals to take) and
    /// opens it with the system calendar.
    pub async fn add_to_calendar(
        &self,
        app: &tauri::AppHandle,
        id: &str,
        bring: &[String],
    ) -> Result<SavedDocument, ShellError> {
        let path = self.calendar_file(id, bring).await?;
        Ok(viewer::show(app, &path, "the booking"))
    }
}

/// Shows the reminders of the user's bookings as they fall due, for as long
/// as the app runs; nothing happens while nobody is logged in.
pub fn remind_in_background(app: tauri::AppHandle) {
    use tauri::Manager;
    use tauri_plugin_notification::NotificationExt;
    tauri::async_runtime::spawn(async move {
        let mut shown = None;
        loop {
            tokio::time::sleep(reminders::REMINDER_INTERVAL).await;
            let Some(bookings) = app.try_state::<Bookings>() else {
                continue;
            };
            let Ok(list) = bookings.list().await else {
                continue;
            };
            let shown =
                shown.get_or_insert_with(|| reminders::Shown::load(bookings.ctx.data_dir()));
            for reminder in reminders::due(&list, now(), shown.keys()) {
                let result = app
                    .notification()
                    .builder()
                    .title(&reminder.title)
                    .body(&reminder.body)
                    .show();
                match result {
                    Ok(()) => shown.remember(reminder.key),
                    Err(error) => tracing::warn!(%error, "a booking reminder could not be shown"),
                }
            }
        }
    });
}
