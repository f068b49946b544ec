//! One module per screen, named after its domain.

pub mod account;
pub mod apply;
pub mod bookings;
pub mod catalog;
pub mod home;
pub mod me;
mod me_account;
mod me_address;
mod me_applications;
mod me_drafts;
pub mod not_found;
