//! The wrappers of the accounts noun's commands: registering, logging in and
//! out, the profile and acting for an enterprise.

use banshi_api::ApiError;
use banshi_api::accounts::{
    Account, LoginRequest, RegisterRequest, RegistrationStarted, SmsCodeSent,
};
use banshi_api::forms::Address;
use banshi_api::ipc::accounts::{
    AccountActAs, AccountConfirmRegistration, AccountCurrent, AccountLogIn, AccountLogOut,
    AccountRegister, AccountSendSmsCode, AccountSetAddress,
};

use super::invoke;

/// Starts registering an account: the hall texts a code to its mobile number.
pub async fn account_register(request: RegisterRequest) -> Result<RegistrationStarted, ApiError> {
    invoke::<AccountRegister>(&request).await
}

/// Finishes a registration with the code texted, and logs into the new account.
pub async fn account_confirm_registration(
    request: RegisterRequest,
    sms_code: String,
) -> Result<Account, ApiError> {
    invoke::<AccountConfirmRegistration>(&AccountConfirmRegistration { request, sms_code }).await
}

/// Logs in with a password or an SMS code.
pub async fn account_log_in(request: LoginRequest) -> Result<Account, ApiError> {
    invoke::<AccountLogIn>(&request).await
}

/// Sends a login code to `mobile`.
pub async fn account_send_sms_code(mobile: String) -> Result<SmsCodeSent, ApiError> {
    invoke::<AccountSendSmsCode>(&AccountSendSmsCode { mobile }).await
}

/// The account logged in, or `None`.
pub async fn account_current() -> Result<Option<Account>, ApiError> {
    invoke::<AccountCurrent>(&()).await
}

/// Acts for the enterprise `uscc`, or as oneself for `None`.
pub async fn account_act_as(uscc: Option<String>) -> Result<Account, ApiError> {
    invoke::<AccountActAs>(&AccountActAs { uscc }).await
}

/// Sets the address on file; answers the account with it.
pub async fn account_set_address(address: Address) -> Result<Account, ApiError> {
    invoke::<AccountSetAddress>(&address).await
}

/// Logs out.
pub async fn account_log_out() -> Result<(), ApiError> {
    invoke::<AccountLogOut>(&()).await
}
