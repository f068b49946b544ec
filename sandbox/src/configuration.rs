//! Where the sandbox listens and keeps its data, and the clock and queue pace of
//! a demo: flags first, then `BANSHI_SANDBOX_*` environment variables, then
//! compiled-in defaults (loopback only, real time).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;

use crate::clock;

/// The reference server of the Banshi hall API.
#[derive(Debug, Clone, Parser)]
#[command(name = "banshi-sandbox", version, about)]
pub struct Settings {
    /// Address to listen on. Port 0 picks a free port.
    #[arg(long, env = "BANSHI_SANDBOX_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Folder for the database and stored files; created and seeded when empty.
    #[arg(long, env = "BANSHI_SANDBOX_DATA", default_value = "sandbox-data")]
    pub data: PathBuf,
    /// Development only: expose sent SMS codes at `GET /api/v1/dev/sms-codes/{mobile}`.
    #[arg(long, env = "BANSHI_SANDBOX_DEV_SMS")]
    pub dev_sms: bool,
    /// Start the sandbox's clock at this China local time, `YYYY-MM-DDTHH:MM`,
    /// and let it run forward in real time; real time when absent. Held as Unix
    /// seconds.
    #[arg(long, env = "BANSHI_SANDBOX_CLOCK", value_parser = clock::parse_china_instant)]
    pub clock: Option<i64>,
    /// Seconds between simulated calls in each line of an open hall's queue;
    /// 0 turns the simulation off.
    #[arg(long, env = "BANSHI_SANDBOX_QUEUE_PACE", default_value_t = DEFAULT_QUEUE_PACE)]
    pub queue_pace: u64,
    /// Seconds between the steps the hall's staff take on each unfinished
    /// application during a demo; 0 turns the simulation off.
    #[arg(long, env = "BANSHI_SANDBOX_PROCESS_PACE", default_value_t = DEFAULT_PROCESS_PACE)]
    pub process_pace: u64,
    /// Seconds between the simulated EMS courier's rounds, each moving every
    /// parcel under way one step in the halls' working hours; 0 turns it off.
    #[arg(long, env = "BANSHI_SANDBOX_COURIER_PACE", default_value_t = DEFAULT_COURIER_PACE)]
    pub courier_pace: u64,
}

/// Seconds between simulated calls in each line unless told otherwise.
pub const DEFAULT_QUEUE_PACE: u64 = 20;

/// Seconds between the simulated staff's steps on an application in a demo.
pub const DEFAULT_PROCESS_PACE: u64 = 60;

/// Seconds between the simulated courier's rounds in a demo.
pub const DEFAULT_COURIER_PACE: u64 = 120;

impl Settings {
    /// Settings for a server on a free loopback port with its data in `data`,
    /// on real time with the queue simulated at the default pace and no
    /// applications moved but by their staff.
    pub fn loopback(data: impl Into<PathBuf>) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data: data.into(),
            dev_sms: false,
            clock: None,
            queue_pace: DEFAULT_QUEUE_PACE,
            // Tests of every crate start here, and act as staff themselves.
            process_pace: 0,
            courier_pace: 0,
        }
    }

    /// The SQLite database file inside the data folder.
    pub fn database_path(&self) -> PathBuf {
        self.data.join("sandbox.sqlite3")
    }
}
