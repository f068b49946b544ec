//! Following an application to its result: its detail from the hall, kept on
//! the device so it can be shown offline (saying when it was fetched); the
//! withdrawal; and the correction, a draft of the notice's items only that
//! the existing form editor and materials card edit, sent under one
//! Idempotency-Key however often it is retried.

use banshi_api::applications::{ApplicationDetail, Correcting, CorrectionRequest, Draft};
use banshi_api::ids::ApplicationNumber;
use banshi_api::ipc::applications::ApplicationCopy;

use super::{Applications, submitted_materials};
use crate::ShellError;
use crate::clock::now_ms;

impl Applications {
    /// Application `number` from the hall, kept as the last copy; when the
    /// hall cannot be reached, the last copy kept, marked as such.
    pub async fn detail(&self, number: &ApplicationNumber) -> Result<ApplicationCopy, ShellError> {
        let fetched = self
            .ctx
            .with_session(|client, token| async move { client.application(&token, number).await })
            .await;
        match fetched {
            Ok(detail) => self.keep_copy(detail).await,
            Err(error @ ShellError::Network { .. }) => {
                let owner = self.ctx.accounts().owner().await?;
                let kept = match owner {
                    Some(owner) => {
                        self.store()
                            .await?
                            .application(&owner, number.as_str())
                            .await?
                    }
                    None => None,
                };
                match kept {
                    Some((detail, fetched_at)) => Ok(ApplicationCopy {
                        detail,
                        fetched_at,
                        offline: true,
                    }),
                    None => Err(error),
                }
            }
            Err(error) => Err(error),
        }
    }

    /// Keeps `detail` as the account's last copy of its application, fetched now.
    async fn keep_copy(&self, detail: ApplicationDetail) -> Result<ApplicationCopy, ShellError> {
        let fetched_at = now_ms() / 1000;
        if let Some(owner) = self.ctx.accounts().owner().await? {
            self.store()
                .await?
                .keep_application(&owner, &detail, fetched_at)
                .await?;
        }
        Ok(ApplicationCopy {
            detail,
            fetched_at,
            offline: false,
        })
    }

    /// Withdraws application `number` (the hall refuses once it is accepted,
    /// saying why); the copy kept follows.
    pub async fn withdraw(
        &self,
        number: &ApplicationNumber,
    ) -> Result<ApplicationDetail, ShellError> {
        let detail = self
            .ctx
            .with_session(|client, token| async move { client.withdraw(&token, number).await })
            .await?;
        Ok(self.keep_copy(detail).await?.detail)
    }

    /// The draft answering application `number`'s correction notice: the one
    /// in progress, or a new one holding the answers as handed in and the
    /// item's form, with no pages yet (each listed material is handed in
    /// again, whole). Needs the hall: the notice is the hall's.
    pub async fn open_correction(&self, number: &ApplicationNumber) -> Result<Draft, ShellError> {
        let account = self.ctx.logged_in().await?;
        let owner = account.profile.account_id.clone();
        let store = self.store().await?;
        if let Some(draft) = store.correction_for(&owner, number.as_str()).await? {
            return Ok(draft);
        }
        let copy = self.detail(number).await?;
        let notice = match (copy.offline, copy.detail.correction) {
            (false, Some(notice)) => notice,
            (true, _) => {
                return Err(ShellError::refused_on_device(
                    "现在连不上办事大厅，联网后才能开始补正".to_owned(),
                ));
            }
            (false, None) => {
                return Err(ShellError::refused_on_device(
                    "这件申请现在不需要补正".to_owned(),
                ));
            }
        };
        let application = copy.detail.application;
        let client = self.ctx.client().await?;
        let form = client.form(application.item_code.as_str()).await?;
        let draft = Draft {
            id: super::new_draft_id(),
            item_code: application.item_code.clone(),
            item_name: application.item_name.clone(),
            form,
            answers: copy.detail.answers,
            prefilled: Vec::new(),
            position: None,
            acting_as: application.acting_as.clone(),
            // A correction is the applicant's own to hand in.
            on_behalf_of: None,
            delivery: Some(application.delivery),
            recipient: None,
            materials: Vec::new(),
            outbox: false,
            owner: Some(owner),
            synced: false,
            updated_at: now_ms(),
            updated_on: self.device.clone(),
            correcting: Some(Correcting {
                number: application.number.clone(),
                items: notice.items,
            }),
        };
        store.put(&draft).await?;
        Ok(draft)
    }

    /// Sends a correction draft to the hall: its pages uploaded first, then
    /// the notice's items only, under the draft's own Idempotency-Key, so a
    /// retry after a lost answer is the same correction, never a second one.
    /// The draft is deleted once the hall has it; until then nothing typed
    /// or photographed is lost. `on_progress` hears how the pages' upload goes.
    pub async fn submit_correction(
        &self,
        id: &str,
        on_progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<ApplicationDetail, ShellError> {
        let store = self.store().await?;
        let draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let Some(correcting) = draft.correcting.clone() else {
            return Err(ShellError::refused_on_device(
                "这份草稿不是补正材料".to_owned(),
            ));
        };
        self.upload_pages(id, on_progress).await?;
        let draft = store.get(id).await?.ok_or(ShellError::NoSuchDraft)?;
        let request = correction_request(&draft, &correcting);
        let key = correction_key(&draft);
        let number = correcting.number;
        let detail = self
            .ctx
            .with_session(|client, token| {
                let (request, key, number) = (request.clone(), key.clone(), number.clone());
                async move { client.correct(&token, &key, &number, &request).await }
            })
            .await?;
        self.delete(id).await?;
        tracing::info!(number = %detail.application.number, "correction handed in");
        Ok(self.keep_copy(detail).await?.detail)
    }
}

/// The Idempotency-Key of a correction draft: fixed by the draft, so every
/// retry of the same correction carries it.
pub(super) fn correction_key(draft: &Draft) -> String {
    format!("correction-{}", draft.id)
}

/// What a correction draft sends: the answers of the fields the notice lists
/// (as the form hands them in) and the listed materials' pages, nothing else.
pub(super) fn correction_request(draft: &Draft, correcting: &Correcting) -> CorrectionRequest {
    let answers = draft
        .form
        .submitted(&draft.answers)
        .into_iter()
        .filter(|(field, _)| correcting.lists_field(field))
        .collect();
    let materials = submitted_materials(&draft.materials)
        .into_iter()
        .filter(|material| correcting.lists_material(material.material))
        .collect();
    CorrectionRequest { answers, materials }
}
