//! 亲友代办 on the device: the authorities the user gave or was given,
//! authorizing a relative, confirming one given, ending one. The hall checks
//! every rule (a registered relative, a last day, one open authority per
//! pair); acting for the person who gave one is the accounts' (see
//! `Accounts::act_for`), as acting for an enterprise is.

use banshi_api::ids::AuthorityId;
use banshi_api::relatives::{RelativeAuthority, RelativeInvitation};

use crate::ShellError;
use crate::context::Context;

/// The app's relatives state.
pub struct Relatives {
    ctx: Context,
}

impl Relatives {
    pub fn new(ctx: Context) -> Self {
        Self { ctx }
    }

    /// Every authority the user gave or was given, the newest first.
    pub async fn list(&self) -> Result<Vec<RelativeAuthority>, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.relatives(&token).await })
            .await
    }

    pub async fn authorize(
        &self,
        invitation: &RelativeInvitation,
    ) -> Result<RelativeAuthority, ShellError> {
        self.ctx
            .with_session(|client, token| async move {
                client.authorize_relative(&token, invitation).await
            })
            .await
    }

    pub async fn confirm(&self, id: &AuthorityId) -> Result<RelativeAuthority, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.confirm_authority(&token, id).await })
            .await
    }

    /// Ends an authority; acting for its person stops with it.
    pub async fn withdraw(&self, id: &AuthorityId) -> Result<(), ShellError> {
        self.ctx
            .with_session(
                |client, token| async move { client.withdraw_authority(&token, id).await },
            )
            .await
    }
}
