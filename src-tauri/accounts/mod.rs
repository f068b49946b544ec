//! Who uses the app: registering, logging in by password or SMS code, the
//! profile, acting for an enterprise, and logging out. The session's tokens live
//! only in the OS keychain ([`keychain`]); nothing here returns a token, a
//! password or a full ID number to the UI, and no log line carries one.

mod keychain;
#[cfg(test)]
mod tests;

use std::future::Future;

use banshi_api::accounts::{
    Account, LoginRequest, Mobile, Profile, RegisterRequest, RegistrationConfirmation,
    RegistrationStarted, SmsCodeRequest, SmsCodeSent,
};
use banshi_api::forms::Address;
use tokio::sync::{Mutex, watch};

pub use keychain::{Keychain, KeychainError, StoredSession};

use crate::ShellError;
use crate::clock::now;
use crate::hall_api::{HallApi, HallClient};

/// The app's accounts state.
pub struct Accounts {
    keychain: Keychain,
    /// Held while the stored session is read and renewed. Two renewals at once
    /// would present one refresh token twice, which the hall takes for a stolen
    /// token and answers by ending the session.
    renewal: Mutex<()>,
    /// Told whenever whose session the keychain holds may have changed: a
    /// login, a logout, a session the hall ended.
    changes: watch::Sender<()>,
}

impl Accounts {
    pub fn new(data_dir: &std::path::Path) -> Self {
        Self {
            keychain: Keychain::for_profile(data_dir),
            renewal: Mutex::new(()),
            changes: watch::Sender::new(()),
        }
    }

    /// A receiver that is told whenever whose session it is may have changed
    /// (read [`Self::owner`] again then).
    pub fn changes(&self) -> watch::Receiver<()> {
        self.changes.subscribe()
    }

    fn changed(&self) {
        self.changes.send_replace(());
    }

    /// Starts registering an account: the hall texts a code to its mobile number.
    pub async fn register(
        &self,
        api: &HallApi,
        request: &RegisterRequest,
    ) -> Result<RegistrationStarted, ShellError> {
        api.client().await?.register(request).await
    }

    /// Finishes the registration of `request` with the code texted, and logs
    /// straight into the new account with its password.
    pub async fn confirm_registration(
        &self,
        api: &HallApi,
        request: RegisterRequest,
        sms_code: String,
    ) -> Result<Account, ShellError> {
        let confirmation = RegistrationConfirmation {
            mobile: request.mobile.clone(),
            sms_code,
        };
        api.client()
            .await?
            .confirm_registration(&confirmation)
            .await?;
        let login = LoginRequest {
            mobile: request.mobile,
            password: Some(request.password),
            sms_code: None,
        };
        self.log_in(api, &login).await
    }

    /// Sends a login code to `mobile`.
    pub async fn send_sms_code(
        &self,
        api: &HallApi,
        mobile: &str,
    ) -> Result<SmsCodeSent, ShellError> {
        let mobile = Mobile::parse(mobile)
            .map_err(|error| ShellError::invalid("请检查手机号码", error.field_error("mobile")))?;
        let request = SmsCodeRequest {
            mobile: mobile.as_str().to_owned(),
        };
        api.client().await?.send_sms_code(&request).await
    }

    /// Logs in, replacing any session held, as the user themself.
    pub async fn log_in(
        &self,
        api: &HallApi,
        request: &LoginRequest,
    ) -> Result<Account, ShellError> {
        let pair = api.client().await?.log_in(request).await?;
        {
            let _renewal = self.renewal.lock().await;
            self.keychain
                .save(&StoredSession::from_pair(pair, now()))
                .await?;
        }
        self.changed();
        tracing::info!("logged in");
        let profile = self.with_session(api, me).await?;
        self.remember_account(&profile).await?;
        Ok(Account {
            profile,
            acting_as: None,
            acting_for: None,
        })
    }

    /// Whose session the keychain holds, without asking the hall; `None` when
    /// logged out or not yet known.
    pub async fn owner(&self) -> Result<Option<String>, ShellError> {
        Ok(self
            .keychain
            .load()
            .await?
            .and_then(|session| session.account_id))
    }

    /// Keeps whose session it is beside it, so drafts can be told apart
    /// offline; answers the enterprise the session acts for.
    async fn remember_account(&self, profile: &Profile) -> Result<Option<String>, ShellError> {
        let _renewal = self.renewal.lock().await;
        let Some(session) = self.keychain.load().await? else {
            return Ok(None);
        };
        let acting_as = session.acting_as.clone();
        if session.account_id.as_deref() != Some(profile.account_id.as_str()) {
            self.keychain
                .save(&StoredSession {
                    account_id: Some(profile.account_id.clone()),
                    ..session
                })
                .await?;
            self.changed();
        }
        Ok(acting_as)
    }

    /// The account logged in, if any, as the hall knows it now.
    pub async fn current(&self, api: &HallApi) -> Result<Option<Account>, ShellError> {
        if self.keychain.load().await?.is_none() {
            return Ok(None);
        }
        let profile = self.with_session(api, me).await?;
        let acting_uscc = self.remember_account(&profile).await?;
        let acting_as = acting_uscc.and_then(|uscc| {
            // A membership the enterprise has since withdrawn falls back to oneself.
            profile.enterprises.iter().find(|e| e.uscc == uscc).cloned()
        });
        Ok(Some(Account {
            profile,
            acting_as,
            acting_for: None,
        }))
    }

    /// Acts from now on for the enterprise `uscc`, or as oneself for `None`.
    pub async fn act_as(&self, api: &HallApi, uscc: Option<String>) -> Result<Account, ShellError> {
        let profile = self.with_session(api, me).await?;
        let acting_as = match uscc {
            None => None,
            Some(uscc) => Some(
                profile
                    .enterprises
                    .iter()
                    .find(|e| e.uscc == uscc)
                    .cloned()
                    .ok_or(ShellError::NotAMember)?,
            ),
        };
        let _renewal = self.renewal.lock().await;
        let session = self.keychain.load().await?.ok_or(ShellError::NotLoggedIn)?;
        self.keychain
            .save(&StoredSession {
                acting_as: acting_as.as_ref().map(|e| e.uscc.clone()),
                ..session
            })
            .await?;
        Ok(Account {
            profile,
            acting_as,
            acting_for: None,
        })
    }

    /// Sets the address on file (forms fill it in); answers the account with it.
    pub async fn set_address(
        &self,
        api: &HallApi,
        address: Address,
    ) -> Result<Account, ShellError> {
        self.with_session(api, |client, token| {
            let address = address.clone();
            async move { client.set_address(&token, &address).await }
        })
        .await?;
        self.current(api).await?.ok_or(ShellError::NotLoggedIn)
    }

    /// Logs out: the hall revokes the session when it can be reached, and the
    /// keychain forgets it in any case.
    pub async fn log_out(&self, api: &HallApi) -> Result<(), ShellError> {
        let revoked = self
            .with_session(
                api,
                |client, token| async move { client.log_out(&token).await },
            )
            .await;
        if let Err(error) = revoked {
            tracing::warn!(%error, "the hall did not confirm the logout; forgetting the session anyway");
        }
        let _renewal = self.renewal.lock().await;
        self.keychain.clear().await?;
        self.changed();
        tracing::info!("logged out");
        Ok(())
    }

    /// Runs `call` with a live access token: renews an expired one first, and
    /// renews and retries once if the hall refuses the token. A session the hall
    /// no longer knows is forgotten and reported as ended, so the UI asks the
    /// user to log in again (keeping whatever they were doing).
    pub(crate) async fn with_session<T, F, Fut>(
        &self,
        api: &HallApi,
        call: F,
    ) -> Result<T, ShellError>
    where
        F: Fn(HallClient, String) -> Fut,
        Fut: Future<Output = Result<T, ShellError>>,
    {
        self.with_session_of(api, None, call).await
    }

    /// [`Self::with_session`], only while the session is `owner`'s (when
    /// given): what is done for one account never goes out under another's
    /// token, however the sessions change meanwhile. Another's session, or
    /// none whose owner is known, is [`ShellError::NotLoggedIn`].
    pub(crate) async fn with_session_of<T, F, Fut>(
        &self,
        api: &HallApi,
        owner: Option<&str>,
        call: F,
    ) -> Result<T, ShellError>
    where
        F: Fn(HallClient, String) -> Fut,
        Fut: Future<Output = Result<T, ShellError>>,
    {
        let client = api.client().await?;
        let token = self.access_token(client, owner, false).await?;
        match call(client.clone(), token).await {
            Err(error) if error.is_unauthorized() => {
                let token = self.access_token(client, owner, true).await?;
                call(client.clone(), token).await
            }
            other => other,
        }
    }

    /// The stored access token (of `owner`'s session, when given), renewed
    /// first when expired or when `renew`.
    async fn access_token(
        &self,
        client: &HallClient,
        owner: Option<&str>,
        renew: bool,
    ) -> Result<String, ShellError> {
        let _renewal = self.renewal.lock().await;
        let session = self.keychain.load().await?.ok_or(ShellError::NotLoggedIn)?;
        if owner.is_some_and(|owner| session.account_id.as_deref() != Some(owner)) {
            return Err(ShellError::NotLoggedIn);
        }
        if !renew && !session.access_expired(now()) {
            return Ok(session.access_token);
        }
        match client.refresh(&session.refresh_token).await {
            Ok(pair) => {
                let renewed = session.renewed(pair, now());
                self.keychain.save(&renewed).await?;
                Ok(renewed.access_token)
            }
            Err(error) if error.is_unauthorized() => {
                self.keychain.clear().await?;
                self.changed();
                tracing::info!("the session has ended; the user must log in again");
                Err(ShellError::SessionEnded)
            }
            Err(error) => Err(error),
        }
    }
}

async fn me(client: HallClient, token: String) -> Result<Profile, ShellError> {
    client.me(&token).await
}
