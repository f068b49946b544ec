//! The commands of the relatives noun (亲友代办): listing, authorizing,
//! confirming and ending authorities, and acting for the person who gave one.

use banshi_api::ipc::relatives::{
    AccountActFor, RelativeAuthorize, RelativeConfirm, RelativeWithdraw, RelativesList,
};
use tauri::State;

use super::{Answer, Args};
use crate::context::Context;
use crate::relatives::Relatives;

#[tauri::command]
pub async fn relatives_list(relatives: State<'_, Relatives>) -> Answer<RelativesList> {
    Ok(relatives.list().await?)
}

#[tauri::command]
pub async fn relative_authorize(
    relatives: State<'_, Relatives>,
    args: Args<RelativeAuthorize>,
) -> Answer<RelativeAuthorize> {
    Ok(relatives.authorize(&args).await?)
}

#[tauri::command]
pub async fn relative_confirm(
    relatives: State<'_, Relatives>,
    args: Args<RelativeConfirm>,
) -> Answer<RelativeConfirm> {
    Ok(relatives.confirm(&args.id).await?)
}

#[tauri::command]
pub async fn relative_withdraw(
    relatives: State<'_, Relatives>,
    args: Args<RelativeWithdraw>,
) -> Answer<RelativeWithdraw> {
    Ok(relatives.withdraw(&args.id).await?)
}

#[tauri::command]
pub async fn account_act_for(
    ctx: State<'_, Context>,
    args: Args<AccountActFor>,
) -> Answer<AccountActFor> {
    Ok(ctx.accounts().act_for(ctx.api(), args.id).await?)
}
