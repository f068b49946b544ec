//! The commands of the accounts noun: registering, logging in and out, the
//! profile and acting for an enterprise.

use super::command;
use crate::accounts::{Account, LoginRequest, RegisterRequest, RegistrationStarted, SmsCodeSent};
use crate::forms::Address;

command! {
    /// Starts registering an account; the hall texts a code to its mobile number.
    AccountRegister = "account_register": RegisterRequest => RegistrationStarted
}

command! {
    /// Finishes a registration with the code texted, and logs into the account.
    AccountConfirmRegistration = "account_confirm_registration" {
        request: RegisterRequest,
        sms_code: String,
    } => Account
}

command! {
    /// Logs in with a password or an SMS code.
    AccountLogIn = "account_log_in": LoginRequest => Account
}

command! {
    /// Sends a login code to `mobile`.
    AccountSendSmsCode = "account_send_sms_code" { mobile: String } => SmsCodeSent
}

command! {
    /// The account logged in, or `None`.
    AccountCurrent = "account_current": () => Option<Account>
}

command! {
    /// Acts for the enterprise `uscc`, or as oneself when `None`.
    AccountActAs = "account_act_as" { uscc: Option<String> } => Account
}

command! {
    /// Sets the address on file; answers the account with it.
    AccountSetAddress = "account_set_address": Address => Account
}

command! {
    /// Logs out.
    AccountLogOut = "account_log_out": () => ()
}
