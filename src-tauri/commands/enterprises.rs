//! The commands of the enterprises noun (企业空间): the enterprise, its
//! staff, the audit, its matters and their export to the downloads folder.

use banshi_api::ipc::enterprises::{
    EnterpriseAudit, EnterpriseExport, EnterpriseGet, EnterpriseInvite, EnterpriseMatters,
    EnterpriseMemberChange, EnterpriseMemberRemove, EnterpriseMembers,
};
use tauri::{AppHandle, Manager, State};

use super::{Answer, Args};
use crate::ShellError;
use crate::enterprises::Enterprises;

#[tauri::command]
pub async fn enterprise_get(
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseGet>,
) -> Answer<EnterpriseGet> {
    Ok(enterprises.profile(&args.uscc).await?)
}

#[tauri::command]
pub async fn enterprise_members(
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseMembers>,
) -> Answer<EnterpriseMembers> {
    Ok(enterprises.members(&args.uscc).await?)
}

#[tauri::command]
pub async fn enterprise_invite(
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseInvite>,
) -> Answer<EnterpriseInvite> {
    Ok(enterprises.invite(&args.uscc, &args.invitation).await?)
}

#[tauri::command]
pub async fn enterprise_member_change(
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseMemberChange>,
) -> Answer<EnterpriseMemberChange> {
    Ok(enterprises
        .change(&args.uscc, &args.member, &args.change)
        .await?)
}

#[tauri::command]
pub async fn enterprise_member_remove(
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseMemberRemove>,
) -> Answer<EnterpriseMemberRemove> {
    Ok(enterprises.remove(&args.uscc, &args.member).await?)
}

#[tauri::command]
pub async fn enterprise_audit(
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseAudit>,
) -> Answer<EnterpriseAudit> {
    Ok(enterprises.audit(&args.uscc, &args.page).await?)
}

#[tauri::command]
pub async fn enterprise_matters(
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseMatters>,
) -> Answer<EnterpriseMatters> {
    Ok(enterprises.matters(&args.uscc, &args.query).await?)
}

#[tauri::command]
pub async fn enterprise_export(
    app: AppHandle,
    enterprises: State<'_, Enterprises>,
    args: Args<EnterpriseExport>,
) -> Answer<EnterpriseExport> {
    let downloads = app
        .path()
        .download_dir()
        .map_err(|_| ShellError::NoDownloadsFolder)?;
    Ok(enterprises
        .export(&args.uscc, &args.query, &downloads)
        .await?)
}
