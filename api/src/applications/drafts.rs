//! The draft a user fills in on the device (kept after every change, so
//! nothing typed is lost), its material pages, and what lists say of it.

use serde::{Deserialize, Serialize};

use super::{CorrectionItem, Delivery};
use crate::accounts::Licence;
use crate::dates::Date;
use crate::delivery::Recipient;
use crate::forms::{Answers, Form};
use crate::ids::{ApplicationNumber, AuthorityId, DraftId, ItemCode};

/// An application being filled in. Kept on the device after every change, so
/// nothing typed is lost; the form travels with it, so it opens offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Draft {
    /// Chosen by the device when the draft starts.
    pub id: DraftId,
    pub item_code: ItemCode,
    pub item_name: String,
    /// The form as it was when the draft started.
    pub form: Form,
    pub answers: Answers,
    /// The fields the device filled in from the identity, to mark them as such.
    #[serde(default)]
    pub prefilled: Vec<String>,
    /// Where the user was (a section id), to bring them back there.
    pub position: Option<String>,
    /// The credit code of the enterprise applying, or `None` for the user themself.
    pub acting_as: Option<String>,
    /// The relative's authority the draft is made under, or `None`.
    #[serde(default)]
    pub on_behalf_of: Option<AuthorityId>,
    /// How the result is to reach the applicant, once chosen.
    pub delivery: Option<Delivery>,
    /// Who receives the result and where, when EMS is chosen: as typed, checked
    /// only when the draft is submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub recipient: Option<Recipient>,
    /// The pages of materials photographed or chosen so far.
    #[serde(default)]
    pub materials: Vec<MaterialPage>,
    /// Submitted on the device while offline: waiting to be sent (待发送).
    #[serde(default)]
    pub outbox: bool,
    /// The account it belongs to ([`crate::accounts::Profile::account_id`]);
    /// `None` for a draft kept before accounts were told apart.
    #[serde(default)]
    pub owner: Option<String>,
    /// Whether the hall holds this very version (set when synced, cleared by
    /// every change on the device).
    #[serde(default)]
    pub synced: bool,
    /// Unix milliseconds of the last change.
    pub updated_at: i64,
    /// The device of the last change, as people name it (the host name).
    pub updated_on: String,
    /// Set when this is the answer to a correction notice rather than a new
    /// application: only the notice's items are edited and sent. Such a
    /// draft stays on the device that opened it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correcting: Option<Correcting>,
}

/// What a correction draft answers: the application and the notice's items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Correcting {
    pub number: ApplicationNumber,
    /// The notice's items, each a field id or `materials.{index}`.
    pub items: Vec<CorrectionItem>,
}

impl Correcting {
    /// Whether the notice lists the form field `id` (a top-level field; a
    /// nested path such as `spouse.name` counts for its top-level field).
    pub fn lists_field(&self, id: &str) -> bool {
        self.items
            .iter()
            .any(|item| item.field.split('.').next() == Some(id) && !is_material(&item.field))
    }

    /// Whether the notice lists material number `index`.
    pub fn lists_material(&self, index: u32) -> bool {
        let field = super::material_field(index);
        self.items.iter().any(|item| item.field == field)
    }
}

/// Whether a notice item names a material (`materials.{index}`).
fn is_material(field: &str) -> bool {
    field
        .strip_prefix("materials.")
        .is_some_and(|index| index.parse::<u32>().is_ok())
}

/// One page of a material (申请材料): a photo or scan prepared on the device
/// (upright, at most 2048 px and 500 KB, without metadata; the file stays on the
/// device until it is uploaded), or an e-licence on file that the hall fetches
/// itself, so nothing is uploaded for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MaterialPage {
    pub id: String,
    /// Which material of the item's guide this is a page of (its index).
    pub material: u32,
    pub width: u32,
    pub height: u32,
    /// Size of the prepared JPEG (0 for an e-licence).
    pub bytes: u64,
    /// A small picture of the page, as a `data:image/jpeg;base64,…` URL (empty
    /// for an e-licence).
    pub thumbnail: String,
    /// The e-licence used instead of a photo: its kind and number as shown.
    #[serde(default)]
    pub licence: Option<Licence>,
    /// The hall's address of this page's upload, once started (to resume it).
    #[serde(default)]
    pub upload: Option<String>,
    /// Whether the hall has the whole file.
    #[serde(default)]
    pub uploaded: bool,
    /// What the page's file is.
    #[serde(default)]
    pub media: PageMedia,
}

/// The kind of file a material page is kept and uploaded as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PageMedia {
    /// A photo or scan, prepared on the device.
    #[default]
    Jpeg,
    /// A PDF document, uploaded as it is.
    Pdf,
}

impl PageMedia {
    /// The file name extension it is kept under.
    pub fn extension(self) -> &'static str {
        match self {
            PageMedia::Jpeg => "jpg",
            PageMedia::Pdf => "pdf",
        }
    }
}

/// `DELETE /drafts/{id}?deleted_at=`: when the draft was deleted (or
/// submitted), by the deleting device's clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct DraftDeletion {
    /// Unix milliseconds; the draft's own last change when absent.
    #[serde(default)]
    pub deleted_at: Option<i64>,
}

/// A draft in a list: enough to recognise and open it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub id: DraftId,
    pub item_code: ItemCode,
    pub item_name: String,
    /// Sections with every shown field answered without a problem, of all sections.
    pub sections_done: u32,
    pub sections_total: u32,
    /// Waiting in the outbox to be sent (待发送).
    pub outbox: bool,
    pub updated_at: i64,
    pub updated_on: String,
}

/// A change to a draft, saved as the user types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftChange {
    pub id: DraftId,
    pub answers: Answers,
    pub position: Option<String>,
    pub delivery: Option<Delivery>,
    /// Who receives the result by EMS, as typed so far.
    #[serde(default)]
    pub recipient: Option<Recipient>,
}

impl Draft {
    /// How far along the draft is, for lists.
    pub fn summary(&self, today: Date) -> DraftSummary {
        let done = self
            .form
            .sections
            .iter()
            .filter(|section| {
                self.form
                    .section_complete(&section.id, &self.answers, today)
            })
            .count();
        DraftSummary {
            id: self.id.clone(),
            item_code: self.item_code.clone(),
            item_name: self.item_name.clone(),
            sections_done: done as u32,
            sections_total: self.form.sections.len() as u32,
            outbox: self.outbox,
            updated_at: self.updated_at,
            updated_on: self.updated_on.clone(),
        }
    }
}
