//! The work the server does beside answering requests, each until it stops:
//! moving the halls' queues and their applications during a demo, and deleting
//! uploads never handed in.

pub mod process_simulation;
pub mod queue_simulation;
pub mod upload_expiry;
