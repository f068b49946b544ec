//! Queries of EMS delivery: parcels numbered by their row's serial, their
//! tracking events, a move with its notification in one transaction, and the
//! saved addresses with exactly one default each.

use async_trait::async_trait;
use banshi_api::delivery::{
    CollectionWindow, Courier, DeliveryOrder, DeliveryStage, Recipient, SavedAddress, TrackingEvent,
};
use banshi_api::ids::{AddressId, ApplicationNumber, Waybill};

use super::halls::decode;
use super::notifications::insert_notification;
use super::seeding::{encode, tag};
use super::{QueryContext, SqliteStore, word};
use crate::store::delivery::{DeliveryMove, DeliveryRecord, DeliveryStore, NewDelivery, Ordered};
use crate::store::error::StoreError;
use crate::store::idempotency::HeldKey;

/// China Post's EMS prefix of the sandbox's waybills.
const WAYBILL_PREFIX: &str = "EA";

/// The serial of the first parcel; the row id counts on from it.
const FIRST_SERIAL: i64 = 52_160_000;

const COLUMNS: &str = "d.id, d.waybill, d.application_id, d.user_id, a.number, d.kind, d.stage,
    d.recipient, d.pickup_window, d.fee_fen, d.originals, d.ordered_at, d.moved_at, d.failures";

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    id: i64,
    waybill: Waybill,
    application_id: i64,
    user_id: i64,
    number: ApplicationNumber,
    kind: String,
    stage: String,
    recipient: String,
    pickup_window: Option<String>,
    fee_fen: i64,
    originals: String,
    ordered_at: i64,
    moved_at: i64,
    failures: i64,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    at: i64,
    stage: String,
    place: String,
    courier: Option<String>,
    note: String,
}

#[derive(sqlx::FromRow)]
struct AddressRow {
    id: AddressId,
    recipient: String,
    is_default: i64,
}

impl DeliveryRow {
    fn into_record(self, events: Vec<TrackingEvent>) -> Result<DeliveryRecord, StoreError> {
        let window: Option<CollectionWindow> = self
            .pickup_window
            .as_deref()
            .map(|body| decode("a collection window", body))
            .transpose()?;
        Ok(DeliveryRecord {
            id: self.id,
            application_id: self.application_id,
            user_id: self.user_id,
            moved_at: self.moved_at,
            failures: u32::try_from(self.failures).unwrap_or(u32::MAX),
            order: DeliveryOrder {
                waybill: self.waybill,
                number: self.number,
                kind: word(&self.kind, "delivery kind")?,
                stage: word(&self.stage, "delivery stage")?,
                recipient: decode("a recipient", &self.recipient)?,
                window,
                fee_fen: u32::try_from(self.fee_fen).unwrap_or(0),
                originals: decode("the originals of a collection", &self.originals)?,
                ordered_at: self.ordered_at,
                events,
            },
        })
    }
}

impl TryFrom<EventRow> for TrackingEvent {
    type Error = StoreError;

    fn try_from(row: EventRow) -> Result<Self, StoreError> {
        let courier: Option<Courier> = row
            .courier
            .as_deref()
            .map(|body| decode("a courier", body))
            .transpose()?;
        Ok(TrackingEvent {
            at: row.at,
            stage: word(&row.stage, "delivery stage")?,
            place: row.place,
            courier,
            note: row.note,
        })
    }
}

impl TryFrom<AddressRow> for SavedAddress {
    type Error = StoreError;

    fn try_from(row: AddressRow) -> Result<Self, StoreError> {
        Ok(SavedAddress {
            id: row.id,
            recipient: decode("a saved address", &row.recipient)?,
            default: row.is_default == 1,
        })
    }
}

/// Orders a parcel in `tx` (a submission's or an order's), numbered from its
/// row; `None` when the application has one of that kind already.
pub(super) async fn insert_delivery(
    tx: &mut sqlx::SqliteConnection,
    new: &NewDelivery<'_>,
) -> Result<Option<DeliveryOrder>, StoreError> {
    // The write lock is held: the next row id is this one's.
    let next: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM deliveries")
        .fetch_one(&mut *tx)
        .await
        .doing("number a parcel")?;
    let serial = u32::try_from(FIRST_SERIAL + next).unwrap_or(u32::MAX);
    let waybill = Waybill::of(WAYBILL_PREFIX, serial).ok_or(StoreError::Exhausted {
        what: "waybill serials",
    })?;
    let window = new
        .window
        .map(|window| encode("a collection window", &window))
        .transpose()?;
    let inserted = sqlx::query(
        "INSERT INTO deliveries (id, waybill, application_id, user_id, kind, stage, recipient,
             pickup_window, fee_fen, originals, ordered_at, moved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (application_id, kind) DO NOTHING",
    )
    .bind(next)
    .bind(&waybill)
    .bind(new.application_id)
    .bind(new.user_id)
    .bind(tag(&new.kind))
    .bind(tag(&DeliveryStage::Ordered))
    .bind(encode("a recipient", new.recipient)?)
    .bind(window)
    .bind(i64::from(new.fee_fen))
    .bind(encode("the originals of a collection", &new.originals)?)
    .bind(new.ordered_at)
    .bind(new.ordered_at)
    .execute(&mut *tx)
    .await
    .doing("order a parcel")?;
    if inserted.rows_affected() == 0 {
        return Ok(None);
    }
    Ok(Some(DeliveryOrder {
        waybill,
        number: sqlx::query_scalar("SELECT number FROM applications WHERE id = ?")
            .bind(new.application_id)
            .fetch_one(&mut *tx)
            .await
            .doing("read a parcel's application number")?,
        kind: new.kind,
        stage: DeliveryStage::Ordered,
        recipient: new.recipient.clone(),
        window: new.window,
        fee_fen: new.fee_fen,
        originals: new.originals.to_vec(),
        ordered_at: new.ordered_at,
        events: Vec::new(),
    }))
}

impl SqliteStore {
    async fn events_of_delivery(&self, delivery_id: i64) -> Result<Vec<TrackingEvent>, StoreError> {
        let rows: Vec<EventRow> = sqlx::query_as(
            "SELECT at, stage, place, courier, note FROM delivery_events
             WHERE delivery_id = ? ORDER BY id",
        )
        .bind(delivery_id)
        .fetch_all(&self.pool)
        .await
        .doing("read a parcel's tracking")?;
        rows.into_iter().map(TrackingEvent::try_from).collect()
    }

    async fn records(&self, rows: Vec<DeliveryRow>) -> Result<Vec<DeliveryRecord>, StoreError> {
        let mut records = Vec::with_capacity(rows.len());
        for row in rows {
            let events = self.events_of_delivery(row.id).await?;
            records.push(row.into_record(events)?);
        }
        Ok(records)
    }

    async fn deliveries_where(
        &self,
        condition: &str,
        value: i64,
    ) -> Result<Vec<DeliveryRecord>, StoreError> {
        let rows: Vec<DeliveryRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM deliveries d JOIN applications a ON a.id = d.application_id
             WHERE {condition}"
        ))
        .bind(value)
        .fetch_all(&self.pool)
        .await
        .doing("read parcels")?;
        self.records(rows).await
    }
}

#[async_trait]
impl DeliveryStore for SqliteStore {
    async fn create_delivery(
        &self,
        new: &NewDelivery<'_>,
        key: &HeldKey,
    ) -> Result<Ordered, StoreError> {
        let mut tx = self.write("begin ordering a parcel").await?;
        let Some(order) = insert_delivery(&mut tx, new).await? else {
            let waybill = sqlx::query_scalar(
                "SELECT waybill FROM deliveries WHERE application_id = ? AND kind = ?",
            )
            .bind(new.application_id)
            .bind(tag(&new.kind))
            .fetch_one(&mut *tx)
            .await
            .doing("read the parcel ordered before")?;
            return Ok(Ordered::Duplicate(waybill));
        };
        key.complete(&mut tx, &order).await?;
        tx.commit().await.doing("commit a parcel")?;
        Ok(Ordered::Done(Box::new(order)))
    }

    async fn delivery(&self, waybill: &Waybill) -> Result<Option<DeliveryRecord>, StoreError> {
        let row: Option<DeliveryRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM deliveries d JOIN applications a ON a.id = d.application_id
             WHERE d.waybill = ?"
        ))
        .bind(waybill)
        .fetch_optional(&self.pool)
        .await
        .doing("read a parcel")?;
        Ok(self.records(row.into_iter().collect()).await?.pop())
    }

    async fn deliveries_of_application(
        &self,
        application_id: i64,
    ) -> Result<Vec<DeliveryOrder>, StoreError> {
        let records = self
            .deliveries_where("d.application_id = ? ORDER BY d.id", application_id)
            .await?;
        Ok(records.into_iter().map(|record| record.order).collect())
    }

    async fn deliveries_of(&self, user_id: i64) -> Result<Vec<DeliveryOrder>, StoreError> {
        let records = self
            .deliveries_where("d.user_id = ? ORDER BY d.id DESC LIMIT 200", user_id)
            .await?;
        Ok(records.into_iter().map(|record| record.order).collect())
    }

    async fn deliveries_under_way(&self) -> Result<Vec<DeliveryRecord>, StoreError> {
        let delivered = tag(&DeliveryStage::Delivered);
        let rows: Vec<DeliveryRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM deliveries d JOIN applications a ON a.id = d.application_id
             WHERE d.stage <> ? ORDER BY d.id LIMIT 1000"
        ))
        .bind(delivered)
        .fetch_all(&self.pool)
        .await
        .doing("read the parcels under way")?;
        self.records(rows).await
    }

    async fn change_delivery(
        &self,
        delivery_id: i64,
        recipient: &Recipient,
        window: Option<CollectionWindow>,
    ) -> Result<bool, StoreError> {
        let window = window
            .map(|window| encode("a collection window", &window))
            .transpose()?;
        let changed = sqlx::query(
            "UPDATE deliveries SET recipient = ?, pickup_window = COALESCE(?, pickup_window)
             WHERE id = ? AND stage = ?",
        )
        .bind(encode("a recipient", recipient)?)
        .bind(window)
        .bind(delivery_id)
        .bind(tag(&DeliveryStage::Ordered))
        .execute(&self.pool)
        .await
        .doing("change a parcel's recipient")?;
        Ok(changed.rows_affected() == 1)
    }

    async fn move_delivery(&self, step: &DeliveryMove<'_>) -> Result<Option<i64>, StoreError> {
        let mut tx = self.write("begin moving a parcel").await?;
        let failed = i64::from(step.event.stage == DeliveryStage::Failed);
        let moved = sqlx::query(
            "UPDATE deliveries SET stage = ?, moved_at = ?, failures = failures + ?
             WHERE id = ? AND stage = ?",
        )
        .bind(tag(&step.event.stage))
        .bind(step.event.at)
        .bind(failed)
        .bind(step.delivery_id)
        .bind(tag(&step.from))
        .execute(&mut *tx)
        .await
        .doing("move a parcel on")?;
        if moved.rows_affected() == 0 {
            return Ok(None);
        }
        let courier = step
            .event
            .courier
            .as_ref()
            .map(|courier| encode("a courier", courier))
            .transpose()?;
        sqlx::query(
            "INSERT INTO delivery_events (delivery_id, at, stage, place, courier, note)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(step.delivery_id)
        .bind(step.event.at)
        .bind(tag(&step.event.stage))
        .bind(&step.event.place)
        .bind(courier)
        .bind(&step.event.note)
        .execute(&mut *tx)
        .await
        .doing("add a tracking event")?;
        let notification = insert_notification(&mut tx, step.notification).await?;
        tx.commit().await.doing("commit a parcel's move")?;
        Ok(notification)
    }

    async fn saved_addresses(&self, user_id: i64) -> Result<Vec<SavedAddress>, StoreError> {
        let rows: Vec<AddressRow> = sqlx::query_as(
            "SELECT id, recipient, is_default FROM saved_addresses WHERE user_id = ?
             ORDER BY is_default DESC, created_at, rowid",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("read a person's addresses")?;
        rows.into_iter().map(SavedAddress::try_from).collect()
    }

    async fn add_address(
        &self,
        user_id: i64,
        address: &SavedAddress,
        at: i64,
        limit: usize,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin keeping an address").await?;
        let kept: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM saved_addresses WHERE user_id = ?")
                .bind(user_id)
                .fetch_one(&mut *tx)
                .await
                .doing("count a person's addresses")?;
        if usize::try_from(kept).unwrap_or(usize::MAX) >= limit {
            return Ok(false);
        }
        let default = address.default || kept == 0;
        if default {
            clear_default(&mut tx, user_id).await?;
        }
        sqlx::query(
            "INSERT INTO saved_addresses (id, user_id, recipient, is_default, created_at)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&address.id)
        .bind(user_id)
        .bind(encode("a saved address", &address.recipient)?)
        .bind(i64::from(default))
        .bind(at)
        .execute(&mut *tx)
        .await
        .doing("keep an address")?;
        tx.commit().await.doing("commit an address")?;
        Ok(true)
    }

    async fn update_address(
        &self,
        user_id: i64,
        address: &SavedAddress,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write("begin changing an address").await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM saved_addresses WHERE id = ? AND user_id = ?")
                .bind(&address.id)
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await
                .doing("find an address")?;
        if exists.is_none() {
            return Ok(false);
        }
        if address.default {
            clear_default(&mut tx, user_id).await?;
        }
        sqlx::query(
            "UPDATE saved_addresses SET recipient = ?, is_default = MAX(is_default, ?)
             WHERE id = ? AND user_id = ?",
        )
        .bind(encode("a saved address", &address.recipient)?)
        .bind(i64::from(address.default))
        .bind(&address.id)
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .doing("change an address")?;
        tx.commit().await.doing("commit an address's change")?;
        Ok(true)
    }

    async fn remove_address(&self, user_id: i64, id: &AddressId) -> Result<bool, StoreError> {
        let mut tx = self.write("begin removing an address").await?;
        let removed = sqlx::query("DELETE FROM saved_addresses WHERE id = ? AND user_id = ?")
            .bind(id)
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .doing("remove an address")?;
        if removed.rows_affected() == 0 {
            return Ok(false);
        }
        // The default gone, the oldest left takes its place.
        sqlx::query(
            "UPDATE saved_addresses SET is_default = 1
             WHERE id = (SELECT id FROM saved_addresses WHERE user_id = ?1
                         ORDER BY created_at, rowid LIMIT 1)
               AND NOT EXISTS (SELECT 1 FROM saved_addresses WHERE user_id = ?1 AND is_default = 1)",
        )
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .doing("choose a new default address")?;
        tx.commit().await.doing("commit an address's removal")?;
        Ok(true)
    }
}

async fn clear_default(tx: &mut sqlx::SqliteConnection, user_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE saved_addresses SET is_default = 0 WHERE user_id = ? AND is_default = 1")
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .doing("clear the default address")?;
    Ok(())
}
