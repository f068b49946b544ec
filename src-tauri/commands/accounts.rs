//! Commands of the accounts domain. Passwords and SMS codes come in from the
//! login and registration forms; only the (masked) profile goes back out.

use banshi_api::ApiError;
use banshi_api::accounts::{
    Account, LoginRequest, RegisterRequest, RegistrationStarted, SmsCodeSent,
};
use banshi_api::forms::Address;
use tauri::State;

use crate::accounts::Accounts;
use crate::hall_api::HallApi;

/// Starts registering an account; the hall texts a code to its mobile number.
#[tauri::command]
pub async fn account_register(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    request: RegisterRequest,
) -> Result<RegistrationStarted, ApiError> {
    Ok(accounts.register(&api, &request).await?)
}

/// Finishes a registration with the code texted, and logs into the account.
#[tauri::command]
pub async fn account_confirm_registration(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    request: RegisterRequest,
    sms_code: String,
) -> Result<Account, ApiError> {
    Ok(accounts
        .confirm_registration(&api, request, sms_code)
        .await?)
}

/// Logs in with a password or an SMS code.
#[tauri::command]
pub async fn account_log_in(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    request: LoginRequest,
) -> Result<Account, ApiError> {
    Ok(accounts.log_in(&api, &request).await?)
}

/// Sends a login code to `mobile`.
#[tauri::command]
pub async fn account_send_sms_code(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    mobile: String,
) -> Result<SmsCodeSent, ApiError> {
    Ok(accounts.send_sms_code(&api, &mobile).await?)
}

/// The account logged in, or `None`.
#[tauri::command]
pub async fn account_current(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
) -> Result<Option<Account>, ApiError> {
    Ok(accounts.current(&api).await?)
}

/// Acts for the enterprise `uscc`, or as oneself when absent.
#[tauri::command]
pub async fn account_act_as(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    uscc: Option<String>,
) -> Result<Account, ApiError> {
    Ok(accounts.act_as(&api, uscc).await?)
}

/// Sets the address on file.
#[tauri::command]
pub async fn account_set_address(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
    address: Address,
) -> Result<Account, ApiError> {
    Ok(accounts.set_address(&api, address).await?)
}

/// Logs out.
#[tauri::command]
pub async fn account_log_out(
    api: State<'_, HallApi>,
    accounts: State<'_, Accounts>,
) -> Result<(), ApiError> {
    Ok(accounts.log_out(&api).await?)
}
