//! What every handler can reach: the store, the clock, the SMS gateway, the
//! uploads' files, the catalog snapshot once built, and the queue's and the
//! notifications' change announcements. Its own module, so the extractors and the routes both take
//! it from here and neither imports the other for it.

use std::sync::Arc;

use tokio::sync::{OnceCell, watch};

use crate::clock::Clock;
use crate::configuration::Settings;
use crate::domain::catalog::CachedSnapshot;
use crate::domain::notifications::FeedChanges;
use crate::domain::queue::QueueChanges;
use crate::domain::sms::SmsGateway;
use crate::files::FileStore;
use crate::files::local::LocalFolder;
use crate::store::Store;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// Where everything the hall knows is kept.
    pub store: Arc<dyn Store>,
    /// The catalog snapshot, assembled and compressed on first request; the
    /// catalog does not change while the server runs.
    pub snapshot: Arc<OnceCell<Arc<CachedSnapshot>>>,
    /// Sends texts; keeps them readable only on a development server (`--dev-sms`).
    pub sms: SmsGateway,
    /// Where the bytes of uploads are kept.
    pub files: Arc<dyn FileStore>,
    /// The sandbox's now, which every time-based rule goes by: sessions, codes,
    /// limits, idempotency claims, uploads, promised dates, bookings, the queue.
    pub clock: Clock,
    /// Announces changes of the halls' queues to their streams.
    pub queue_changes: QueueChanges,
    /// Announces that a person's notifications grew to their streams.
    pub feed_changes: FeedChanges,
    /// Turns true when the server stops; open streams end then.
    pub stopping: watch::Receiver<bool>,
}

impl AppState {
    /// The state of a server configured by `settings` over `store`, going by
    /// `clock`, whose streams end when `stopping` turns true.
    pub fn new(
        store: Arc<dyn Store>,
        settings: &Settings,
        clock: Clock,
        stopping: watch::Receiver<bool>,
    ) -> Self {
        Self {
            store,
            snapshot: Arc::default(),
            sms: SmsGateway::new(settings.dev_sms),
            files: Arc::new(LocalFolder::new(settings.data.join("uploads"))),
            clock,
            queue_changes: QueueChanges::default(),
            feed_changes: FeedChanges::default(),
            stopping,
        }
    }
}
