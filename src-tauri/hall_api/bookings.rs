//! The bookings routes of the hall API: a hall's slots for an item, and the
//! caller's bookings — made under an Idempotency-Key, moved, cancelled.

use banshi_api::bookings::{Booking, BookingRequest, RescheduleRequest, SlotDay, SlotsQuery};
use reqwest::Method;

use super::HallClient;
use super::client::encode_segment;
use crate::ShellError;

impl HallClient {
    /// The slots of `query.days` days from `query.date` at `hall` for an item.
    pub async fn slots(&self, hall: &str, query: &SlotsQuery) -> Result<Vec<SlotDay>, ShellError> {
        let path = format!("halls/{}/slots", encode_segment(hall));
        self.get("read the booking calendar", &path, query).await
    }

    /// Books a place under `key`; sending it again with the same key is harmless.
    pub async fn book(
        &self,
        access_token: &str,
        key: &str,
        request: &BookingRequest,
    ) -> Result<Booking, ShellError> {
        const ACTION: &str = "book a slot";
        self.call_with_key(ACTION, "bookings", request, access_token, key)
            .await
    }

    pub async fn bookings(&self, access_token: &str) -> Result<Vec<Booking>, ShellError> {
        const ACTION: &str = "list the bookings";
        self.call_for(
            ACTION,
            Method::GET,
            "bookings",
            None::<&()>,
            Some(access_token),
        )
        .await
    }

    pub async fn booking(&self, access_token: &str, id: &str) -> Result<Booking, ShellError> {
        const ACTION: &str = "read a booking";
        let path = format!("bookings/{}", encode_segment(id));
        self.call_for(ACTION, Method::GET, &path, None::<&()>, Some(access_token))
            .await
    }

    /// Moves a booking to another slot; the hall keeps the old one if the new one is taken.
    pub async fn reschedule(
        &self,
        access_token: &str,
        id: &str,
        request: &RescheduleRequest,
    ) -> Result<Booking, ShellError> {
        const ACTION: &str = "move a booking";
        let path = format!("bookings/{}", encode_segment(id));
        self.call_for(
            ACTION,
            Method::PATCH,
            &path,
            Some(request),
            Some(access_token),
        )
        .await
    }

    /// Cancels a booking, freeing its place; cancelling twice is harmless.
    pub async fn cancel_booking(
        &self,
        access_token: &str,
        id: &str,
    ) -> Result<Booking, ShellError> {
        const ACTION: &str = "cancel a booking";
        let path = format!("bookings/{}", encode_segment(id));
        self.call_for(
            ACTION,
            Method::DELETE,
            &path,
            None::<&()>,
            Some(access_token),
        )
        .await
    }
}
