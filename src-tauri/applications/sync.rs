//! Drafts follow the account: this device's drafts and the account's at the
//! hall brought together (the newest change wins, deletions travel), and the
//! work done in the background while the app runs: the outbox sent, pages
//! uploaded, drafts synced.

use banshi_api::applications::Draft;

use super::Applications;
use crate::ShellError;

/// How often the outbox is tried and the drafts synced with the account.
const OUTBOX_INTERVAL: std::time::Duration = std::time::Duration::from_secs(15);

impl Applications {
    /// Brings this device's drafts and the account's at the hall together: a
    /// deletion made here goes to the hall with its time; of two versions of a
    /// draft the newer change wins, wherever it was made, and a deletion is a
    /// change too: a draft deleted or submitted elsewhere goes from here,
    /// unless it changed here after that. Does nothing while nobody is logged in.
    pub async fn sync(&self) -> Result<(), ShellError> {
        let Some(owner) = self.ctx.accounts().owner().await? else {
            return Ok(());
        };
        let store = self.store().await?;
        for (id, deleted_at) in store.deleted(&owner).await? {
            self.ctx
                .with_session(|client, token| {
                    let id = id.clone();
                    async move { client.delete_draft(&token, &id, deleted_at).await }
                })
                .await?;
            store.forget_deleted(&id).await?;
        }
        let remote = self
            .ctx
            .with_session(|client, token| async move { client.drafts(&token).await })
            .await?;
        let local: Vec<Draft> = store
            .list()
            .await?
            .into_iter()
            .filter(|draft| draft.owner.as_deref() == Some(owner.as_str()))
            // A correction stays on the device that opened it.
            .filter(|draft| draft.correcting.is_none())
            .collect();
        for theirs in &remote {
            let ours = local.iter().find(|draft| draft.id == theirs.id);
            if ours.is_none_or(|ours| ours.updated_at < theirs.updated_at) {
                self.keep_synced(theirs.clone(), &owner).await?;
            }
        }
        for ours in &local {
            let held = remote.iter().find(|theirs| theirs.id == ours.id);
            if ours.synced && held.is_none() && !ours.outbox {
                self.drop_unless_changed(ours).await?;
            } else if !ours.synced && held.is_none_or(|theirs| theirs.updated_at <= ours.updated_at)
            {
                let kept = self
                    .ctx
                    .with_session(
                        |client, token| async move { client.put_draft(&token, ours).await },
                    )
                    .await;
                match kept {
                    Ok(kept) => self.keep_synced(kept, &owner).await?,
                    // Deleted or submitted on another device after this
                    // change: it goes here too (a submit waiting here stays).
                    Err(ShellError::Refused { status: 410, .. }) if !ours.outbox => {
                        self.drop_unless_changed(ours).await?;
                    }
                    Err(error) => return Err(error),
                }
            }
        }
        Ok(())
    }

    /// Stores `draft` as the hall holds it, unless this device changed it
    /// since (a newer change here wins and goes up at the next sync).
    async fn keep_synced(&self, mut draft: Draft, owner: &str) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let current = store.get(draft.id.as_str()).await?;
        if current
            .as_ref()
            .is_some_and(|c| c.updated_at > draft.updated_at)
        {
            return Ok(());
        }
        draft.owner = Some(owner.to_owned());
        draft.synced = true;
        // The outbox is this device's own business.
        draft.outbox = current.is_some_and(|c| c.outbox);
        store.put(&draft).await?;
        Ok(())
    }

    /// Deletes a draft the hall no longer holds, unless it changed here since
    /// it was `seen`. Not remembered as a deletion: the hall has none to do.
    async fn drop_unless_changed(&self, seen: &Draft) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        if let Some(current) = store.get(seen.id.as_str()).await?
            && current.updated_at <= seen.updated_at
        {
            store.forget(current.id.as_str()).await?;
            self.remove_pages(current.id.as_str()).await;
        }
        Ok(())
    }
}

/// Sends the outbox, uploads the pages waiting and syncs the drafts with the
/// account now and then, for as long as the app runs.
pub fn sync_in_background(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(OUTBOX_INTERVAL).await;
            round(&app).await;
        }
    });
}

/// Does a round of that work now, in the background: a page just added
/// reaches the hall, and the account's other devices, without waiting.
pub fn sync_soon(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move { round(&app).await });
}

/// One round of background work; rounds never overlap.
async fn round(app: &tauri::AppHandle) {
    use tauri::Manager;
    static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _round = ONE_AT_A_TIME.lock().await;
    let Some(applications) = app.try_state::<Applications>() else {
        return;
    };
    let sent = applications.send_outbox().await;
    if !sent.is_empty() {
        tracing::info!(count = sent.len(), "applications sent from the outbox");
    }
    if let Err(error) = applications.upload_waiting().await {
        tracing::debug!(%error, "the pages waiting were not uploaded this time");
    }
    if let Err(error) = applications.sync().await {
        tracing::debug!(%error, "the drafts were not synced with the account this time");
    }
}
