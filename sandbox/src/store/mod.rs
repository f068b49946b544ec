//! Where the sandbox keeps what it knows, behind one trait per domain: the
//! rules ask for coarse operations (each one transaction where it must be
//! atomic) and never see SQL. [`sqlite`] is the first implementation; another
//! database sits beside it by implementing the same traits.

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod catalog;
pub mod consultations;
pub mod delivery;
pub mod drafts;
pub mod enterprises;
pub mod error;
pub mod halls;
pub mod idempotency;
pub mod limits;
pub mod queue;
pub mod ratings;
pub mod relatives;
pub mod seeding;
pub mod sqlite;
pub mod uploads;

pub use accounts::{
    AccountStore, Attempt, Confirmation, EnterpriseRecord, LicenceRecord, NewTokens, NewUser,
    PendingRegistration, Rotation, Session, Taken, UserRecord,
};
pub use applications::{
    ApplicationRecord, ApplicationStore, Handler, Moved, NewApplication, NewNotification,
    Transition,
};
pub use bookings::{BookingStore, NewBooking, NotCheckedIn, Place, Refusal, SlotKey, SlotPlaces};
pub use catalog::{CatalogStore, ItemFilter, Snapshot};
pub use consultations::{ConsultationRecord, ConsultationStore};
pub use delivery::{DeliveryMove, DeliveryRecord, DeliveryStore, NewDelivery, Ordered};
pub use drafts::DraftStore;
pub use enterprises::{
    AuditRecord, EnterpriseData, EnterpriseStore, MatterKey, MatterRecord, MattersFilter,
    StaffChangeRecord, StaffRecord, Standing,
};
pub use error::StoreError;
pub use halls::HallStore;
pub use idempotency::{Claim, HeldKey, IdempotencyStore};
pub use limits::{Hits, LimitStore};
pub use queue::{HeadStart, Line, LineRecord, QueueStore, TicketRecord};
pub use ratings::{RatingRecord, RatingStore};
pub use relatives::{AuthorityRecord, RelativeStore};
pub use seeding::SeedingStore;
pub use uploads::{UploadState, UploadStore};

/// Everything the rules need kept: the server holds one as `Arc<dyn Store>`.
pub trait Store:
    AccountStore
    + ApplicationStore
    + BookingStore
    + CatalogStore
    + ConsultationStore
    + DeliveryStore
    + DraftStore
    + EnterpriseStore
    + HallStore
    + IdempotencyStore
    + LimitStore
    + QueueStore
    + RatingStore
    + RelativeStore
    + SeedingStore
    + UploadStore
{
}

impl<T> Store for T where
    T: AccountStore
        + ApplicationStore
        + BookingStore
        + CatalogStore
        + ConsultationStore
        + DeliveryStore
        + DraftStore
        + EnterpriseStore
        + HallStore
        + IdempotencyStore
        + LimitStore
        + QueueStore
        + RatingStore
        + RelativeStore
        + SeedingStore
        + UploadStore
{
}
