//! What the hall tells the user (消息通知): every change of their
//! applications and their bookings' reminders. While someone is logged in the
//! device catches up with `GET /notifications?after=<the last kept>` and then
//! follows the hall's stream of them (reconnecting with backoff, each time
//! from the last one kept). Each is kept on the device for the list, with
//! whether it was read, under the account it was sent to, so another account
//! on the same device never sees it; each is shown as an OS notification
//! exactly once, across restarts ([`store`] is the ledger); and the UI's watch
//! hears of every change of the bell's count.
//!
//! Following stops on logout and moves to the new account on a login (the
//! accounts' [`crate::accounts::Accounts::changes`]); a stream or a catch-up
//! only ever goes out under the session of the account it is kept for.

mod store;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use banshi_api::ipc::notifications::{KeptNotification, NotificationsState};
use banshi_api::notifications::{Notification, NotificationKind};
use tokio::sync::OnceCell;

pub use store::{NotificationStore, NotificationStoreError};

use crate::ShellError;
use crate::context::Context;
use crate::hall_api::{Following, HallApi, NOTIFICATION_EVENT};

/// Where notifications are shown outside the app: the OS's notifications in
/// the app, a recorder in tests.
pub trait Alerts: Send + Sync + 'static {
    /// Shows `notification`; an error says why it could not be.
    fn show(&self, notification: &Notification) -> Result<(), String>;
}

/// The OS's notifications (tauri-plugin-notification), from Rust only.
pub struct OsAlerts(pub tauri::AppHandle);

impl Alerts for OsAlerts {
    fn show(&self, notification: &Notification) -> Result<(), String> {
        use tauri_plugin_notification::NotificationExt;
        self.0
            .notification()
            .builder()
            .title(&notification.title)
            .body(&notification.body)
            .show()
            .map_err(|error| error.to_string())
    }
}

/// What the UI's watch is told, until it answers false.
type Watcher = Box<dyn Fn(NotificationsState) -> bool + Send + Sync>;

/// The app's notifications state; cheap to clone.
#[derive(Clone)]
pub struct Notifications {
    inner: Arc<Inner>,
}

struct Inner {
    ctx: Context,
    path: PathBuf,
    store: OnceCell<NotificationStore>,
    alerts: Box<dyn Alerts>,
    watcher: Mutex<Option<Watcher>>,
    /// Whether the hall answered the last catch-up or stream opened.
    online: AtomicBool,
    /// The account followed, and the task that follows it (aborted on drop).
    followed: Mutex<Option<(String, Followed)>>,
}

/// The catch-up and stream of one account, stopped when dropped.
struct Followed(tauri::async_runtime::JoinHandle<()>);

impl Drop for Followed {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Notifications {
    /// The notifications of `ctx`'s device, shown through `alerts`.
    pub fn new(ctx: Context, alerts: impl Alerts) -> Self {
        Self {
            inner: Arc::new(Inner {
                path: ctx.data_dir().join("notifications.sqlite3"),
                ctx,
                store: OnceCell::new(),
                alerts: Box::new(alerts),
                watcher: Mutex::new(None),
                online: AtomicBool::new(true),
                followed: Mutex::new(None),
            }),
        }
    }

    async fn store(&self) -> Result<&NotificationStore, ShellError> {
        let inner = &self.inner;
        Ok(inner
            .store
            .get_or_try_init(|| NotificationStore::open(&inner.path))
            .await?)
    }

    /// The notifications of the account logged in, the newest first; none
    /// when nobody is.
    pub async fn list(&self) -> Result<Vec<KeptNotification>, ShellError> {
        let Some(owner) = self.inner.ctx.accounts().owner().await? else {
            return Ok(Vec::new());
        };
        Ok(self.store().await?.list(&owner).await?)
    }

    /// Marks the notifications up to the id `up_to` read; answers the unread left.
    pub async fn mark_read(&self, up_to: i64) -> Result<u32, ShellError> {
        let Some(owner) = self.inner.ctx.accounts().owner().await? else {
            return Ok(0);
        };
        let store = self.store().await?;
        store.mark_read(&owner, up_to).await?;
        let unread = store.unread(&owner).await?;
        self.tell_watcher(Some(unread));
        Ok(unread)
    }

    /// The bell's state now.
    pub async fn state(&self) -> Result<NotificationsState, ShellError> {
        let unread = match self.inner.ctx.accounts().owner().await? {
            Some(owner) => self.store().await?.unread(&owner).await?,
            None => 0,
        };
        Ok(NotificationsState {
            unread,
            online: self.inner.online.load(Ordering::Relaxed),
        })
    }

    /// Tells `on_state` the bell's state now and at every change, until it
    /// answers false or another watch takes its place.
    pub async fn watch(
        &self,
        on_state: impl Fn(NotificationsState) -> bool + Send + Sync + 'static,
    ) -> Result<(), ShellError> {
        let state = self.state().await?;
        if on_state(state) {
            *lock(&self.inner.watcher) = Some(Box::new(on_state));
        }
        Ok(())
    }

    /// Tells the watch the unread count (asked of the store when `None`) and
    /// whether the hall is reached.
    fn tell_watcher(&self, unread: Option<u32>) {
        let this = self.clone();
        tauri::async_runtime::spawn(async move {
            let state = match unread {
                Some(unread) => NotificationsState {
                    unread,
                    online: this.inner.online.load(Ordering::Relaxed),
                },
                None => match this.state().await {
                    Ok(state) => state,
                    Err(error) => {
                        tracing::warn!(%error, "could not count the unread notifications");
                        return;
                    }
                },
            };
            let mut watcher = lock(&this.inner.watcher);
            if watcher.as_ref().is_some_and(|tell| !tell(state)) {
                *watcher = None;
            }
        });
    }

    fn set_online(&self, online: bool) {
        if self.inner.online.swap(online, Ordering::Relaxed) != online {
            self.tell_watcher(None);
        }
    }

    /// Asks the hall for `owner`'s notifications after the last one kept,
    /// and takes each in (see [`Self::receive`]); answers those it sent.
    pub async fn catch_up(&self, owner: &str) -> Result<Vec<Notification>, ShellError> {
        let store = self.store().await?;
        // One kept but not shown when the app last stopped is shown now.
        for notification in store.not_shown(owner).await? {
            self.receive(owner, &notification).await?;
        }
        let after = store.last_seen(owner).await?;
        let fetched = self
            .inner
            .ctx
            .with_session_of(owner, |client, token| async move {
                client.notifications(&token, after).await
            })
            .await;
        self.set_online(!matches!(fetched, Err(ShellError::Network { .. })));
        let fetched = fetched?;
        for notification in &fetched {
            self.receive(owner, notification).await?;
        }
        Ok(fetched)
    }

    /// Takes one of `owner`'s notifications in: kept once, shown once (the
    /// store's claim decides, whoever delivers it first), the watch told.
    async fn receive(&self, owner: &str, notification: &Notification) -> Result<(), ShellError> {
        let store = self.store().await?;
        let new = store.keep(owner, notification).await?;
        // A booking's reminder is shown by the bookings' own reminders (a day
        // and 30 minutes before, on the device's clock); here it only joins the list.
        let alerted = notification.kind != NotificationKind::BookingReminder;
        if alerted
            && store.claim_shown(owner, notification.id).await?
            && let Err(error) = self.inner.alerts.show(notification)
        {
            tracing::warn!(%error, "a notification could not be shown");
            store.release_shown(owner, notification.id).await?;
        }
        if new {
            self.tell_watcher(None);
        }
        Ok(())
    }

    /// Follows the notifications of whoever is logged in now: nothing
    /// changes if it is the account followed already; another account's
    /// following stops; nobody logged in stops it.
    pub async fn follow(&self) -> Result<(), ShellError> {
        let owner = self.inner.ctx.accounts().owner().await?;
        let mut followed = lock(&self.inner.followed);
        if followed.as_ref().map(|(o, _)| o) == owner.as_ref() {
            return Ok(());
        }
        // The one replaced is dropped, which stops it.
        *followed = owner.map(|owner| {
            let this = self.clone();
            let task = tauri::async_runtime::spawn({
                let owner = owner.clone();
                async move { this.follow_account(owner).await }
            });
            (owner, Followed(task))
        });
        drop(followed);
        self.tell_watcher(None);
        Ok(())
    }

    /// Stops following, if anyone is followed.
    pub fn stop(&self) {
        lock(&self.inner.followed).take();
    }

    /// Catches up with `owner`'s notifications, then follows their stream
    /// until stopped (or the session is gone).
    async fn follow_account(&self, owner: String) {
        if let Err(error) = self.catch_up(&owner).await {
            // The stream starts with whatever the catch-up missed.
            tracing::info!(%error, "could not catch up with the notifications");
        }
        let (sender, mut received) = tokio::sync::mpsc::unbounded_channel::<Notification>();
        let open = {
            let (this, owner) = (self.clone(), owner.clone());
            move || {
                let (this, owner) = (this.clone(), owner.clone());
                async move { this.open_stream(&owner).await }
            }
        };
        let _following: Following =
            HallApi::follow_opened(open, NOTIFICATION_EVENT, move |n| sender.send(n).is_ok());
        while let Some(notification) = received.recv().await {
            if let Err(error) = self.receive(&owner, &notification).await {
                tracing::warn!(%error, "a notification could not be kept");
            }
        }
    }

    /// Opens `owner`'s stream from the last notification kept.
    async fn open_stream(&self, owner: &str) -> Result<reqwest::Response, ShellError> {
        let after = self.store().await?.last_seen(owner).await?;
        let opened = self
            .inner
            .ctx
            .with_session_of(owner, |client, token| async move {
                client.notification_stream(&token, after).await
            })
            .await;
        self.set_online(!matches!(opened, Err(ShellError::Network { .. })));
        opened
    }
}

/// Follows the notifications of whoever is logged in, from the start and
/// after every login and logout, for as long as the app runs.
pub fn follow_in_background(notifications: Notifications) {
    tauri::async_runtime::spawn(async move {
        let mut changes = notifications.inner.ctx.accounts().changes();
        loop {
            if let Err(error) = notifications.follow().await {
                tracing::warn!(%error, "could not follow the notifications");
            }
            if changes.changed().await.is_err() {
                return;
            }
        }
    });
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
