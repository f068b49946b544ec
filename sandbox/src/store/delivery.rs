//! EMS delivery: ordering a parcel for an application (numbered with its
//! waybill, at most one of each kind per application), reading one and a
//! person's, moving one a stage on with its tracking event and its
//! follower's notification in one step, and the addresses people keep.

use async_trait::async_trait;
use banshi_api::delivery::{
    CollectionWindow, DeliveryKind, DeliveryOrder, DeliveryStage, Recipient, SavedAddress,
    TrackingEvent,
};
use banshi_api::ids::{AddressId, Waybill};

use super::applications::NewNotification;
use super::error::StoreError;
use super::idempotency::HeldKey;

/// A parcel as ordering stores it.
pub struct NewDelivery<'a> {
    pub application_id: i64,
    pub user_id: i64,
    pub kind: DeliveryKind,
    pub recipient: &'a Recipient,
    pub window: Option<CollectionWindow>,
    pub fee_fen: u32,
    pub originals: &'a [String],
    pub ordered_at: i64,
}

/// A parcel as kept, with what the courier needs.
#[derive(Debug, Clone)]
pub struct DeliveryRecord {
    pub id: i64,
    pub application_id: i64,
    pub user_id: i64,
    /// When its last event happened (its ordering at first).
    pub moved_at: i64,
    /// Failed attempts to deliver so far.
    pub failures: u32,
    pub order: DeliveryOrder,
}

/// One move of a parcel, stored with its event and notification.
pub struct DeliveryMove<'a> {
    pub delivery_id: i64,
    /// The stage it must still be at; another move meanwhile stores nothing.
    pub from: DeliveryStage,
    pub event: &'a TrackingEvent,
    pub notification: &'a NewNotification,
}

/// Why an order stored nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ordered {
    Done(Box<DeliveryOrder>),
    /// The application has a parcel of that kind already.
    Duplicate(Waybill),
}

#[async_trait]
pub trait DeliveryStore: Send + Sync {
    /// Orders a parcel with its waybill, completing `key` with it;
    /// [`Ordered::Duplicate`] (storing nothing, the key left held) when the
    /// application has one of that kind.
    async fn create_delivery(
        &self,
        new: &NewDelivery<'_>,
        key: &HeldKey,
    ) -> Result<Ordered, StoreError>;

    /// A parcel by its waybill, with its events.
    async fn delivery(&self, waybill: &Waybill) -> Result<Option<DeliveryRecord>, StoreError>;

    /// An application's parcels, the oldest first.
    async fn deliveries_of_application(
        &self,
        application_id: i64,
    ) -> Result<Vec<DeliveryOrder>, StoreError>;

    /// A person's parcels, the newest first.
    async fn deliveries_of(&self, user_id: i64) -> Result<Vec<DeliveryOrder>, StoreError>;

    /// Every parcel not yet delivered, for the courier.
    async fn deliveries_under_way(&self) -> Result<Vec<DeliveryRecord>, StoreError>;

    /// A new recipient (and window) while the parcel is still `ordered`;
    /// `false`, storing nothing, once it is not.
    async fn change_delivery(
        &self,
        delivery_id: i64,
        recipient: &Recipient,
        window: Option<CollectionWindow>,
    ) -> Result<bool, StoreError>;

    /// Moves a parcel on with its event and notification; `None`, storing
    /// nothing, when it is no longer at `from`; else the notification's id.
    async fn move_delivery(&self, step: &DeliveryMove<'_>) -> Result<Option<i64>, StoreError>;

    /// A person's saved addresses, the default first, then the oldest first.
    async fn saved_addresses(&self, user_id: i64) -> Result<Vec<SavedAddress>, StoreError>;

    /// Keeps a new address (the default if asked or if it is the first;
    /// the others then are not); `false`, storing nothing, when the person
    /// keeps `limit` already.
    async fn add_address(
        &self,
        user_id: i64,
        address: &SavedAddress,
        at: i64,
        limit: usize,
    ) -> Result<bool, StoreError>;

    /// Changes a person's address (making it the default if asked); `false`
    /// when they have no such address.
    async fn update_address(
        &self,
        user_id: i64,
        address: &SavedAddress,
    ) -> Result<bool, StoreError>;

    /// Removes a person's address; if it was the default, the oldest left
    /// becomes it. `false` when they have no such address.
    async fn remove_address(&self, user_id: i64, id: &AddressId) -> Result<bool, StoreError>;
}
