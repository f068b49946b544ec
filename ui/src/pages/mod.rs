//! One module per screen, named after its domain.

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod catalog;
pub mod consultations;
pub mod home;
pub mod lookup;
pub mod me;
pub mod not_found;
pub mod notifications;
pub mod queue;
