//! Who is using the app, shared by every page: the account as the shell last
//! reported it (the profile is masked; the UI never sees a token), whether that
//! is known yet, and whether a session has just ended.

use banshi_api::accounts::Account;
use banshi_api::{ApiError, ErrorCode};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::commands;

/// The account state; cheap to copy.
#[derive(Clone, Copy)]
pub struct AccountState {
    /// The account logged in; `None` when logged out (or not known yet).
    pub account: RwSignal<Option<Account>>,
    /// Whether the shell has answered at least once.
    pub known: RwSignal<bool>,
    /// Set when the hall ended the session; the login page says so.
    pub ended: RwSignal<bool>,
}

impl AccountState {
    /// Provides the state and asks the shell who is logged in.
    pub fn provide() -> Self {
        let state = Self {
            account: RwSignal::new(None),
            known: RwSignal::new(false),
            ended: RwSignal::new(false),
        };
        provide_context(state);
        state.reload();
        state
    }

    /// Asks the shell again (it renews the session if need be).
    pub fn reload(self) {
        spawn_local(async move {
            let answer = commands::account_current().await;
            match answer {
                // Unchanged stays untouched, so nothing on screen is redrawn under the user's finger.
                Ok(account) if self.account.with_untracked(|held| *held != account) => {
                    self.account.set(account)
                }
                Ok(_) => {}
                Err(error) => self.absorb(&error),
            }
            self.known.set(true);
        });
    }

    /// The account as a command just returned it.
    pub fn set(self, account: Account) {
        self.ended.set(false);
        self.account.set(Some(account));
    }

    /// Takes note of an error from a command that needs the session: an ended
    /// session logs the UI out (the page and whatever was typed stay, and the
    /// login page says why); anything else changes nothing.
    pub fn absorb(self, error: &ApiError) {
        if error.code == ErrorCode::Unauthorized {
            self.account.set(None);
            self.ended.set(true);
        }
    }

    /// Logged out by the user.
    pub fn clear(self) {
        self.ended.set(false);
        self.account.set(None);
    }
}

pub fn use_account() -> AccountState {
    expect_context::<AccountState>()
}
