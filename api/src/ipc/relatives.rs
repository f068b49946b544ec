//! The commands of the relatives noun (亲友代办): the authorities the user
//! gave or was given, authorizing a relative, confirming one given, ending
//! one, and acting for the person who gave one.

use super::command;
use crate::accounts::Account;
use crate::ids::AuthorityId;
use crate::relatives::{RelativeAuthority, RelativeInvitation};

command! {
    /// Every authority the user gave or was given, the newest first.
    RelativesList = "relatives_list": () => Vec<RelativeAuthority>
}

command! {
    /// Authorizes a relative found by mobile; they are texted to confirm.
    RelativeAuthorize = "relative_authorize": RelativeInvitation => RelativeAuthority
}

command! {
    /// Confirms an authority given to the user.
    RelativeConfirm = "relative_confirm" { id: AuthorityId } => RelativeAuthority
}

command! {
    /// Ends an authority the user gave or was given.
    RelativeWithdraw = "relative_withdraw" { id: AuthorityId } => ()
}

command! {
    /// Acts from now on for the person who gave the authority `id`, or as
    /// oneself when `None`.
    AccountActFor = "account_act_for" { id: Option<AuthorityId> } => Account
}
