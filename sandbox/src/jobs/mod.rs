//! The work the server does beside answering requests, each until it stops:
//! moving the halls' queues during a demo, and deleting uploads never handed in.

pub mod queue_simulation;
pub mod upload_expiry;
