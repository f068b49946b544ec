//! The hall's rules, one module per domain, knowing nothing of HTTP or SQL:
//! the routes call them with what they extracted, and they work through the
//! store and file traits they are given. The pure pieces they share (the
//! calendar, credentials, rate limits, texts) are here too.

pub mod accounts;
pub mod applications;
pub mod bookings;
pub mod calendar;
pub mod catalog;
pub mod consultations;
pub mod credentials;
pub mod delivery;
pub mod documents;
pub mod drafts;
pub mod enterprises;
pub mod halls;
pub mod idempotency;
pub mod limits;
pub mod notifications;
pub mod queue;
pub mod ratings;
pub mod relatives;
pub mod sms;
pub mod uploads;
