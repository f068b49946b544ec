//! The commands of the accounts noun. Passwords and SMS codes come in from the
//! login and registration forms; only the (masked) profile goes back out.

use banshi_api::ipc::accounts::{
    AccountActAs, AccountConfirmRegistration, AccountCurrent, AccountLogIn, AccountLogOut,
    AccountRegister, AccountSendSmsCode, AccountSetAddress,
};
use tauri::State;

use super::{Answer, Args};
use crate::context::Context;

#[tauri::command]
pub async fn account_register(
    ctx: State<'_, Context>,
    args: Args<AccountRegister>,
) -> Answer<AccountRegister> {
    Ok(ctx.accounts().register(ctx.api(), &args).await?)
}

#[tauri::command]
pub async fn account_confirm_registration(
    ctx: State<'_, Context>,
    args: Args<AccountConfirmRegistration>,
) -> Answer<AccountConfirmRegistration> {
    Ok(ctx
        .accounts()
        .confirm_registration(ctx.api(), args.request, args.sms_code)
        .await?)
}

#[tauri::command]
pub async fn account_log_in(
    ctx: State<'_, Context>,
    args: Args<AccountLogIn>,
) -> Answer<AccountLogIn> {
    Ok(ctx.accounts().log_in(ctx.api(), &args).await?)
}

#[tauri::command]
pub async fn account_send_sms_code(
    ctx: State<'_, Context>,
    args: Args<AccountSendSmsCode>,
) -> Answer<AccountSendSmsCode> {
    Ok(ctx
        .accounts()
        .send_sms_code(ctx.api(), &args.mobile)
        .await?)
}

#[tauri::command]
pub async fn account_current(ctx: State<'_, Context>) -> Answer<AccountCurrent> {
    Ok(ctx.accounts().current(ctx.api()).await?)
}

#[tauri::command]
pub async fn account_act_as(
    ctx: State<'_, Context>,
    args: Args<AccountActAs>,
) -> Answer<AccountActAs> {
    Ok(ctx.accounts().act_as(ctx.api(), args.uscc).await?)
}

#[tauri::command]
pub async fn account_set_address(
    ctx: State<'_, Context>,
    args: Args<AccountSetAddress>,
) -> Answer<AccountSetAddress> {
    Ok(ctx.accounts().set_address(ctx.api(), args).await?)
}

#[tauri::command]
pub async fn account_log_out(ctx: State<'_, Context>) -> Answer<AccountLogOut> {
    Ok(ctx.accounts().log_out(ctx.api()).await?)
}
