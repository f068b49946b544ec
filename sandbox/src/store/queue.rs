//! The live queue: each line's numbers issued and called on a day, moved
//! atomically, and the numbers people took in the app (tickets) with the window
//! each was called to.

use async_trait::async_trait;
use banshi_api::dates::Date;
use banshi_api::ids::{HallCode, TicketId};

use super::error::StoreError;

/// One line (a zone of a hall on a day) and how it starts the first time it is
/// used that day.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub hall: &'a HallCode,
    /// The zone letter, e.g. `A`.
    pub zone: &'a str,
    pub date: Date,
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
    pub id: TicketId,
    pub hall: HallCode,
    pub zone: String,
    pub date: Date,
    pub sequence: u32,
    pub taken_at: i64,
    /// The window it was called to, once called.
    pub called_to: Option<String>,
    /// Numbers its line has called so far.
    pub line_called: u32,
}

/// Where the queue are kept.
#[async_trait]
pub trait QueueStore: Send + Sync {
    /// Starts the line with its head start unless it was used already that day.
    async fn open_line(&self, line: Line<'_>, now: i64) -> Result<(), StoreError>;

    /// The lines of a hall on `date` that have been used.
    async fn lines(&self, hall: &HallCode, date: Date) -> Result<Vec<LineRecord>, StoreError>;

    /// Issues the next number of the line to a person as ticket `id`, unless they
    /// hold one still waiting there (`Err` with its sequence).
    async fn take_ticket(
        &self,
        line: Line<'_>,
        id: &TicketId,
        user_id: i64,
        now: i64,
    ) -> Result<Result<TicketRecord, u32>, StoreError>;

    /// Calls the line's next waiting number to `window`; the number called, or
    /// `None` when nobody waits.
    async fn call_next(
        &self,
        line: Line<'_>,
        window: &(dyn Fn(u32) -> String + Send + Sync),
        now: i64,
    ) -> Result<Option<u32>, StoreError>;

    /// Issues `walk_ins` numbers to people who took them at the hall's machine.
    async fn add_walk_ins(&self, line: Line<'_>, walk_ins: u32, now: i64)
    -> Result<(), StoreError>;

    /// The ticket `id` of `user_id`; another person's ticket is not there for them.
    async fn ticket(&self, id: &TicketId, user_id: i64)
    -> Result<Option<TicketRecord>, StoreError>;

    /// A person's tickets of `date`, in the order taken.
    async fn tickets_of(&self, user_id: i64, date: Date) -> Result<Vec<TicketRecord>, StoreError>;
}
