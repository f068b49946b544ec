//! EMS at work during a demo: every `pace` the courier moves each parcel under
//! way one step (originals collected, sorted, out for delivery, signed for;
//! a result once the hall has handed it over), in the halls' working hours,
//! each step told to its applicant. Tests leave it off
//! and move parcels through the staff's routes, or turn it on with a clock
//! set to a working morning.

use std::time::Duration;

use tokio::sync::watch;
use tokio::time::MissedTickBehavior;

use crate::routes::deliveries_of;
use crate::state::AppState;

/// Runs until `stopping` turns true or its sender is gone.
pub async fn run(state: AppState, pace: Duration, mut stopping: watch::Receiver<bool>) {
    let mut ticks = tokio::time::interval(pace);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    // The first tick is at once: let a parcel just ordered be seen waiting.
    ticks.tick().await;
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stopping.changed() => return,
        }
        if let Err(error) = deliveries_of(&state).courier_round().await {
            tracing::warn!(error = ?error, "the courier simulation skipped a round");
        }
    }
}
