//! The session's tokens in the operating system's keychain (Secret Service on
//! Linux, Keychain on macOS, Credential Manager on Windows) through `keyring`:
//! the only place they are ever written. There is no fallback to a file; without
//! a keychain, logging in fails with a message saying so.

use banshi_api::accounts::TokenPair;
use serde::{Deserialize, Serialize};

/// The keychain service every Banshi entry is filed under (the app identifier).
const SERVICE: &str = "org.banshi.app";

#[derive(Debug, thiserror::Error)]
pub enum KeychainError {
    #[error("the system keychain is unavailable")]
    Unavailable(#[source] keyring::Error),
    #[error("failed to {action} in the system keychain")]
    Access {
        action: &'static str,
        source: keyring::Error,
    },
    #[error("the session stored in the keychain is unreadable")]
    Corrupt(#[source] serde_json::Error),
    #[error("the keychain task stopped")]
    Task(#[from] tokio::task::JoinError),
}

/// What the keychain holds for a logged-in session: its tokens, and the
/// enterprise the user acts for in it (which ends with the session).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSession {
    pub access_token: String,
    /// Unix seconds.
    pub access_expires_at: i64,
    pub refresh_token: String,
    /// The credit code of the enterprise acted for; `None`: the user themself.
    #[serde(default)]
    pub acting_as: Option<String>,
    /// Whose session it is ([`banshi_api::accounts::Profile::account_id`]),
    /// known offline too; `None` until the hall has said.
    #[serde(default)]
    pub account_id: Option<String>,
}

impl StoredSession {
    /// A new session from its first `pair`, received at `now`: the user acts as themself.
    pub fn from_pair(pair: TokenPair, now: i64) -> Self {
        Self {
            access_token: pair.access_token,
            access_expires_at: now + pair.access_expires_in,
            refresh_token: pair.refresh_token,
            acting_as: None,
            account_id: None,
        }
    }

    /// The same session after rotating to `pair` at `now`.
    pub fn renewed(self, pair: TokenPair, now: i64) -> Self {
        Self {
            acting_as: self.acting_as,
            account_id: self.account_id,
            ..Self::from_pair(pair, now)
        }
    }

    /// Whether the access token is past, or within a minute of, its expiry.
    pub fn access_expired(&self, now: i64) -> bool {
        now + 60 >= self.access_expires_at
    }
}

/// Never prints a token.
impl std::fmt::Debug for StoredSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredSession")
            .field("access_expires_at", &self.access_expires_at)
            .field("acting_as", &self.acting_as)
            .finish_non_exhaustive()
    }
}

/// The keychain entry of one device profile: one data folder is one profile, so
/// two folders (or two test runs) never share a session.
#[derive(Debug, Clone)]
pub struct Keychain {
    account: String,
}

impl Keychain {
    pub fn for_profile(data_dir: &std::path::Path) -> Self {
        Self {
            account: format!("session {}", data_dir.display()),
        }
    }

    /// The stored session, if any.
    pub async fn load(&self) -> Result<Option<StoredSession>, KeychainError> {
        let account = self.account.clone();
        tokio::task::spawn_blocking(move || match entry(&account)?.get_password() {
            Ok(json) => serde_json::from_str(&json)
                .map(Some)
                .map_err(KeychainError::Corrupt),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(source) => Err(KeychainError::Access {
                action: "read the session",
                source,
            }),
        })
        .await?
    }

    /// Stores `session`, replacing any other.
    pub async fn save(&self, session: &StoredSession) -> Result<(), KeychainError> {
        let account = self.account.clone();
        let json = serde_json::to_string(session).map_err(KeychainError::Corrupt)?;
        tokio::task::spawn_blocking(move || {
            entry(&account)?
                .set_password(&json)
                .map_err(|source| KeychainError::Access {
                    action: "store the session",
                    source,
                })
        })
        .await?
    }

    /// Forgets the session; nothing stored is not an error.
    pub async fn clear(&self) -> Result<(), KeychainError> {
        let account = self.account.clone();
        tokio::task::spawn_blocking(move || match entry(&account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(source) => Err(KeychainError::Access {
                action: "delete the session",
                source,
            }),
        })
        .await?
    }
}

fn entry(account: &str) -> Result<keyring::Entry, KeychainError> {
    keyring::Entry::new(SERVICE, account).map_err(KeychainError::Unavailable)
}
