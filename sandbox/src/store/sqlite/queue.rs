//! Queries of the live queue: each line's numbers issued and called on a day,
//! moved by single updates inside `BEGIN IMMEDIATE` transactions, and the
//! numbers people took in the app (tickets) with the window each was called to.

use banshi_api::dates::Date;
use banshi_api::ids::{HallCode, TicketId};
use sqlx::{SqliteConnection, SqliteExecutor};

use async_trait::async_trait;

use super::{QueryContext, SqliteStore};
use crate::store::error::StoreError;
use crate::store::queue::{Line, LineRecord, QueueStore, TicketRecord};

const TICKET_COLUMNS: &str = "SELECT t.id, t.hall, t.zone, t.date, t.sequence, t.taken_at,
        t.called_to, l.called AS line_called
    FROM tickets t JOIN queue_lines l ON l.hall = t.hall AND l.zone = t.zone AND l.date = t.date";

/// A ticket as read, with how far its line has got.
#[derive(sqlx::FromRow)]
struct TicketRow {
    id: TicketId,
    hall: HallCode,
    zone: String,
    date: Date,
    sequence: i64,
    taken_at: i64,
    called_to: Option<String>,
    line_called: i64,
}

/// A line as read.
#[derive(sqlx::FromRow)]
struct LineRow {
    zone: String,
    issued: i64,
    called: i64,
    updated_at: i64,
}

fn count(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

fn ticket_of(row: TicketRow) -> TicketRecord {
    let TicketRow {
        id,
        hall,
        zone,
        date,
        sequence,
        taken_at,
        called_to,
        line_called,
    } = row;
    TicketRecord {
        id,
        hall,
        zone,
        date,
        sequence: count(sequence),
        taken_at,
        called_to,
        line_called: count(line_called),
    }
}

#[async_trait]
impl QueueStore for SqliteStore {
    async fn open_line(&self, line: Line<'_>, now: i64) -> Result<(), StoreError> {
        insert_line(&self.pool, line, now).await
    }

    async fn lines(&self, hall: &HallCode, date: Date) -> Result<Vec<LineRecord>, StoreError> {
        let rows: Vec<LineRow> = sqlx::query_as(
            "SELECT zone, issued, called, updated_at FROM queue_lines WHERE hall = ? AND date = ?",
        )
        .bind(hall)
        .bind(date)
        .fetch_all(&self.pool)
        .await
        .doing("read a hall's lines")?;
        Ok(rows
            .into_iter()
            .map(
                |LineRow {
                     zone,
                     issued,
                     called,
                     updated_at,
                 }| LineRecord {
                    zone,
                    issued: count(issued),
                    called: count(called),
                    updated_at,
                },
            )
            .collect())
    }

    async fn take_ticket(
        &self,
        line: Line<'_>,
        id: &TicketId,
        user_id: i64,
        now: i64,
    ) -> Result<Result<TicketRecord, u32>, StoreError> {
        let mut tx = self.write("begin taking a number").await?;
        insert_line(&mut *tx, line, now).await?;
        let waiting: Option<i64> = sqlx::query_scalar(
            "SELECT t.sequence FROM tickets t
             JOIN queue_lines l ON l.hall = t.hall AND l.zone = t.zone AND l.date = t.date
             WHERE t.user_id = ? AND t.hall = ? AND t.zone = ? AND t.date = ? AND t.sequence > l.called",
        )
        .bind(user_id)
        .bind(line.hall)
        .bind(line.zone)
        .bind(line.date)
        .fetch_optional(&mut *tx)
        .await
        .doing("look for a person's waiting number")?;
        if let Some(sequence) = waiting {
            return Ok(Err(count(sequence)));
        }
        let (sequence, called): (i64, i64) = sqlx::query_as(
            "UPDATE queue_lines SET issued = issued + 1, updated_at = ?
             WHERE hall = ? AND zone = ? AND date = ? RETURNING issued, called",
        )
        .bind(now)
        .bind(line.hall)
        .bind(line.zone)
        .bind(line.date)
        .fetch_one(&mut *tx)
        .await
        .doing("issue a number")?;
        sqlx::query(
            "INSERT INTO tickets (id, user_id, hall, zone, date, sequence, taken_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(user_id)
        .bind(line.hall)
        .bind(line.zone)
        .bind(line.date)
        .bind(sequence)
        .bind(now)
        .execute(&mut *tx)
        .await
        .doing("store a ticket")?;
        tx.commit().await.doing("commit taking a number")?;
        Ok(Ok(TicketRecord {
            id: id.to_owned(),
            hall: line.hall.to_owned(),
            zone: line.zone.to_owned(),
            date: line.date.to_owned(),
            sequence: count(sequence),
            taken_at: now,
            called_to: None,
            line_called: count(called),
        }))
    }

    async fn call_next(
        &self,
        line: Line<'_>,
        window: &(dyn Fn(u32) -> String + Send + Sync),
        now: i64,
    ) -> Result<Option<u32>, StoreError> {
        let mut tx = self.write("begin calling a number").await?;
        insert_line(&mut *tx, line, now).await?;
        let called: Option<i64> = sqlx::query_scalar(
            "UPDATE queue_lines SET called = called + 1, updated_at = ?
             WHERE hall = ? AND zone = ? AND date = ? AND called < issued RETURNING called",
        )
        .bind(now)
        .bind(line.hall)
        .bind(line.zone)
        .bind(line.date)
        .fetch_optional(&mut *tx)
        .await
        .doing("call a number")?;
        let Some(called) = called.map(count) else {
            return Ok(None);
        };
        record_call(&mut tx, line, called, &window(called)).await?;
        tx.commit().await.doing("commit calling a number")?;
        Ok(Some(called))
    }

    async fn add_walk_ins(
        &self,
        line: Line<'_>,
        walk_ins: u32,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.write("begin issuing numbers").await?;
        insert_line(&mut *tx, line, now).await?;
        sqlx::query(
            "UPDATE queue_lines SET issued = issued + ?, updated_at = ?
             WHERE hall = ? AND zone = ? AND date = ?",
        )
        .bind(i64::from(walk_ins))
        .bind(now)
        .bind(line.hall)
        .bind(line.zone)
        .bind(line.date)
        .execute(&mut *tx)
        .await
        .doing("issue numbers at the hall")?;
        tx.commit().await.doing("commit issuing numbers")
    }

    async fn ticket(
        &self,
        id: &TicketId,
        user_id: i64,
    ) -> Result<Option<TicketRecord>, StoreError> {
        let row: Option<TicketRow> = sqlx::query_as(&format!(
            "{TICKET_COLUMNS} WHERE t.id = ? AND t.user_id = ?"
        ))
        .bind(id)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .doing("read a ticket")?;
        Ok(row.map(ticket_of))
    }

    async fn tickets_of(&self, user_id: i64, date: Date) -> Result<Vec<TicketRecord>, StoreError> {
        let rows: Vec<TicketRow> = sqlx::query_as(&format!(
            "{TICKET_COLUMNS} WHERE t.user_id = ? AND t.date = ? ORDER BY t.taken_at, t.id"
        ))
        .bind(user_id)
        .bind(date)
        .fetch_all(&self.pool)
        .await
        .doing("list a person's tickets")?;
        Ok(rows.into_iter().map(ticket_of).collect())
    }
}

async fn insert_line(
    executor: impl SqliteExecutor<'_>,
    line: Line<'_>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT OR IGNORE INTO queue_lines (hall, zone, date, issued, called, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(line.hall)
    .bind(line.zone)
    .bind(line.date)
    .bind(i64::from(line.head_start.issued))
    .bind(i64::from(line.head_start.called))
    .bind(now)
    .execute(executor)
    .await
    .doing("open a line")?;
    Ok(())
}

/// Notes on the ticket holding number `sequence`, if one does, the window it
/// was called to.
async fn record_call(
    tx: &mut SqliteConnection,
    line: Line<'_>,
    sequence: u32,
    window: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tickets SET called_to = ? WHERE hall = ? AND zone = ? AND date = ? AND sequence = ?",
    )
    .bind(window)
    .bind(line.hall)
    .bind(line.zone)
    .bind(line.date)
    .bind(i64::from(sequence))
    .execute(&mut *tx)
    .await
    .doing("note the window a ticket was called to")?;
    Ok(())
}
