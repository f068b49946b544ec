//! Applying online: drafts that start from the item's form (prefilled from the
//! identity acted as) and are saved on every change, so an application survives
//! anything — a weak network, a crash, a killed app.

mod store;
#[cfg(test)]
mod tests;

use std::path::Path;

use banshi_api::accounts::Account;
use banshi_api::applications::{
    Application, Delivery, Draft, DraftChange, DraftSummary, SubmitRequest,
};
use banshi_api::forms::{Answer, Answers, Form, PrefillKey};
use tokio::sync::OnceCell;

pub use store::{DraftStore, DraftStoreError};

use crate::ShellError;
use crate::accounts::Accounts;
use crate::hall_api::HallApi;

/// The app's applications state: the draft store, opened on first use.
pub struct Applications {
    path: std::path::PathBuf,
    store: OnceCell<DraftStore>,
    device: String,
}

impl Applications {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join("drafts.sqlite3"),
            store: OnceCell::new(),
            device: device_name(),
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
    pub async fn open(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        item_code: &str,
    ) -> Result<Draft, ShellError> {
        let account = accounts
            .current(api)
            .await?
            .ok_or(ShellError::NotLoggedIn)?;
        let acting_as = account.acting_as.as_ref().map(|e| e.uscc.clone());
        let store = self.store().await?;
        if let Some(draft) = store.for_item(item_code, acting_as.as_deref()).await? {
            return Ok(draft);
        }
        let client = api.client().await?;
        let form = client.form(item_code).await?;
        let item = client.item(item_code).await?;
        let answers = prefilled(&form, &account);
        let draft = Draft {
            id: new_id(),
            item_code: item_code.to_owned(),
            item_name: item.summary.name,
            prefilled: answers.keys().cloned().collect(),
            answers,
            form,
            position: None,
            acting_as,
            delivery: None,
            updated_at: now_ms(),
            updated_on: self.device.clone(),
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

    /// Saves a change; durable when this returns. Answers the time of the change.
    pub async fn save(&self, change: DraftChange) -> Result<i64, ShellError> {
        let store = self.store().await?;
        let mut draft = store
            .get(&change.id)
            .await?
            .ok_or(ShellError::NoSuchDraft)?;
        draft.answers = change.answers;
        draft.position = change.position;
        draft.delivery = change.delivery;
        draft.updated_at = now_ms();
        draft.updated_on = self.device.clone();
        store.put(&draft).await?;
        Ok(draft.updated_at)
    }

    /// Submits a draft, under its id as the Idempotency-Key: a double tap or a
    /// retry after a lost answer gets the same application back, never a second.
    /// The draft is deleted once the hall has it.
    pub async fn submit(
        &self,
        api: &HallApi,
        accounts: &Accounts,
        id: &str,
    ) -> Result<Application, ShellError> {
        let store = self.store().await?;
        let draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let request = SubmitRequest {
            item_code: draft.item_code.clone(),
            form_version: draft.form.version,
            answers: draft.form.submitted(&draft.answers),
            delivery: draft.delivery.unwrap_or(Delivery::PickUp),
            acting_as: draft.acting_as.clone(),
        };
        let key = format!("draft-{}", draft.id);
        let application = accounts
            .with_session(api, |client, token| {
                let (request, key) = (request.clone(), key.clone());
                async move { client.submit(&token, &key, &request).await }
            })
            .await?;
        store.delete(id).await?;
        tracing::info!(number = %application.number, "application submitted");
        Ok(application)
    }

    /// The caller's applications (我的办件), the newest first.
    pub async fn submitted(
        &self,
        api: &HallApi,
        accounts: &Accounts,
    ) -> Result<Vec<Application>, ShellError> {
        accounts
            .with_session(api, |client, token| async move {
                client.applications(&token).await
            })
            .await
    }

    pub async fn list(&self, today: (u16, u8, u8)) -> Result<Vec<DraftSummary>, ShellError> {
        let drafts = self.store().await?.list().await?;
        Ok(drafts.iter().map(|draft| draft.summary(today)).collect())
    }

    pub async fn delete(&self, id: &str) -> Result<(), ShellError> {
        Ok(self.store().await?.delete(id).await?)
    }
}

/// The answers the identity already gives: the user's name, and the
/// enterprise's name and credit code when acting for one. (The ID and mobile
/// numbers reach the device masked only, so they are typed.)
fn prefilled(form: &Form, account: &Account) -> Answers {
    let mut answers = Answers::new();
    for field in form.fields() {
        let value = match field.prefill {
            Some(PrefillKey::Name) => Some(account.profile.name.clone()),
            Some(PrefillKey::EnterpriseName) => account.acting_as.as_ref().map(|e| e.name.clone()),
            Some(PrefillKey::EnterpriseCreditCode) => {
                account.acting_as.as_ref().map(|e| e.uscc.clone())
            }
            Some(PrefillKey::ResidentId | PrefillKey::Mobile | PrefillKey::Address) | None => None,
        };
        if let Some(value) = value {
            answers.insert(field.id.clone(), Answer::Text(value));
        }
    }
    answers
}

/// A fresh draft id: the time and 64 random bits, hex.
fn new_id() -> String {
    let mut random = [0u8; 8];
    // Without the OS's randomness the time alone still tells drafts apart on one device.
    let _ = getrandom::fill(&mut random);
    let random: String = random.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{:x}-{random}", now_ms())
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis() as i64)
}

/// This device as people name it, for "last changed on …".
fn device_name() -> String {
    gethostname::gethostname()
        .into_string()
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "本机".to_owned())
}
