//! Queries of bookings: the places of each slot, taken and given back only by
//! conditional updates inside `BEGIN IMMEDIATE` transactions that also hold the
//! per-person rules, and the bookings that hold the places.

use banshi_api::bookings::{Booking, BookingStatus, MAX_OPEN_BOOKINGS};
use banshi_api::dates::Date;
use banshi_api::ids::{BookingId, HallCode, ItemCode};

use sqlx::{SqliteConnection, SqliteExecutor};

use super::seeding::tag;
use async_trait::async_trait;

use super::{QueryContext, SqliteStore, word};
use crate::store::bookings::{
    BookingStore, NewBooking, NotCheckedIn, Place, Refusal, SlotKey, SlotPlaces,
};
use crate::store::error::StoreError;

const BOOKING_COLUMNS: &str =
    "SELECT b.id, b.hall, json_extract(h.body, '$.name') AS hall_name, b.item_code,
        b.item_name, b.date, b.starts, b.ends, b.check_in_code, b.status, b.booked_at,
        EXISTS (SELECT 1 FROM ratings r WHERE r.booking_id = b.id) AS rated
    FROM bookings b JOIN halls h ON h.code = b.hall";

/// A slot's places as read.
#[derive(sqlx::FromRow)]
struct SlotRow {
    date: Date,
    starts: String,
    capacity: i64,
    booked: i64,
}

/// A booking as read, with its hall's name.
#[derive(sqlx::FromRow)]
struct BookingRow {
    id: BookingId,
    hall: HallCode,
    hall_name: String,
    item_code: ItemCode,
    item_name: String,
    date: Date,
    starts: String,
    ends: String,
    check_in_code: String,
    status: String,
    booked_at: i64,
    rated: bool,
}

fn booking_of(row: BookingRow) -> Result<Booking, StoreError> {
    Ok(Booking {
        status: word(&row.status, "booking status")?,
        id: row.id,
        hall: row.hall,
        hall_name: row.hall_name,
        item_code: row.item_code,
        item_name: row.item_name,
        date: row.date,
        starts: row.starts,
        ends: row.ends,
        check_in_code: row.check_in_code,
        booked_at: row.booked_at,
        rated: row.rated,
    })
}

#[async_trait]
impl BookingStore for SqliteStore {
    async fn open_slot(&self, slot: SlotKey<'_>, capacity: u32) -> Result<(), StoreError> {
        insert_slot(&self.pool, slot, capacity).await
    }

    async fn slot_places(
        &self,
        hall: &HallCode,
        item_code: &ItemCode,
        first: Date,
        last: Date,
    ) -> Result<Vec<SlotPlaces>, StoreError> {
        let rows: Vec<SlotRow> = sqlx::query_as(
            "SELECT date, starts, capacity, booked FROM slots
             WHERE hall = ? AND item_code = ? AND date BETWEEN ? AND ?",
        )
        .bind(hall)
        .bind(item_code)
        .bind(first)
        .bind(last)
        .fetch_all(&self.pool)
        .await
        .doing("read the places of slots")?;
        Ok(rows
            .into_iter()
            .map(
                |SlotRow {
                     date,
                     starts,
                     capacity,
                     booked,
                 }| SlotPlaces {
                    date,
                    starts,
                    capacity: u32::try_from(capacity).unwrap_or(0),
                    booked: u32::try_from(booked).unwrap_or(0),
                },
            )
            .collect())
    }

    async fn book(&self, new: &NewBooking<'_>) -> Result<Result<Booking, Refusal>, StoreError> {
        let slot = new.place.slot;
        let mut tx = self.write("begin a booking").await?;
        insert_slot(&mut *tx, slot, new.place.capacity).await?;
        if let Some(refusal) = clash(&mut tx, new.user_id, slot, None).await? {
            return Ok(Err(refusal));
        }
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM bookings
             WHERE user_id = ? AND status = ? AND date || 'T' || starts > ?",
        )
        .bind(new.user_id)
        .bind(tag(&BookingStatus::Booked))
        .bind(new.now_text)
        .fetch_one(&mut *tx)
        .await
        .doing("count a person's open bookings")?;
        if open >= i64::try_from(MAX_OPEN_BOOKINGS).unwrap_or(i64::MAX) {
            return Ok(Err(Refusal::TooMany));
        }
        if !take_place(&mut tx, slot).await? {
            return Ok(Err(Refusal::Full));
        }
        let code = free_check_in_code(&mut tx, slot, new.check_in_code, new.id).await?;
        sqlx::query(
            "INSERT INTO bookings (id, user_id, hall, item_code, item_name, date, starts, ends,
                 check_in_code, status, booked_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(new.id)
        .bind(new.user_id)
        .bind(slot.hall)
        .bind(slot.item_code)
        .bind(new.item_name)
        .bind(slot.date)
        .bind(slot.starts)
        .bind(new.place.ends)
        .bind(&code)
        .bind(tag(&BookingStatus::Booked))
        .bind(new.now)
        .execute(&mut *tx)
        .await
        .doing("store a booking")?;
        let booking = Booking {
            id: new.id.to_owned(),
            hall: slot.hall.to_owned(),
            hall_name: new.hall_name.to_owned(),
            item_code: slot.item_code.to_owned(),
            item_name: new.item_name.to_owned(),
            date: slot.date.to_owned(),
            starts: slot.starts.to_owned(),
            ends: new.place.ends.to_owned(),
            check_in_code: code,
            status: BookingStatus::Booked,
            booked_at: new.now,
            rated: false,
        };
        new.key.complete(&mut tx, &booking).await?;
        tx.commit().await.doing("commit a booking")?;
        Ok(Ok(booking))
    }

    async fn bookings_of(&self, user_id: i64) -> Result<Vec<Booking>, StoreError> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_COLUMNS} WHERE b.user_id = ? ORDER BY b.date, b.starts, b.booked_at"
        ))
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .doing("list a person's bookings")?;
        rows.into_iter().map(booking_of).collect()
    }

    async fn booking(&self, id: &BookingId, user_id: i64) -> Result<Option<Booking>, StoreError> {
        read_booking(&self.pool, id, user_id).await
    }

    async fn cancel_booking(
        &self,
        id: &BookingId,
        user_id: i64,
        now_text: &str,
    ) -> Result<Option<Result<Booking, Refusal>>, StoreError> {
        let mut tx = self.write("begin a cancellation").await?;
        let Some(mut booking) = read_booking(&mut *tx, id, user_id).await? else {
            return Ok(None);
        };
        if booking.status == BookingStatus::Cancelled {
            return Ok(Some(Ok(booking)));
        }
        if booking.status == BookingStatus::CheckedIn {
            return Ok(Some(Err(Refusal::CheckedIn)));
        }
        if has_started(&booking, now_text) {
            return Ok(Some(Err(Refusal::Started)));
        }
        sqlx::query("UPDATE bookings SET status = ? WHERE id = ?")
            .bind(tag(&BookingStatus::Cancelled))
            .bind(id)
            .execute(&mut *tx)
            .await
            .doing("cancel a booking")?;
        free_place(&mut tx, slot_of(&booking)).await?;
        tx.commit().await.doing("commit a cancellation")?;
        booking.status = BookingStatus::Cancelled;
        Ok(Some(Ok(booking)))
    }

    async fn reschedule(
        &self,
        id: &BookingId,
        user_id: i64,
        place: Place<'_>,
        now_text: &str,
    ) -> Result<Option<Result<Booking, Refusal>>, StoreError> {
        let mut tx = self.write("begin a reschedule").await?;
        let Some(booking) = read_booking(&mut *tx, id, user_id).await? else {
            return Ok(None);
        };
        let refusal = if booking.status == BookingStatus::Cancelled {
            Some(Refusal::Cancelled)
        } else if booking.status == BookingStatus::CheckedIn {
            Some(Refusal::CheckedIn)
        } else if has_started(&booking, now_text) {
            Some(Refusal::Started)
        } else if (booking.date, booking.starts.as_str()) == (place.slot.date, place.slot.starts) {
            Some(Refusal::SameSlot)
        } else {
            insert_slot(&mut *tx, place.slot, place.capacity).await?;
            clash(&mut tx, user_id, place.slot, Some(id)).await?
        };
        if let Some(refusal) = refusal {
            return Ok(Some(Err(refusal)));
        }
        if !take_place(&mut tx, place.slot).await? {
            return Ok(Some(Err(Refusal::Full)));
        }
        free_place(&mut tx, slot_of(&booking)).await?;
        let code = free_check_in_code(&mut tx, place.slot, &booking.check_in_code, id).await?;
        sqlx::query(
            "UPDATE bookings SET date = ?, starts = ?, ends = ?, check_in_code = ? WHERE id = ?",
        )
        .bind(place.slot.date)
        .bind(place.slot.starts)
        .bind(place.ends)
        .bind(&code)
        .bind(id)
        .execute(&mut *tx)
        .await
        .doing("move a booking")?;
        tx.commit().await.doing("commit a reschedule")?;
        Ok(Some(Ok(Booking {
            date: place.slot.date,
            starts: place.slot.starts.to_owned(),
            ends: place.ends.to_owned(),
            check_in_code: code,
            ..booking
        })))
    }

    async fn check_in(
        &self,
        hall: &HallCode,
        code: &str,
        today: Date,
        now: i64,
    ) -> Result<Result<Booking, NotCheckedIn>, StoreError> {
        let mut tx = self.write("begin a check-in").await?;
        // Today's booking of the code first, a booked one before a cancelled one.
        let found: Option<(BookingId, Date, String)> = sqlx::query_as(
            "SELECT id, date, status FROM bookings WHERE hall = ? AND check_in_code = ?
             ORDER BY date = ? DESC, status = ? DESC, date DESC LIMIT 1",
        )
        .bind(hall)
        .bind(code)
        .bind(today)
        .bind(tag(&BookingStatus::Booked))
        .fetch_optional(&mut *tx)
        .await
        .doing("find a booking by its check-in code")?;
        let Some((id, date, status)) = found else {
            return Ok(Err(NotCheckedIn::NoSuchCode));
        };
        if date != today {
            return Ok(Err(NotCheckedIn::OtherDay(date)));
        }
        if status == tag(&BookingStatus::Cancelled) {
            return Ok(Err(NotCheckedIn::Cancelled));
        }
        if status == tag(&BookingStatus::CheckedIn) {
            return Ok(Err(NotCheckedIn::AlreadyIn));
        }
        sqlx::query("UPDATE bookings SET status = ?, checked_in_at = ? WHERE id = ?")
            .bind(tag(&BookingStatus::CheckedIn))
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await
            .doing("check a booking in")?;
        let row: BookingRow = sqlx::query_as(&format!("{BOOKING_COLUMNS} WHERE b.id = ?"))
            .bind(&id)
            .fetch_one(&mut *tx)
            .await
            .doing("read a booking checked in")?;
        tx.commit().await.doing("commit a check-in")?;
        Ok(Ok(booking_of(row)?))
    }
}

fn slot_of(booking: &Booking) -> SlotKey<'_> {
    SlotKey {
        hall: &booking.hall,
        item_code: &booking.item_code,
        date: booking.date,
        starts: &booking.starts,
    }
}

/// Whether the booking's slot has begun by `now_text` (`YYYY-MM-DDTHH:MM`).
fn has_started(booking: &Booking, now_text: &str) -> bool {
    format!("{}T{}", booking.date, booking.starts).as_str() <= now_text
}

async fn insert_slot(
    executor: impl SqliteExecutor<'_>,
    slot: SlotKey<'_>,
    capacity: u32,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT OR IGNORE INTO slots (hall, item_code, date, starts, capacity) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(slot.hall)
    .bind(slot.item_code)
    .bind(slot.date)
    .bind(slot.starts)
    .bind(i64::from(capacity))
    .execute(executor)
    .await
    .doing("open a slot")?;
    Ok(())
}

async fn read_booking(
    executor: impl SqliteExecutor<'_>,
    id: &BookingId,
    user_id: i64,
) -> Result<Option<Booking>, StoreError> {
    let row: Option<BookingRow> = sqlx::query_as(&format!(
        "{BOOKING_COLUMNS} WHERE b.id = ? AND b.user_id = ?"
    ))
    .bind(id)
    .bind(user_id)
    .fetch_optional(executor)
    .await
    .doing("read a booking")?;
    row.map(booking_of).transpose()
}

/// Another open booking of the person at the slot's date and time, other than
/// `except`, as the refusal it makes.
async fn clash(
    tx: &mut SqliteConnection,
    user_id: i64,
    slot: SlotKey<'_>,
    except: Option<&BookingId>,
) -> Result<Option<Refusal>, StoreError> {
    let row: Option<(bool, String)> = sqlx::query_as(
        "SELECT hall = ? AND item_code = ?, item_name FROM bookings
         WHERE user_id = ? AND status = ? AND date = ? AND starts = ? AND id IS NOT ?
         ORDER BY 1 DESC LIMIT 1",
    )
    .bind(slot.hall)
    .bind(slot.item_code)
    .bind(user_id)
    .bind(tag(&BookingStatus::Booked))
    .bind(slot.date)
    .bind(slot.starts)
    .bind(except)
    .fetch_optional(&mut *tx)
    .await
    .doing("look for a booking at the same time")?;
    Ok(row.map(|(same_slot, item_name)| {
        if same_slot {
            Refusal::AlreadyBooked
        } else {
            Refusal::SameTime { item_name }
        }
    }))
}

/// Takes one place of the slot if one is left; whether it did. The one
/// statement that can fill a slot.
async fn take_place(tx: &mut SqliteConnection, slot: SlotKey<'_>) -> Result<bool, StoreError> {
    let taken = sqlx::query(
        "UPDATE slots SET booked = booked + 1
         WHERE hall = ? AND item_code = ? AND date = ? AND starts = ? AND booked < capacity",
    )
    .bind(slot.hall)
    .bind(slot.item_code)
    .bind(slot.date)
    .bind(slot.starts)
    .execute(&mut *tx)
    .await
    .doing("take a place in a slot")?;
    Ok(taken.rows_affected() == 1)
}

async fn free_place(tx: &mut SqliteConnection, slot: SlotKey<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE slots SET booked = booked - 1
         WHERE hall = ? AND item_code = ? AND date = ? AND starts = ?",
    )
    .bind(slot.hall)
    .bind(slot.item_code)
    .bind(slot.date)
    .bind(slot.starts)
    .execute(&mut *tx)
    .await
    .doing("give back a place in a slot")?;
    Ok(())
}

/// The first check-in code from `from` (counting on, past 99999999 to 0) that
/// no other booking at the slot's hall holds that day.
async fn free_check_in_code(
    tx: &mut SqliteConnection,
    slot: SlotKey<'_>,
    from: &str,
    booking_id: &BookingId,
) -> Result<String, StoreError> {
    const CODES: u32 = 100_000_000;
    let mut number: u32 = from.parse().unwrap_or(0) % CODES;
    loop {
        let code = format!("{number:08}");
        let taken: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM bookings
                 WHERE hall = ? AND date = ? AND check_in_code = ? AND id <> ?)",
        )
        .bind(slot.hall)
        .bind(slot.date)
        .bind(&code)
        .bind(booking_id)
        .fetch_one(&mut *tx)
        .await
        .doing("check that a check-in code is free")?;
        if !taken {
            return Ok(code);
        }
        number = (number + 1) % CODES;
    }
}
