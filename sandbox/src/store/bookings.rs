//! Bookings: the places of each slot, taken and given back only
//! atomically together with the per-person rules, and the bookings that hold them.

use async_trait::async_trait;
use banshi_api::bookings::Booking;
use banshi_api::dates::Date;
use banshi_api::ids::{BookingId, HallCode, ItemCode};

use super::error::StoreError;
use super::idempotency::HeldKey;
/// One slot of one item at one hall.
#[derive(Debug, Clone, Copy)]
pub struct SlotKey<'a> {
    pub hall: &'a HallCode,
    pub item_code: &'a ItemCode,
    pub date: Date,
    /// `HH:MM`
    pub starts: &'a str,
}

/// A slot's places as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotPlaces {
    pub date: Date,
    pub starts: String,
    pub capacity: u32,
    pub booked: u32,
}

/// A slot to take a place in: which, when it ends, and the places it opens
/// with if nobody has booked it yet.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub slot: SlotKey<'a>,
    /// `HH:MM`
    pub ends: &'a str,
    pub capacity: u32,
}

/// A booking as booking stores it.
pub struct NewBooking<'a> {
    pub id: &'a BookingId,
    pub user_id: i64,
    pub hall_name: &'a str,
    pub item_name: &'a str,
    pub place: Place<'a>,
    /// A random check-in code; the first one from it that is free that day at
    /// the hall is given.
    pub check_in_code: &'a str,
    pub now: i64,
    /// Now in China as `YYYY-MM-DDTHH:MM`: bookings that start later are open.
    pub now_text: &'a str,
    /// The key the booking came under, completed with it.
    pub key: &'a HeldKey,
}

/// Why a change of bookings was refused; nothing was changed.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The person holds this very slot already.
    AlreadyBooked,
    /// The person holds another booking at the same date and time.
    SameTime { item_name: String },
    /// The person holds [`banshi_api::bookings::MAX_OPEN_BOOKINGS`] open bookings already.
    TooMany,
    /// Every place of the slot is taken.
    Full,
    /// The booking's slot has begun (or is over).
    Started,
    /// The booking was cancelled.
    Cancelled,
    /// The new slot is the one the booking holds.
    SameSlot,
    /// The person has checked in for the visit.
    CheckedIn,
}

/// Why the hall's kiosk checked no booking in by a code; nothing was changed.
#[derive(Debug, PartialEq, Eq)]
pub enum NotCheckedIn {
    /// No booking at the hall holds the code.
    NoSuchCode,
    /// The booking of that code today was cancelled.
    Cancelled,
    /// The booking of that code today is checked in already.
    AlreadyIn,
    /// The code is of a booking on another day.
    OtherDay(Date),
}

/// Where bookings are kept.
#[async_trait]
pub trait BookingStore: Send + Sync {
    /// Creates the slot's row with `capacity` places unless it has one; a slot
    /// that exists keeps its own capacity.
    async fn open_slot(&self, slot: SlotKey<'_>, capacity: u32) -> Result<(), StoreError>;

    /// The stored places of an item's slots at a hall from `first` to `last`
    /// (inclusive); slots nobody has booked may have no row.
    async fn slot_places(
        &self,
        hall: &HallCode,
        item_code: &ItemCode,
        first: Date,
        last: Date,
    ) -> Result<Vec<SlotPlaces>, StoreError>;

    /// Takes a place for a person, unless they hold that time already or too
    /// many open bookings, or the slot is full.
    async fn book(&self, new: &NewBooking<'_>) -> Result<Result<Booking, Refusal>, StoreError>;

    /// A person's bookings, by date and time.
    async fn bookings_of(&self, user_id: i64) -> Result<Vec<Booking>, StoreError>;

    /// The booking `id` of `user_id`; another person's booking is not there for them.
    async fn booking(&self, id: &BookingId, user_id: i64) -> Result<Option<Booking>, StoreError>;

    /// Cancels a booking and gives its place back; a cancelled one is answered
    /// as it is. `None` when the person has no such booking.
    async fn cancel_booking(
        &self,
        id: &BookingId,
        user_id: i64,
        now_text: &str,
    ) -> Result<Option<Result<Booking, Refusal>>, StoreError>;

    /// Moves a booking to `place` (a slot of the same hall and item): the new
    /// place is taken first and only then the old one given back, in one
    /// transaction, so a full slot leaves the booking as it was. `None` when
    /// the person has no such booking.
    async fn reschedule(
        &self,
        id: &BookingId,
        user_id: i64,
        place: Place<'_>,
        now_text: &str,
    ) -> Result<Option<Result<Booking, Refusal>>, StoreError>;

    /// Checks in the booking at `hall` on `today` that holds `code`, at `now`.
    async fn check_in(
        &self,
        hall: &HallCode,
        code: &str,
        today: Date,
        now: i64,
    ) -> Result<Result<Booking, NotCheckedIn>, StoreError>;
}
