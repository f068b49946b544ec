//! 咨询投诉: a question or a complaint about an item, an application or a
//! hall, with photos through the uploads; the hall's staff answer in a thread,
//! and the answer is promised within working days (5 for a question, 15 for a
//! complaint), counted like an application's deadline.

use serde::{Deserialize, Serialize};

use crate::applications::Deadline;
use crate::ids::{ApplicationNumber, ConsultationId, HallCode, ItemCode, UploadId};

/// A question or a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsultationKind {
    /// 咨询
    Question,
    /// 投诉
    Complaint,
}

impl ConsultationKind {
    /// The working days within which the hall promises an answer.
    pub fn promised_days(self) -> u16 {
        match self {
            ConsultationKind::Question => 5,
            ConsultationKind::Complaint => 15,
        }
    }
}

/// What it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ConsultationAbout {
    /// A service item (from its guide).
    Item { code: ItemCode },
    /// One of the asker's applications.
    Application { number: ApplicationNumber },
    /// A hall.
    Hall { hall: HallCode },
}

/// The longest text of a question, complaint or reply, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;

/// The fewest characters a question, complaint or reply says.
pub const MIN_TEXT_CHARS: usize = 5;

/// The most photos a question or complaint carries.
pub const MAX_PHOTOS: usize = 4;

/// A question, complaint or reply (also a hall's answer to a bad rating):
/// [`MIN_TEXT_CHARS`]–[`MAX_TEXT_CHARS`] characters once trimmed, line breaks allowed.
#[cfg(feature = "openapi")]
pub(crate) fn message_text() -> utoipa::openapi::schema::ObjectBuilder {
    crate::openapi::lines(
        MIN_TEXT_CHARS,
        MAX_TEXT_CHARS,
        "5–1000 characters once white space around it is cut off; line breaks allowed",
    )
}

/// The photos of a question or complaint: distinct upload ids, at most [`MAX_PHOTOS`].
#[cfg(feature = "openapi")]
fn photos() -> utoipa::openapi::schema::ArrayBuilder {
    crate::openapi::upload_ids(
        MAX_PHOTOS,
        "Finished uploads of the caller's, each once, at most 4",
    )
}

/// `POST /consultations` (with an `Idempotency-Key` header).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewConsultation {
    pub kind: ConsultationKind,
    pub about: ConsultationAbout,
    /// 5–1000 characters.
    #[cfg_attr(feature = "openapi", schema(schema_with = message_text))]
    pub text: String,
    /// Finished uploads of the caller's, at most [`MAX_PHOTOS`].
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = photos))]
    pub photos: Vec<UploadId>,
}

/// Whether the hall has answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsultationStatus {
    /// 待答复
    Open,
    /// 已答复
    Answered,
}

/// Who wrote a message of the thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Asker,
    Hall,
}

/// One message of the thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationMessage {
    /// Unix seconds.
    pub at: i64,
    pub author: Author,
    /// The member of staff who answered, as they sign.
    pub staff: Option<String>,
    pub text: String,
    /// The photos it carries.
    pub photos: Vec<UploadId>,
}

/// A question or complaint with its thread, as `GET /consultations/{id}`
/// answers it and `GET /consultations` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Consultation {
    pub id: ConsultationId,
    pub kind: ConsultationKind,
    pub about: ConsultationAbout,
    /// What it is about, as people name it: the item's name, the application's
    /// item and number, or the hall's name.
    pub subject: String,
    /// The hall that answers.
    pub hall: HallCode,
    pub status: ConsultationStatus,
    /// Unix seconds.
    pub asked_at: i64,
    /// The promised answer date, counted in working days from the day asked;
    /// stopped once answered.
    pub deadline: Deadline,
    /// The oldest first; the first is the question or complaint.
    pub messages: Vec<ConsultationMessage>,
}

/// `POST /staff/consultations/{id}/replies`: the hall's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffReply {
    /// 5–1000 characters.
    #[cfg_attr(feature = "openapi", schema(schema_with = message_text))]
    pub text: String,
}

/// `GET /staff/consultations?open=`: what the hall is asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StaffConsultationsQuery {
    /// Only those not answered yet.
    #[serde(default)]
    pub open: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complaints_are_promised_fifteen_working_days_questions_five() {
        assert_eq!(ConsultationKind::Question.promised_days(), 5);
        assert_eq!(ConsultationKind::Complaint.promised_days(), 15);
    }

    #[test]
    fn about_is_tagged_on_the_wire() {
        let about: ConsultationAbout =
            serde_json::from_str(r#"{"kind":"hall","hall":"shizhi"}"#).unwrap();
        assert_eq!(
            about,
            ConsultationAbout::Hall {
                hall: HallCode::parse("shizhi").unwrap()
            }
        );
    }
}
