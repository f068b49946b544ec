//! The notifications kept on this device, per account, in SQLite
//! (`notifications.sqlite3`, WAL): each as the hall sent it, whether it was
//! read, and whether it was shown as an OS notification — the ledger that
//! keeps one from being shown twice, across restarts and however often the
//! catch-up and the stream both deliver it.

use std::path::Path;

use banshi_api::ipc::notifications::KeptNotification;
use banshi_api::notifications::Notification;
use sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum NotificationStoreError {
    #[error("failed to open the notification store")]
    Open(#[from] crate::device_db::OpenError),
    #[error("failed to {action}")]
    Query {
        action: &'static str,
        source: sqlx::Error,
    },
    #[error("a kept notification is not the documented JSON")]
    Json(#[from] serde_json::Error),
}

fn doing(action: &'static str) -> impl FnOnce(sqlx::Error) -> NotificationStoreError {
    move |source| NotificationStoreError::Query { action, source }
}

#[derive(Debug, Clone)]
pub struct NotificationStore {
    pool: SqlitePool,
}

impl NotificationStore {
    /// Opens (creating if needed) the store at `path`.
    pub async fn open(path: &Path) -> Result<Self, NotificationStoreError> {
        static MIGRATOR: sqlx::migrate::Migrator =
            sqlx::migrate!("src-tauri/migrations/notifications");
        let pool = crate::device_db::open(path, &MIGRATOR).await?;
        Ok(Self { pool })
    }

    /// The id of the newest notification kept for `owner`: the catch-up asks
    /// for those after it.
    pub async fn last_seen(&self, owner: &str) -> Result<Option<i64>, NotificationStoreError> {
        sqlx::query_scalar("SELECT MAX(id) FROM notifications WHERE owner = ?")
            .bind(owner)
            .fetch_one(&self.pool)
            .await
            .map_err(doing("read the last notification kept"))
    }

    /// Keeps `notification` for `owner`; answers whether it is new here.
    pub async fn keep(
        &self,
        owner: &str,
        notification: &Notification,
    ) -> Result<bool, NotificationStoreError> {
        let kept = sqlx::query(
            "INSERT INTO notifications (owner, id, at, body) VALUES (?, ?, ?, ?)
             ON CONFLICT (owner, id) DO NOTHING",
        )
        .bind(owner)
        .bind(notification.id)
        .bind(notification.at)
        .bind(serde_json::to_string(notification)?)
        .execute(&self.pool)
        .await
        .map_err(doing("keep a notification"))?;
        Ok(kept.rows_affected() == 1)
    }

    /// Takes the right to show notification `id` of `owner`: true for exactly
    /// one caller, ever (until [`Self::release_shown`]).
    pub async fn claim_shown(&self, owner: &str, id: i64) -> Result<bool, NotificationStoreError> {
        let claimed = sqlx::query(
            "UPDATE notifications SET shown = 1 WHERE owner = ? AND id = ? AND shown = 0",
        )
        .bind(owner)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(doing("mark a notification shown"))?;
        Ok(claimed.rows_affected() == 1)
    }

    /// Gives the claim back after the notification could not be shown, so
    /// the next catch-up tries again.
    pub async fn release_shown(&self, owner: &str, id: i64) -> Result<(), NotificationStoreError> {
        sqlx::query("UPDATE notifications SET shown = 0 WHERE owner = ? AND id = ?")
            .bind(owner)
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(doing("mark a notification not shown"))?;
        Ok(())
    }

    /// `owner`'s notifications kept but not yet shown (one whose showing
    /// failed, or was cut short by the app stopping), the oldest first.
    pub async fn not_shown(
        &self,
        owner: &str,
    ) -> Result<Vec<Notification>, NotificationStoreError> {
        let bodies: Vec<String> = sqlx::query_scalar(
            "SELECT body FROM notifications WHERE owner = ? AND shown = 0 ORDER BY id",
        )
        .bind(owner)
        .fetch_all(&self.pool)
        .await
        .map_err(doing("list the notifications not shown"))?;
        bodies
            .iter()
            .map(|body| serde_json::from_str(body).map_err(NotificationStoreError::from))
            .collect()
    }

    /// `owner`'s notifications, the newest first.
    pub async fn list(&self, owner: &str) -> Result<Vec<KeptNotification>, NotificationStoreError> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT body, read FROM notifications WHERE owner = ? ORDER BY id DESC")
                .bind(owner)
                .fetch_all(&self.pool)
                .await
                .map_err(doing("list the notifications"))?;
        rows.into_iter()
            .map(|(body, read)| {
                Ok(KeptNotification {
                    notification: serde_json::from_str(&body)?,
                    read: read != 0,
                })
            })
            .collect()
    }

    /// How many of `owner`'s notifications are not read.
    pub async fn unread(&self, owner: &str) -> Result<u32, NotificationStoreError> {
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE owner = ? AND read = 0")
                .bind(owner)
                .fetch_one(&self.pool)
                .await
                .map_err(doing("count the unread notifications"))?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// Marks `owner`'s notifications up to the id `up_to` read.
    pub async fn mark_read(&self, owner: &str, up_to: i64) -> Result<(), NotificationStoreError> {
        sqlx::query("UPDATE notifications SET read = 1 WHERE owner = ? AND id <= ? AND read = 0")
            .bind(owner)
            .bind(up_to)
            .execute(&self.pool)
            .await
            .map_err(doing("mark notifications read"))?;
        Ok(())
    }
}
