//! The command of the public lookup (办件查询); no login.

use banshi_api::ipc::lookup::ApplicationLookup;
use tauri::State;

use super::{Answer, Args};
use crate::context::Context;

#[tauri::command]
pub async fn application_lookup(
    ctx: State<'_, Context>,
    args: Args<ApplicationLookup>,
) -> Answer<ApplicationLookup> {
    Ok(crate::lookup::lookup(&ctx, args).await?)
}
