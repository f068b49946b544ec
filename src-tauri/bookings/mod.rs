//! Visiting the hall: bookings of a slot (预约), each with its check-in QR code
//! and an .ics file for the system calendar; and the live queue (取号), followed
//! over the hall's stream of changes while a screen shows it; reminders of a
//! visit arrive as OS notifications.

mod calendar;
mod check_in;
mod reminders;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::time::Duration;

use banshi_api::bookings::{Booking, BookingRequest, RescheduleRequest, SlotDay, SlotsQuery};
use banshi_api::queue::{Queue, Ticket, TicketRequest};
use eventsource_stream::Eventsource;
use futures_util::StreamExt;

pub use calendar::ics;
pub use check_in::qr_svg;

use crate::ShellError;
use crate::accounts::Accounts;
use crate::clock::now;
use crate::hall_api::HallApi;
use crate::retries::{new_id, retried};

/// The longest wait before following a lost queue stream again.
const MAX_RECONNECT_DELAY: Duration = Duration::from_secs(30);

/// The app's bookings state: the one queue being followed, if any.
#[derive(Default)]
pub struct Bookings {
    watch: std::sync::Mutex<Option<tauri::async_runtime::JoinHandle<()>>>,
}

impl Bookings {
    /// A hall's calendar of slots for an item; needs no login.
    pub async fn slots(
        &self,
        api: &HallApi,
        hall: &str,
        query: &SlotsQuery,
    ) -> Result<Vec<SlotDay>, ShellError> {
        api.client().await?.slots(hall, query).await
    }

    /// Books a place. One key serves every retry after a lost network, so a
    /// retried booking never takes a second place.
    pub async fn book(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        request: &BookingRequest,
    ) -> Result<Booking, ShellError> {
        let key = new_id();
        accounts
            .with_session(api, |client, token| {
                let (key, request) = (key.clone(), request.clone());
                async move { retried(|| client.book(&token, &key, &request)).await }
            })
            .await
    }

    /// The user's bookings, by date and time.
    pub async fn list(
        &self,
        api: &HallApi,
        accounts: &Accounts,
    ) -> Result<Vec<Booking>, ShellError> {
        accounts
            .with_session(
                api,
                |client, token| async move { client.bookings(&token).await },
            )
            .await
    }

    pub async fn get(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
    ) -> Result<Booking, ShellError> {
        accounts
            .with_session(api, |client, token| async move {
                client.booking(&token, id).await
            })
            .await
    }

    /// Moves a booking; the hall frees the old place only once the new one is held.
    pub async fn reschedule(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
        request: &RescheduleRequest,
    ) -> Result<Booking, ShellError> {
        accounts
            .with_session(api, |client, token| async move {
                client.reschedule(&token, id, request).await
            })
            .await
    }

    pub async fn cancel(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
    ) -> Result<Booking, ShellError> {
        accounts
            .with_session(api, |client, token| async move {
                // Cancelling twice is harmless, so a lost answer is simply asked again.
                retried(|| client.cancel_booking(&token, id)).await
            })
            .await
    }

    /// Writes the booking's .ics file into the app's data folder and answers its path.
    pub async fn calendar_file(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
        bring: &[String],
    ) -> Result<PathBuf, ShellError> {
        let booking = self.get(api, accounts, id).await?;
        let halls = api.client().await?.halls().await?;
        let hall = halls
            .iter()
            .find(|hall| hall.code == booking.hall)
            .ok_or(ShellError::Protocol("find the hall of a booking"))?;
        let text =
            ics(&booking, hall, bring).ok_or(ShellError::Protocol("read a booking's time"))?;
        let folder = api.data_dir().join("calendar");
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

    pub async fn queue(&self, api: &HallApi, hall: &str) -> Result<Queue, ShellError> {
        api.client().await?.queue(hall).await
    }

    pub async fn take_ticket(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        hall: &str,
        request: &TicketRequest,
    ) -> Result<Ticket, ShellError> {
        accounts
            .with_session(api, |client, token| async move {
                client.take_ticket(&token, hall, request).await
            })
            .await
    }

    /// The user's tickets of today.
    pub async fn tickets(
        &self,
        api: &HallApi,
        accounts: &Accounts,
    ) -> Result<Vec<Ticket>, ShellError> {
        accounts
            .with_session(
                api,
                |client, token| async move { client.tickets(&token).await },
            )
            .await
    }

    /// Follows `hall`'s queue: every change goes to `on_change` until it answers
    /// false or another queue is followed. A lost stream is followed again with
    /// growing pauses, so a weak network costs little.
    pub fn watch_queue(
        &self,
        api: HallApi,
        hall: String,
        on_change: impl Fn(Queue) -> bool + Send + Sync + 'static,
    ) {
        let task = tauri::async_runtime::spawn(async move {
            let mut delay = Duration::from_secs(1);
            loop {
                match follow(&api, &hall, &on_change).await {
                    Ok(Following::Unwanted) => return,
                    Ok(Following::Ended) => delay = Duration::from_secs(1),
                    Err(error) => {
                        tracing::info!(%error, "the queue stream was lost; following again")
                    }
                }
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(MAX_RECONNECT_DELAY);
            }
        });
        self.replace_watch(Some(task));
    }

    /// Stops following the queue, if one is followed.
    pub fn unwatch_queue(&self) {
        self.replace_watch(None);
    }

    fn replace_watch(&self, task: Option<tauri::async_runtime::JoinHandle<()>>) {
        let mut watch = self
            .watch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(previous) = std::mem::replace(&mut *watch, task) {
            previous.abort();
        }
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
            let (Some(api), Some(accounts), Some(bookings)) = (
                app.try_state::<HallApi>(),
                app.try_state::<Accounts>(),
                app.try_state::<Bookings>(),
            ) else {
                continue;
            };
            let Ok(list) = bookings.list(&api, &accounts).await else {
                continue;
            };
            let shown = shown.get_or_insert_with(|| reminders::Shown::load(api.data_dir()));
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

/// How following a stream stopped without an error.
enum Following {
    /// Nobody wants the changes any more.
    Unwanted,
    /// The hall closed the stream.
    Ended,
}

async fn follow(
    api: &HallApi,
    hall: &str,
    on_change: &impl Fn(Queue) -> bool,
) -> Result<Following, ShellError> {
    let response = api.client().await?.queue_stream(hall).await?;
    let mut events = response.bytes_stream().eventsource();
    while let Some(event) = events.next().await {
        let event = event.map_err(|_| ShellError::Protocol("read the queue stream"))?;
        if event.event != "queue" {
            continue;
        }
        let queue: Queue = serde_json::from_str(&event.data)
            .map_err(|_| ShellError::Protocol("read a queue change"))?;
        if !on_change(queue) {
            return Ok(Following::Unwanted);
        }
    }
    Ok(Following::Ended)
}
