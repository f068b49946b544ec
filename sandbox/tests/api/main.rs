//! API tests of the sandbox: each test starts the real server on port 0 with its
//! own fresh database and talks HTTP to it.

mod accounts;
mod applications;
mod attacks;
mod bookings;
mod burst;
mod catalog;
mod clock;
mod consultations;
mod delivery;
mod drafts;
mod enterprises;
mod halls;
mod helpers;
mod openapi;
mod ownership;
mod progress;
mod queue;
mod ratings;
mod relatives;
mod uploads;
