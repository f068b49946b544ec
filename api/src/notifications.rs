//! What the hall tells a person about their matters (消息通知): every change of
//! their applications' status, a correction request, a result, and booking
//! reminders; numbered in order so a device that missed some catches up with
//! `GET /notifications?after=`.

use serde::{Deserialize, Serialize};

use crate::applications::ApplicationStatus;
use crate::ids::{ApplicationNumber, BookingId, ConsultationId, Waybill};

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// An application moved to another status.
    StatusChanged,
    /// The hall asks for a correction (一次性告知补正).
    CorrectionRequested,
    /// A decision: approved, not permitted, not accepted, or completed.
    Result,
    /// A booked visit is near.
    BookingReminder,
    /// An EMS parcel moved (picked up, in transit, out for delivery, delivered, failed).
    Delivery,
    /// The hall answered a question or complaint, or a bad rating.
    Reply,
}

/// One notification, as `GET /notifications` lists it and the stream sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    /// Increasing: the next `after` is the last id seen.
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    pub kind: NotificationKind,
    /// The application it is about, if one.
    pub number: Option<ApplicationNumber>,
    /// The status the application moved to, if it did.
    pub status: Option<ApplicationStatus>,
    /// The booking it is about, if one.
    pub booking: Option<BookingId>,
    /// The parcel it is about, if one.
    #[serde(default)]
    pub waybill: Option<Waybill>,
    /// The question or complaint answered, if one.
    #[serde(default)]
    pub consultation: Option<ConsultationId>,
    /// In Chinese, as the hall words it: e.g. 营业执照变更登记：已受理.
    pub title: String,
    pub body: String,
}

impl Notification {
    /// A notification about nothing in particular yet (id 0 until stored):
    /// set the subject it is about on what this answers.
    pub fn new(
        at: i64,
        kind: NotificationKind,
        title: impl Into<String>,
        body: impl Into<String>,
    ) -> Self {
        Self {
            id: 0,
            at,
            kind,
            number: None,
            status: None,
            booking: None,
            waybill: None,
            consultation: None,
            title: title.into(),
            body: body.into(),
        }
    }
}

/// `GET /notifications?after=`: those after the last one seen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct NotificationsQuery {
    /// The id of the last notification seen; every one when absent.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(minimum = 0))]
    pub after: Option<i64>,
}
