//! The work the server does beside answering requests, each until it stops:
//! moving the halls' queues, their applications and their parcels during a
//! demo, and deleting uploads never handed in.

pub mod courier_simulation;
pub mod process_simulation;
pub mod queue_simulation;
pub mod upload_expiry;
