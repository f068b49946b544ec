//! Queries of the notifications feed: adding one inside the transaction of
//! the move it tells of (an application's, a parcel's, a reply), and reading
//! a person's after the last one seen.

use banshi_api::ids::{ApplicationNumber, BookingId, ConsultationId, Waybill};
use banshi_api::notifications::Notification;
use banshi_api::tags::tag_of;
use sqlx::SqlitePool;

use super::{QueryContext, word};
use crate::store::applications::NewNotification;
use crate::store::error::StoreError;

#[derive(sqlx::FromRow)]
struct NotificationRow {
    id: i64,
    at: i64,
    kind: String,
    number: Option<ApplicationNumber>,
    status: Option<String>,
    booking: Option<BookingId>,
    waybill: Option<Waybill>,
    consultation: Option<ConsultationId>,
    title: String,
    body: String,
}

impl TryFrom<NotificationRow> for Notification {
    type Error = StoreError;

    fn try_from(row: NotificationRow) -> Result<Self, StoreError> {
        Ok(Notification {
            id: row.id,
            at: row.at,
            kind: word(&row.kind, "notification kind")?,
            number: row.number,
            status: row
                .status
                .as_deref()
                .map(|text| word(text, "application status"))
                .transpose()?,
            booking: row.booking,
            waybill: row.waybill,
            consultation: row.consultation,
            title: row.title,
            body: row.body,
        })
    }
}

/// Adds a notification; `None` when one of that kind about that booking was
/// added before.
pub(super) async fn insert_notification(
    tx: &mut sqlx::SqliteConnection,
    new: &NewNotification,
) -> Result<Option<i64>, StoreError> {
    let notification = &new.notification;
    sqlx::query_scalar(
        "INSERT INTO notifications
             (user_id, at, kind, number, status, booking, waybill, consultation, title, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(new.user_id)
    .bind(new.at)
    .bind(tag_of(&notification.kind))
    .bind(&notification.number)
    .bind(notification.status.as_ref().and_then(tag_of))
    .bind(&notification.booking)
    .bind(&notification.waybill)
    .bind(&notification.consultation)
    .bind(&notification.title)
    .bind(&notification.body)
    .fetch_optional(&mut *tx)
    .await
    .doing("add a notification")
}

/// `user_id`'s notifications after id `after`, in order, at most 500.
pub(super) async fn of(
    pool: &SqlitePool,
    user_id: i64,
    after: i64,
) -> Result<Vec<Notification>, StoreError> {
    let rows: Vec<NotificationRow> = sqlx::query_as(
        "SELECT id, at, kind, number, status, booking, waybill, consultation, title, body
         FROM notifications WHERE user_id = ? AND id > ? ORDER BY id LIMIT 500",
    )
    .bind(user_id)
    .bind(after)
    .fetch_all(pool)
    .await
    .doing("read a person's notifications")?;
    rows.into_iter().map(Notification::try_from).collect()
}
