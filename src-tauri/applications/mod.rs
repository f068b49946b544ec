//! Applying online: drafts that start from the item's form (prefilled from the
//! identity acted as) and are saved on every change, so an application survives
//! anything — a weak network, a crash, a killed app.

mod materials;
mod progress;
mod store;
mod sync;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use banshi_api::accounts::Account;
use banshi_api::applications::{
    Application, Delivery, Draft, DraftChange, DraftSummary, MaterialPage, SubmitRequest,
    SubmittedMaterial,
};
use banshi_api::dates::Date;
use banshi_api::enterprises::EnterpriseProfile;
use banshi_api::forms::{Answer, Answers, Form, PrefillKey};
use banshi_api::ids::{DraftId, ItemCode};
use tokio::sync::OnceCell;

pub use materials::MAX_PHOTO_BYTES;
pub use store::{DraftStore, DraftStoreError};
pub use sync::{sync_in_background, sync_soon};

use crate::ShellError;
use crate::clock::now_ms;
use crate::context::Context;
use crate::hall_api::upload_id;
use crate::retries::new_id;

/// A new draft's id (of an application or a question), chosen on the device
/// (its shape is held by a test of [`new_id`]).
pub(crate) fn new_draft_id() -> DraftId {
    DraftId::parse(&new_id()).expect("the device's ids have a draft id's shape")
}

/// How long listing the drafts waits for the account's before showing this device's.
const SYNC_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

/// The app's applications state: the draft store, opened on first use.
pub struct Applications {
    ctx: Context,
    path: PathBuf,
    store: OnceCell<DraftStore>,
    device: String,
    /// Held by every read-modify-write of a draft and by deleting one, so a save
    /// that races a submit can never bring the submitted draft back.
    writes: tokio::sync::Mutex<()>,
    /// Held while pages upload, so an upload in the background and one for a
    /// submit never send the same page twice.
    uploading: tokio::sync::Mutex<()>,
}

impl Applications {
    pub fn new(ctx: Context) -> Self {
        Self {
            path: ctx.data_dir().join("drafts.sqlite3"),
            ctx,
            store: OnceCell::new(),
            device: device_name(),
            writes: tokio::sync::Mutex::new(()),
            uploading: tokio::sync::Mutex::new(()),
        }
    }

    async fn store(&self) -> Result<&DraftStore, ShellError> {
        Ok(self
            .store
            .get_or_try_init(|| DraftStore::open(&self.path))
            .await?)
    }

    /// The draft of `item_code` for the identity acted as: the one in progress,
    /// or a new one from the item's form with what the identity already tells.
    pub async fn open(&self, item_code: &ItemCode) -> Result<Draft, ShellError> {
        let account = self.ctx.logged_in().await?;
        let acting_as = account.acting_as.as_ref().map(|e| e.uscc.clone());
        let owner = account.profile.account_id.clone();
        let store = self.store().await?;
        if let Some(draft) = store
            .for_item(&owner, item_code.as_str(), acting_as.as_deref())
            .await?
        {
            return Ok(draft);
        }
        let client = self.ctx.client().await?;
        let form = client.form(item_code.as_str()).await?;
        let item = client.item(item_code.as_str()).await?;
        // A company's forms take its data as registered, never the clerk's.
        let enterprise = match acting_as.as_deref() {
            Some(uscc) => Some(
                self.ctx
                    .with_session(
                        |client, token| async move { client.enterprise(&token, uscc).await },
                    )
                    .await?,
            ),
            None => None,
        };
        let answers = prefilled(&form, &account, enterprise.as_ref());
        let draft = Draft {
            id: new_draft_id(),
            item_code: item_code.clone(),
            item_name: item.summary.name,
            prefilled: answers.keys().cloned().collect(),
            answers,
            form,
            position: None,
            acting_as,
            // The app does not act for a relative yet.
            on_behalf_of: None,
            recipient: None,
            delivery: None,
            materials: Vec::new(),
            outbox: false,
            owner: Some(owner),
            synced: false,
            updated_at: now_ms(),
            updated_on: self.device.clone(),
            correcting: None,
        };
        store.put(&draft).await?;
        Ok(draft)
    }

    pub async fn get(&self, id: &str) -> Result<Draft, ShellError> {
        self.store()
            .await?
            .get(id)
            .await?
            .ok_or(ShellError::NoSuchDraft)
    }

    /// Stamps a change made on this device: when and where, and that the hall
    /// does not hold it yet.
    fn changed_here(&self, draft: &mut Draft) {
        draft.updated_at = now_ms();
        draft.updated_on = self.device.clone();
        draft.synced = false;
    }

    /// Saves a change; durable when this returns. Answers the time of the change.
    pub async fn save(&self, change: DraftChange) -> Result<i64, ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store
            .get(change.id.as_str())
            .await?
            .ok_or(ShellError::NoSuchDraft)?;
        draft.answers = change.answers;
        draft.position = change.position;
        draft.delivery = change.delivery;
        draft.recipient = change.recipient;
        self.changed_here(&mut draft);
        store.put(&draft).await?;
        Ok(draft.updated_at)
    }

    /// Submits a draft, under its id as the Idempotency-Key: a double tap or a
    /// retry after a lost answer gets the same application back, never a second.
    /// The draft is deleted once the hall has it.
    /// `on_progress` hears how the pages' upload goes (bytes sent, bytes in all).
    pub async fn submit(
        &self,
        id: &str,
        on_progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<Application, ShellError> {
        let store = self.store().await?;
        // The materials first: an application goes with all its pages.
        match self.upload_pages(id, on_progress).await {
            Err(ShellError::Network { .. }) => {
                self.mark_outbox(id).await?;
                return Err(ShellError::Queued);
            }
            other => other?,
        }
        let draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let delivery = draft.delivery.unwrap_or(Delivery::PickUp);
        let request = SubmitRequest {
            item_code: draft.item_code.clone(),
            form_version: draft.form.version,
            answers: draft.form.submitted(&draft.answers),
            delivery,
            // Kept in the draft while pickup was chosen, but only EMS takes one.
            recipient: draft
                .recipient
                .clone()
                .filter(|_| delivery == Delivery::Ems),
            acting_as: draft.acting_as.clone(),
            on_behalf_of: draft.on_behalf_of.clone(),
            materials: submitted_materials(&draft.materials),
        };
        let key = format!("draft-{}", draft.id);
        let sent = self
            .ctx
            .with_session(|client, token| {
                let (request, key) = (request.clone(), key.clone());
                async move { client.submit(&token, &key, &request).await }
            })
            .await;
        match sent {
            Ok(application) => {
                self.delete(id).await?;
                tracing::info!(number = %application.number, "application submitted");
                Ok(application)
            }
            Err(ShellError::Network { .. }) => {
                self.mark_outbox(id).await?;
                Err(ShellError::Queued)
            }
            Err(error) => Err(error),
        }
    }

    /// Puts a draft into the outbox: sent again, under the same key, when the
    /// hall answers.
    async fn mark_outbox(&self, id: &str) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        let mut draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        draft.outbox = true;
        self.changed_here(&mut draft);
        store.put(&draft).await?;
        tracing::info!("no network: the application waits in the outbox");
        Ok(())
    }

    /// Sends every application waiting in the outbox; answers those the hall
    /// took. Each goes under its draft's key, so one already received before a
    /// lost answer comes back as the same application.
    pub async fn send_outbox(&self) -> Vec<Application> {
        let Ok(store) = self.store().await else {
            return Vec::new();
        };
        let waiting: Vec<DraftId> = match store.list().await {
            Ok(drafts) => drafts
                .into_iter()
                .filter(|d| d.outbox)
                .map(|d| d.id)
                .collect(),
            Err(_) => return Vec::new(),
        };
        let mut sent = Vec::new();
        for id in waiting {
            match self.submit(id.as_str(), &|_, _| {}).await {
                Ok(application) => sent.push(application),
                // Still offline: it stays in the outbox for the next round.
                Err(ShellError::Queued) => break,
                Err(error) => tracing::warn!(%error, "an application in the outbox was not sent"),
            }
        }
        sent
    }

    /// The caller's applications (我的办件), the newest first.
    pub async fn submitted(&self) -> Result<Vec<Application>, ShellError> {
        self.ctx
            .with_session(|client, token| async move { client.applications(&token).await })
            .await
    }

    /// The drafts of `owner` (the account logged in; `None`: nobody) on this
    /// device, and those kept before accounts were told apart.
    pub async fn list(
        &self,
        owner: Option<&str>,
        today: Date,
    ) -> Result<Vec<DraftSummary>, ShellError> {
        let drafts = self.store().await?.list().await?;
        Ok(drafts
            .iter()
            .filter(|draft| draft.owner.is_none() || draft.owner.as_deref() == owner)
            // A correction is shown with its application, not among the drafts.
            .filter(|draft| draft.correcting.is_none())
            .map(|draft| draft.summary(today))
            .collect())
    }

    /// The drafts of the account logged in, the last changed first, after a
    /// quick sync with the account (so one started on another device shows);
    /// offline, or when the hall is slow, this device's. `today` is the UI's
    /// date (year, month, day) for date rules.
    pub async fn list_synced(&self, today: Date) -> Result<Vec<DraftSummary>, ShellError> {
        let synced = tokio::time::timeout(SYNC_PATIENCE, self.sync()).await;
        if let Ok(Err(error)) = synced {
            tracing::debug!(%error, "listing the drafts on this device only");
        }
        let owner = self.ctx.accounts().owner().await?;
        self.list(owner.as_deref(), today).await
    }

    /// Deletes a draft and the pages kept for it.
    pub async fn delete(&self, id: &str) -> Result<(), ShellError> {
        let store = self.store().await?;
        let _writing = self.writes.lock().await;
        store.delete(id, now_ms()).await?;
        self.remove_pages(id).await;
        Ok(())
    }

    /// Removes the files of a deleted draft's pages; a folder already gone is
    /// what was wanted.
    async fn remove_pages(&self, id: &str) {
        let _ = tokio::fs::remove_dir_all(self.materials_dir(id)).await;
    }
}

/// The answers the identity already gives: the user's name and address on
/// file; when acting for an enterprise (`enterprise`, as the hall registers
/// it) its name, credit code, legal representative, business scope and
/// registered address, never the clerk's. (The ID and mobile numbers reach the device masked
/// only: left blank, the hall fills them from the verified identity, see
/// `Field::filled_by_hall`.)
fn prefilled(form: &Form, account: &Account, enterprise: Option<&EnterpriseProfile>) -> Answers {
    let mut answers = Answers::new();
    for field in form.fields() {
        let answer = match field.prefill {
            Some(PrefillKey::Name) => Some(Answer::Text(account.profile.name.clone())),
            Some(PrefillKey::EnterpriseName) => enterprise.map(|e| Answer::Text(e.name.clone())),
            Some(PrefillKey::EnterpriseCreditCode) => {
                enterprise.map(|e| Answer::Text(e.uscc.clone()))
            }
            Some(PrefillKey::LegalRepresentative) => {
                enterprise.map(|e| Answer::Text(e.legal_representative.clone()))
            }
            Some(PrefillKey::BusinessScope) => enterprise
                .filter(|e| !e.business_scope.is_empty())
                .map(|e| Answer::Text(e.business_scope.clone())),
            Some(PrefillKey::Address) => match enterprise {
                Some(enterprise) => enterprise.address.clone(),
                None => account.profile.address.clone(),
            }
            .map(Answer::Address),
            Some(PrefillKey::ResidentId | PrefillKey::Mobile) | None => None,
        };
        if let Some(answer) = answer {
            answers.insert(field.id.clone(), answer);
        }
    }
    answers
}

/// The materials of a submission from a draft's pages: each material's
/// uploads in page order, or the e-licence given for it.
fn submitted_materials(pages: &[MaterialPage]) -> Vec<SubmittedMaterial> {
    let mut materials: Vec<SubmittedMaterial> = Vec::new();
    for page in pages {
        let index = match materials.iter().position(|m| m.material == page.material) {
            Some(index) => index,
            None => {
                materials.push(SubmittedMaterial {
                    material: page.material,
                    uploads: Vec::new(),
                    licence: None,
                });
                materials.len() - 1
            }
        };
        let material = &mut materials[index];
        match (&page.licence, &page.upload) {
            (Some(licence), _) => material.licence = Some(licence.kind.clone()),
            (None, Some(location)) => {
                // One that is not an upload's address is left out; the hall's
                // pre-review then asks for the page again.
                if let Some(id) = upload_id(location) {
                    material.uploads.push(id);
                }
            }
            (None, None) => {}
        }
    }
    materials
}

/// This device as people name it, for "last changed on …".
fn device_name() -> String {
    gethostname::gethostname()
        .into_string()
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "本机".to_owned())
}
