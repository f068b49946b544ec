//! What every domain shares: the connection to the hall and the accounts (whose
//! session signs the calls made for the user). Each domain owns a clone, so a
//! Tauri command needs its domain's state alone.

use std::future::Future;
use std::path::Path;
use std::sync::Arc;

use banshi_api::accounts::Account;

use crate::ShellError;
use crate::accounts::Accounts;
use crate::hall_api::{HallApi, HallClient};

/// The hall client and the accounts of this device profile; cheap to clone.
#[derive(Clone)]
pub struct Context {
    api: HallApi,
    accounts: Arc<Accounts>,
}

impl Context {
    /// The context of `api`, with the accounts of the profile in its data folder.
    pub fn new(api: HallApi) -> Self {
        let accounts = Arc::new(Accounts::new(api.data_dir()));
        Self { api, accounts }
    }

    pub fn api(&self) -> &HallApi {
        &self.api
    }

    pub fn accounts(&self) -> &Accounts {
        &self.accounts
    }

    /// The app's local store folder.
    pub fn data_dir(&self) -> &Path {
        self.api.data_dir()
    }

    /// The hall client, connecting first if no one has yet.
    pub async fn client(&self) -> Result<&HallClient, ShellError> {
        self.api.client().await
    }

    /// The account logged in, as the hall knows it now; an error when nobody is.
    pub async fn logged_in(&self) -> Result<Account, ShellError> {
        self.accounts
            .current(&self.api)
            .await?
            .ok_or(ShellError::NotLoggedIn)
    }

    /// Runs `call` with a live access token of the session (see
    /// [`Accounts::with_session`]).
    pub async fn with_session<T, F, Fut>(&self, call: F) -> Result<T, ShellError>
    where
        F: Fn(HallClient, String) -> Fut,
        Fut: Future<Output = Result<T, ShellError>>,
    {
        self.accounts.with_session(&self.api, call).await
    }

    /// Runs `call` as [`Self::with_session`] does, only while the session is
    /// `owner`'s (see [`Accounts::with_session_of`]).
    pub async fn with_session_of<T, F, Fut>(&self, owner: &str, call: F) -> Result<T, ShellError>
    where
        F: Fn(HallClient, String) -> Fut,
        Fut: Future<Output = Result<T, ShellError>>,
    {
        self.accounts
            .with_session_of(&self.api, Some(owner), call)
            .await
    }
}
