//! Telling people what happened to their matters: the notification each move
//! of an application makes (its title and body as the hall words them, and
//! whether it also goes out by SMS), the reminder of a booked visit within its
//! last day, and the announcement to open streams that a person's feed grew.

use banshi_api::applications::{ApplicationAction, ApplicationEvent, ApplicationStatus};
use banshi_api::bookings::BookingStatus;
use banshi_api::notifications::{Notification, NotificationKind};
use tokio::sync::broadcast;

use crate::clock;
use crate::store::{ApplicationRecord, NewNotification, Store, StoreError};

/// How long before a booked visit its reminder joins the feed.
const REMIND_BEFORE_SECONDS: i64 = 24 * 3600;

/// Adds to `user_id`'s feed the reminder of each of their booked visits that
/// starts within a day of `now`, once each (however many instances of the
/// hall read the feed): every read of the feed calls this first, so a person
/// who was away finds the reminder when they come back.
pub async fn remind_bookings(store: &dyn Store, user_id: i64, now: i64) -> Result<(), StoreError> {
    for booking in store.bookings_of(user_id).await? {
        let Some(starts) = clock::parse_time(&booking.starts) else {
            continue;
        };
        let starts_at = clock::china_instant(booking.date.days(), starts);
        let near = (0..=REMIND_BEFORE_SECONDS).contains(&(starts_at - now));
        if booking.status != BookingStatus::Booked || !near {
            continue;
        }
        let reminder = NewNotification {
            user_id,
            at: now,
            notification: Notification {
                id: 0,
                at: now,
                kind: NotificationKind::BookingReminder,
                number: None,
                status: None,
                booking: Some(booking.id.clone()),
                waybill: None,
                consultation: None,
                title: format!("预约提醒：{}", booking.item_name),
                body: format!(
                    "请于 {} {}—{} 到{}办理“{}”，带齐材料原件，凭签到码 {} 签到。",
                    booking.date.month_day_text(),
                    booking.starts,
                    booking.ends,
                    booking.hall_name,
                    booking.item_name,
                    booking.check_in_code
                ),
            },
        };
        store.notify(&reminder).await?;
    }
    Ok(())
}

/// The people whose feed has grown, announced to the streams that follow them.
#[derive(Debug, Clone)]
pub struct FeedChanges(broadcast::Sender<i64>);

impl Default for FeedChanges {
    fn default() -> Self {
        // A stream that falls this far behind reads its feed afresh anyway.
        Self(broadcast::channel(256).0)
    }
}

impl FeedChanges {
    /// Announces that `user_id`'s feed grew.
    pub fn grew(&self, user_id: i64) {
        // Nobody may be following; that is no failure.
        let _ = self.0.send(user_id);
    }

    /// Follows the announcements from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<i64> {
        self.0.subscribe()
    }
}

/// What a move of `application` to `event` tells its applicant; `due` is the
/// due date's text once accepted.
pub fn of_move(
    application: &ApplicationRecord,
    event: &ApplicationEvent,
    due: Option<String>,
) -> NewNotification {
    let status = event.status;
    let kind = match status {
        ApplicationStatus::AwaitingCorrection => NotificationKind::CorrectionRequested,
        ApplicationStatus::Approved
        | ApplicationStatus::Denied
        | ApplicationStatus::Rejected
        | ApplicationStatus::Completed => NotificationKind::Result,
        _ => NotificationKind::StatusChanged,
    };
    let number = &application.number;
    let reason = event.reason.as_deref().unwrap_or_default();
    let basis = event
        .legal_basis
        .as_deref()
        .map(|basis| format!("（依据：{basis}）"))
        .unwrap_or_default();
    let body = match (event.action, status) {
        (Some(ApplicationAction::Accept), _) => format!(
            "您的办件 {number} 已受理，承诺 {} 个工作日内办结{}。",
            application.promised_days,
            due.map(|due| format!("（{due}前）")).unwrap_or_default()
        ),
        (_, ApplicationStatus::AwaitingCorrection) => format!(
            "您的办件 {number} 需要补正：{reason}。请在“我的办件”中按一次性告知补正通知修改后重新提交。"
        ),
        (_, ApplicationStatus::Rejected) => {
            format!("您的办件 {number} 不予受理：{reason}{basis}。")
        }
        (_, ApplicationStatus::Denied) => {
            format!("您的办件 {number} 审查后不予许可：{reason}{basis}。")
        }
        (_, ApplicationStatus::Approved) => {
            format!("您的办件 {number} 已审批通过，正在制作办理结果。")
        }
        (_, ApplicationStatus::Completed) => format!("您的办件 {number} 已办结。"),
        (_, ApplicationStatus::Suspended) => {
            format!("您的办件 {number} 暂停办理：{reason}。暂停期间不计入办理时限。")
        }
        (Some(ApplicationAction::Resume), _) => format!("您的办件 {number} 已恢复办理。"),
        (Some(ApplicationAction::Correct), _) => {
            format!("您的办件 {number} 已提交补正材料，等待审查。")
        }
        (_, ApplicationStatus::Withdrawn) => format!("您的办件 {number} 已撤回。"),
        (_, status) => format!("您的办件 {number} {}。", status.label()),
    };
    NewNotification {
        user_id: application.user_id,
        at: event.at,
        notification: Notification {
            id: 0,
            at: event.at,
            kind,
            number: Some(number.clone()),
            status: Some(status),
            booking: None,
            waybill: None,
            consultation: None,
            title: format!("{}：{}", application.item_name, status.label()),
            body,
        },
    }
}

/// Whether the notification also goes out by SMS: a correction request, a
/// refusal and a result reach someone who never opens the app.
pub fn goes_by_sms(status: ApplicationStatus) -> bool {
    matches!(
        status,
        ApplicationStatus::AwaitingCorrection
            | ApplicationStatus::Rejected
            | ApplicationStatus::Denied
            | ApplicationStatus::Completed
    )
}
