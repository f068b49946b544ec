//! Queries of the live queue: each line's numbers issued and called on a day,
//! moved by single updates inside `BEGIN IMMEDIATE` transactions, and the
//! numbers people took in the app (tickets) with the window each was called to.

use sqlx::{SqliteConnection, SqliteExecutor};

use super::{Database, DbError, QueryContext};

/// One line (a zone of a hall on a day) and how it starts the first time it is
/// used that day.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub hall: &'a str,
    /// The zone letter, e.g. `A`.
    pub zone: &'a str,
    /// `YYYY-MM-DD`
    pub date: &'a str,
    pub head_start: HeadStart,
}

/// Numbers already issued and called when a line starts its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadStart {
    pub issued: u32,
    pub called: u32,
}

/// A line as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRecord {
    pub zone: String,
    pub issued: u32,
    pub called: u32,
    pub updated_at: i64,
}

/// A ticket, with how far its line has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRecord {
    pub id: String,
    pub hall: String,
    pub zone: String,
    pub date: String,
    pub sequence: u32,
    pub taken_at: i64,
    /// The window it was called to, once called.
    pub called_to: Option<String>,
    /// Numbers its line has called so far.
    pub line_called: u32,
}

const TICKET_COLUMNS: &str = "SELECT t.id, t.hall, t.zone, t.date, t.sequence, t.taken_at,
        t.called_to, l.called
    FROM tickets t JOIN queue_lines l ON l.hall = t.hall AND l.zone = t.zone AND l.date = t.date";

type TicketRow = (
    String,
    String,
    String,
    String,
    i64,
    i64,
    Option<String>,
    i64,
);

fn count(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

fn ticket_of(row: TicketRow) -> TicketRecord {
    let (id, hall, zone, date, sequence, taken_at, called_to, line_called) = row;
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

impl Database {
    /// Starts the line with its head start unless it was used already that day.
    pub async fn open_line(&self, line: Line<'_>, now: i64) -> Result<(), DbError> {
        insert_line(&self.pool, line, now).await
    }

    /// The lines of a hall on `date` that have been used.
    pub async fn lines(&self, hall: &str, date: &str) -> Result<Vec<LineRecord>, DbError> {
        let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(
            "SELECT zone, issued, called, updated_at FROM queue_lines WHERE hall = ? AND date = ?",
        )
        .bind(hall)
        .bind(date)
        .fetch_all(&self.pool)
        .await
        .doing("read a hall's lines")?;
        Ok(rows
            .into_iter()
            .map(|(zone, issued, called, updated_at)| LineRecord {
                zone,
                issued: count(issued),
                called: count(called),
                updated_at,
            })
            .collect())
    }

    /// Issues the next number of the line to a person as ticket `id`, unless they
    /// hold one still waiting there (`Err` with its sequence).
    pub async fn take_ticket(
        &self,
        line: Line<'_>,
        id: &str,
        user_id: i64,
        now: i64,
    ) -> Result<Result<TicketRecord, u32>, DbError> {
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

    /// Calls the line's next waiting number to `window`; the number called, or
    /// `None` when nobody waits.
    pub async fn call_next(
        &self,
        line: Line<'_>,
        window: impl FnOnce(u32) -> String,
        now: i64,
    ) -> Result<Option<u32>, DbError> {
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

    /// Issues `walk_ins` numbers to people who took them at the hall's machine.
    pub async fn add_walk_ins(
        &self,
        line: Line<'_>,
        walk_ins: u32,
        now: i64,
    ) -> Result<(), DbError> {
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

    /// The ticket `id` of `user_id`; another person's ticket is not there for them.
    pub async fn ticket(&self, id: &str, user_id: i64) -> Result<Option<TicketRecord>, DbError> {
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

    /// A person's tickets of `date`, in the order taken.
    pub async fn tickets_of(&self, user_id: i64, date: &str) -> Result<Vec<TicketRecord>, DbError> {
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
) -> Result<(), DbError> {
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
) -> Result<(), DbError> {
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
