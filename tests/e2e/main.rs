//! End-to-end journeys: the real app window under Xvfb, driven through
//! tauri-driver and WebKitWebDriver, against the embedded sandbox with a fresh
//! data folder per journey. Run by `.ci/test`, which provides the display, the
//! drivers and `--test-threads=1`.

mod accounts;
mod apply;
mod bookings;
mod catalog;
mod consultations;
mod delivery;
#[path = "../support/files.rs"]
mod files;
#[path = "../support/hall.rs"]
mod hall;
mod home;
mod lookup;
mod preferences;
mod progress;
mod ratings;
mod search;
mod world;
