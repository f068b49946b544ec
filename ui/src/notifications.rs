//! The bell's state, shared by every page: the unread count and whether the
//! hall is reached, as the shell streams them (it follows the hall for the
//! account logged in), and a version that moves with every change so the
//! list reloads.

use banshi_api::ipc::notifications::NotificationsState;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::commands;

/// The bell's state; cheap to copy.
#[derive(Clone, Copy)]
pub struct Bell {
    pub unread: RwSignal<u32>,
    /// Whether the shell reached the hall the last time it tried.
    pub online: RwSignal<bool>,
    /// Moves with every state the shell sends.
    pub version: RwSignal<u64>,
}

impl Bell {
    /// Provides the state and starts the shell's watch (one for the app's life).
    pub fn provide() -> Self {
        let bell = Self {
            unread: RwSignal::new(0),
            online: RwSignal::new(true),
            version: RwSignal::new(0),
        };
        provide_context(bell);
        spawn_local(async move {
            let watched = commands::notifications_watch(move |state: NotificationsState| {
                bell.unread.set(state.unread);
                bell.online.set(state.online);
                bell.version.update(|version| *version += 1);
            })
            .await;
            if let Err(error) = watched {
                leptos::logging::warn!("the bell is not watched: {}", error.message);
            }
        });
        bell
    }
}

pub fn use_bell() -> Bell {
    expect_context::<Bell>()
}
