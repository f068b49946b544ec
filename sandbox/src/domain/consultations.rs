//! The rules of 咨询投诉: a question or complaint about an item (answered by
//! the item's hall), one of the asker's own applications (its hall) or a
//! hall, its text and photos checked with every problem at once, stored once
//! per key with its photos kept for good; the answer promised within the
//! kind's working days, counted like an application's deadline and stopped
//! by the first reply. Only that hall's staff reply; every reply joins the
//! thread (two at once are both kept) and notifies the asker.

use std::collections::BTreeSet;

use banshi_api::consultations::{
    Author, Consultation, ConsultationAbout, ConsultationKind, ConsultationMessage,
    ConsultationStatus, MAX_PHOTOS, MAX_TEXT_CHARS, MIN_TEXT_CHARS, NewConsultation, StaffReply,
};
use banshi_api::ids::{ConsultationId, HallCode};
use banshi_api::notifications::{Notification, NotificationKind};
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::Clock;
use crate::domain::applications::deadline::DeadlineClock;
use crate::domain::notifications::FeedChanges;
use crate::domain::ratings::checked_text;
use crate::domain::{credentials, halls};
use crate::error::{AppError, not_found, refused};
use crate::store::{ConsultationRecord, HeldKey, NewNotification, Store};

const TEXT_CHARS: (usize, usize) = (MIN_TEXT_CHARS, MAX_TEXT_CHARS);

fn no_such_consultation() -> AppError {
    not_found("没有这条咨询投诉")
}

/// The consultation id in a request's path; one that is not an id names none.
pub fn consultation_id(text: &str) -> Result<ConsultationId, AppError> {
    ConsultationId::parse(text).map_err(|_| no_such_consultation())
}

/// The word for `kind`: 咨询 or 投诉.
fn word(kind: ConsultationKind) -> &'static str {
    match kind {
        ConsultationKind::Question => "咨询",
        ConsultationKind::Complaint => "投诉",
    }
}

/// The text of a question, complaint or reply in `field`, trimmed: a
/// specific problem when blank, too short or long, or holding a character
/// the hall refuses.
fn message_text(text: &str, what: &str, problems: &mut Vec<FieldError>) -> String {
    checked_text(Some(text), "text", what, TEXT_CHARS, problems).unwrap_or_else(|| {
        problems.push(FieldError {
            field: "text".to_owned(),
            message: format!("请填写{what}"),
        });
        String::new()
    })
}

/// What the consultations' rules work with.
#[derive(Clone, Copy)]
pub struct Consultations<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
    pub feed: &'a FeedChanges,
}

impl Consultations<'_> {
    /// A consultation as the API shows it, its promised date as of now.
    pub fn shown(&self, record: ConsultationRecord) -> Consultation {
        let deadline = DeadlineClock::unpaused(
            record.promised_days,
            record.asked_at,
            record.answered_at,
            self.clock.now(),
        );
        Consultation {
            id: record.id,
            kind: record.kind,
            about: record.about,
            subject: record.subject,
            hall: record.hall,
            status: if record.answered_at.is_some() {
                ConsultationStatus::Answered
            } else {
                ConsultationStatus::Open
            },
            asked_at: record.asked_at,
            deadline,
            messages: record.messages,
        }
    }

    /// What `about` names as people name it, and the hall that answers; a
    /// 404 for an item or hall that does not exist or an application that is
    /// not the caller's.
    async fn subject(
        &self,
        user_id: i64,
        about: &ConsultationAbout,
    ) -> Result<(String, HallCode), AppError> {
        Ok(match about {
            ConsultationAbout::Item { code } => {
                let item = self
                    .store
                    .item(code.as_str())
                    .await?
                    .ok_or_else(|| not_found(format!("没有编码为 {code} 的事项")))?;
                (item.summary.name, item.summary.hall)
            }
            ConsultationAbout::Application { number } => {
                let record = self
                    .store
                    .application(number)
                    .await?
                    .filter(|record| record.user_id == user_id)
                    .ok_or_else(|| not_found(format!("没有找到办件 {number}")))?;
                (format!("{}（{number}）", record.item_name), record.hall)
            }
            ConsultationAbout::Hall { hall } => {
                let hall = halls::find(self.store, hall.as_str()).await?;
                (hall.name, hall.code)
            }
        })
    }

    /// Checks and stores a question or complaint of `user_id`, completing `key` with it.
    pub async fn ask(
        &self,
        user_id: i64,
        request: NewConsultation,
        key: HeldKey,
    ) -> Result<Consultation, AppError> {
        let (subject, hall) = self.subject(user_id, &request.about).await?;
        let what = format!("{}内容", word(request.kind));
        let mut problems = Vec::new();
        let text = message_text(&request.text, &what, &mut problems);
        if request.photos.len() > MAX_PHOTOS {
            problems.push(FieldError {
                field: "photos".to_owned(),
                message: format!("最多附 {MAX_PHOTOS} 张照片"),
            });
        }
        // A request wrong in itself is a 400 naming every problem; one whose
        // photos are only not there is a 404, or not ready or used a 409,
        // every photo at fault named too.
        let mut invalid = !problems.is_empty();
        let mut missing = false;
        let mut seen = BTreeSet::new();
        for (index, photo) in request.photos.iter().enumerate() {
            let upload = self.store.upload(photo.as_str(), user_id).await?;
            let message = match upload {
                None => {
                    missing = true;
                    "这张照片没有上传，请重新上传"
                }
                Some(_) if !seen.insert(photo) => {
                    invalid = true;
                    "这张照片重复了"
                }
                Some(upload) if upload.offset < upload.length => {
                    "这张照片还没有上传完，请等上传完成后再提交"
                }
                Some(upload) if upload.linked => "这张照片已随其他事项提交，请重新上传",
                Some(_) => continue,
            };
            problems.push(FieldError {
                field: format!("photos[{index}]"),
                message: message.to_owned(),
            });
        }
        if !problems.is_empty() {
            let count = problems.len();
            let (code, message) = if invalid {
                (
                    ErrorCode::BadRequest,
                    format!("{}有 {count} 处需要修改", word(request.kind)),
                )
            } else if missing {
                (
                    ErrorCode::NotFound,
                    format!("有 {count} 张照片没有找到或不能提交，请重新上传"),
                )
            } else {
                (
                    ErrorCode::Conflict,
                    format!("有 {count} 张照片还没有上传完或已随其他事项提交"),
                )
            };
            return Err(ApiError {
                code,
                message,
                fields: problems,
            }
            .into());
        }
        let now = self.clock.now();
        let record = ConsultationRecord {
            id: credentials::new_id()?,
            user_id,
            kind: request.kind,
            about: request.about,
            subject,
            hall,
            promised_days: request.kind.promised_days(),
            asked_at: now,
            answered_at: None,
            messages: vec![ConsultationMessage {
                at: now,
                author: Author::Asker,
                staff: None,
                text,
                photos: request.photos,
            }],
        };
        let consultation = self.shown(record.clone());
        let response = serde_json::to_value(&consultation)
            .map_err(|_| AppError::Fault("encode a consultation"))?;
        if !self.store.ask(&record, &key, &response).await? {
            return Err(refused(
                ErrorCode::Conflict,
                "有一张照片刚被删除或随其他事项提交了，请检查照片后再提交",
            ));
        }
        Ok(consultation)
    }

    /// The caller's questions and complaints, the newest first.
    pub async fn mine(&self, user_id: i64) -> Result<Vec<Consultation>, AppError> {
        let records = self.store.consultations_of(user_id).await?;
        Ok(records
            .into_iter()
            .map(|record| self.shown(record))
            .collect())
    }

    /// A consultation with its thread, for its asker or the staff of the hall
    /// that answers; for anyone else it is not there.
    pub async fn one(&self, user_id: i64, id: &ConsultationId) -> Result<Consultation, AppError> {
        let record = self
            .store
            .consultation(id)
            .await?
            .ok_or_else(no_such_consultation)?;
        if !halls::may_see(self.store, user_id, record.user_id, &record.hall).await? {
            return Err(no_such_consultation());
        }
        Ok(self.shown(record))
    }

    /// What `hall` is asked (only those not answered when `open`), the
    /// soonest due first.
    pub async fn of_hall(
        &self,
        hall: &HallCode,
        open: bool,
    ) -> Result<Vec<Consultation>, AppError> {
        let records = self.store.hall_consultations(hall, open).await?;
        let mut consultations: Vec<Consultation> = records
            .into_iter()
            .map(|record| self.shown(record))
            .collect();
        consultations.sort_by_key(|c| {
            (
                c.status == ConsultationStatus::Answered,
                c.deadline.due,
                c.asked_at,
            )
        });
        Ok(consultations)
    }

    /// A member of staff (`staff_id`) of `hall` replies to a consultation
    /// their hall answers; the first reply keeps the promise, and the asker
    /// is notified of each.
    pub async fn reply(
        &self,
        staff_id: i64,
        hall: &HallCode,
        id: &ConsultationId,
        request: StaffReply,
    ) -> Result<Consultation, AppError> {
        let record = self
            .store
            .consultation(id)
            .await?
            .ok_or_else(no_such_consultation)?;
        if &record.hall != hall {
            let answering = halls::find(self.store, record.hall.as_str()).await?;
            return Err(refused(
                ErrorCode::Forbidden,
                format!(
                    "这条{}由{}答复，您不能答复",
                    word(record.kind),
                    answering.name
                ),
            ));
        }
        let mut problems = Vec::new();
        let text = message_text(&request.text, "答复内容", &mut problems);
        if !problems.is_empty() {
            let message = problems[0].message.clone();
            return Err(ApiError::bad_request(message, problems).into());
        }
        let staff = self
            .store
            .user(staff_id)
            .await?
            .ok_or(AppError::Fault("read the staff member who replies"))?;
        let now = self.clock.now();
        let message = ConsultationMessage {
            at: now,
            author: Author::Hall,
            staff: Some(staff.name),
            text,
            photos: Vec::new(),
        };
        let mut notification = Notification::new(
            now,
            NotificationKind::Reply,
            format!("{}答复：{}", word(record.kind), record.subject),
            message.text.clone(),
        );
        notification.consultation = Some(record.id.clone());
        let new = NewNotification {
            user_id: record.user_id,
            at: now,
            notification,
        };
        if !self.store.add_reply(id, &message, &new).await? {
            return Err(no_such_consultation());
        }
        self.feed.grew(record.user_id);
        let stored = self
            .store
            .consultation(id)
            .await?
            .ok_or_else(no_such_consultation)?;
        Ok(self.shown(stored))
    }
}
