//! A hall's day during a demo: while a hall is open, every `pace` each of its
//! lines calls its next waiting number and now and then people take numbers at
//! the hall's machine, so the queue moves on screen. Each change is announced
//! to the queue's streams. Tests leave it off and call numbers as staff.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::MissedTickBehavior;

use crate::clock::{self, Clock};
use crate::domain::calendar;
use crate::domain::queue::{self, QueueChanges};
use crate::store::{Store, StoreError};

/// Runs until `stopping` turns true or its sender is gone.
pub async fn run(
    store: Arc<dyn Store>,
    clock: Clock,
    changes: QueueChanges,
    pace: Duration,
    mut stopping: watch::Receiver<bool>,
) {
    let mut ticks = tokio::time::interval(pace);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut rng = fastrand::Rng::new();
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stopping.changed() => return,
        }
        if let Err(error) = step(&*store, &clock, &changes, &mut rng).await {
            tracing::warn!(error = ?error, "the queue simulation skipped a step");
        }
    }
}

/// One call in every line of every open hall, and the walk-ins since the last.
async fn step(
    store: &dyn Store,
    clock: &Clock,
    changes: &QueueChanges,
    rng: &mut fastrand::Rng,
) -> Result<(), StoreError> {
    let now = clock.now();
    let date = clock::china_date(now);
    for hall in store.halls().await? {
        if !calendar::is_open_at(&hall, now) {
            continue;
        }
        for zone in queue::zones_of(&hall) {
            let line = zone.line(&hall.code, date);
            store
                .call_next(line, &|sequence| zone.window_for(sequence), now)
                .await?;
            // A little fewer come in than are called: lines shorten slowly
            // and are seldom empty.
            let walk_ins = [0, 0, 1, 1, 1, 2][rng.usize(..6)];
            if walk_ins > 0 {
                store.add_walk_ins(line, walk_ins, now).await?;
            }
        }
        changes.changed(&hall.code);
    }
    Ok(())
}
