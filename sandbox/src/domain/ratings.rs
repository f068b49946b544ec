//! The rules of 好差评: a finished matter (an application completed, denied
//! or rejected, or a visit checked in) is rated once by the person it was for,
//! on the subject's dimensions each at most once, every problem of a rating
//! answered at once; a bad rating needs a reason and opens a case of
//! [`CASE_DAYS`] working days the handling hall's staff answer once, with a
//! notification of the rater, who may then score the answer once. A hall's
//! public figures count them all.

use std::collections::BTreeSet;

use banshi_api::applications::{ApplicationStatus, Deadline};
use banshi_api::consultations::{MAX_TEXT_CHARS, MIN_TEXT_CHARS};
use banshi_api::ids::{ApplicationNumber, BookingId, HallCode, RatingId};
use banshi_api::notifications::{Notification, NotificationKind};
use banshi_api::ratings::{
    CASE_DAYS, CaseReply, Dimension, HallRatings, MAX_COMMENT_CHARS, MAX_REASON_CHARS,
    MIN_REASON_CHARS, NewRating, Rating, RatingCase, RatingSubject, ReplyRating, StaffRatingReply,
};
use banshi_api::text::{Lines, TextError, character_problem};
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::Clock;
use crate::domain::applications::deadline::DeadlineClock;
use crate::domain::notifications::FeedChanges;
use crate::domain::{credentials, halls};
use crate::error::{AppError, not_found, refused};
use crate::store::{ApplicationRecord, NewNotification, RatingRecord, Store};

/// The shortest and longest reason of a bad rating, in characters.
const REASON_CHARS: (usize, usize) = (MIN_REASON_CHARS, MAX_REASON_CHARS);
/// The shortest and longest reply of the hall, in characters.
const REPLY_CHARS: (usize, usize) = (MIN_TEXT_CHARS, MAX_TEXT_CHARS);

fn no_such_rating() -> AppError {
    not_found("没有这条评价")
}

/// The rating id in a request's path; one that is not an id names no rating.
pub fn rating_id(text: &str) -> Result<RatingId, AppError> {
    RatingId::parse(text).map_err(|_| no_such_rating())
}

/// Whether an application in `status` has come to an end the applicant may
/// rate: completed, or refused (不予受理, 不予许可).
pub fn is_rateable(status: ApplicationStatus) -> bool {
    matches!(
        status,
        ApplicationStatus::Completed | ApplicationStatus::Denied | ApplicationStatus::Rejected
    )
}

/// Free text given in `field`, trimmed, checked to hold `min` to `max`
/// characters the hall accepts (`None` when blank); problems go to `problems`.
pub fn checked_text(
    text: Option<&str>,
    field: &str,
    what: &str,
    (min, max): (usize, usize),
    problems: &mut Vec<FieldError>,
) -> Option<String> {
    let text = text.map(str::trim).filter(|text| !text.is_empty())?;
    let length = text.chars().count();
    let problem = if let Some(problem) = character_problem(text, Lines::Many, what) {
        Some(problem)
    } else if length < min || length > max {
        Some(TextError::Length {
            what: what.to_owned(),
            min,
            max,
        })
    } else {
        None
    };
    if let Some(problem) = problem {
        problems.push(FieldError {
            field: field.to_owned(),
            message: problem.to_string(),
        });
    }
    Some(text.to_owned())
}

/// A 400 listing every problem of a request, if it has any.
fn refuse_problems(problems: Vec<FieldError>, what: &str) -> Result<(), AppError> {
    if problems.is_empty() {
        return Ok(());
    }
    Err(ApiError::bad_request(format!("{what}有 {} 处需要修改", problems.len()), problems).into())
}

/// What the ratings' rules work with.
#[derive(Clone, Copy)]
pub struct Ratings<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
    pub feed: &'a FeedChanges,
}

impl Ratings<'_> {
    /// A rating as the API shows it, its case's deadline as of now.
    pub fn shown(&self, record: RatingRecord) -> Rating {
        let now = self.clock.now();
        let case = record.case_days.map(|days| RatingCase {
            deadline: case_deadline(&record, days, now),
            reply: record.reply.clone(),
            reply_score: record.reply_score,
        });
        Rating {
            id: record.id,
            subject: record.subject,
            hall: record.hall,
            item_name: record.item_name,
            score: record.score,
            dimensions: record.dimensions,
            comment: record.comment,
            reason: record.reason,
            rated_at: record.rated_at,
            case,
        }
    }

    /// The rating of one of the caller's applications and whether they may rate it now.
    pub async fn of_application(
        &self,
        record: &ApplicationRecord,
    ) -> Result<(Option<Rating>, bool), AppError> {
        let rating = self.store.rating_of_application(record.id).await?;
        let may_rate = rating.is_none() && is_rateable(record.status);
        Ok((rating.map(|rating| self.shown(rating)), may_rate))
    }

    /// Rates one of the caller's applications, once it has ended with a result.
    pub async fn rate_application(
        &self,
        user_id: i64,
        number: &ApplicationNumber,
        request: NewRating,
    ) -> Result<Rating, AppError> {
        let record = self
            .store
            .application(number)
            .await?
            .filter(|record| record.user_id == user_id)
            .ok_or_else(|| not_found(format!("没有找到办件 {number}")))?;
        if !is_rateable(record.status) {
            return Err(refused(
                ErrorCode::Conflict,
                format!(
                    "办件{}，办结或不予受理、不予许可后才能评价",
                    record.status.label()
                ),
            ));
        }
        let subject = RatingSubject::Application {
            number: record.number,
        };
        self.rate(
            user_id,
            subject,
            record.hall,
            record.item_name,
            Dimension::OF_APPLICATION,
            request,
        )
        .await
    }

    /// Rates one of the caller's visits, once checked in.
    pub async fn rate_visit(
        &self,
        user_id: i64,
        id: &BookingId,
        request: NewRating,
    ) -> Result<Rating, AppError> {
        let booking = self
            .store
            .booking(id, user_id)
            .await?
            .ok_or_else(|| not_found("没有这个预约"))?;
        if booking.status != banshi_api::bookings::BookingStatus::CheckedIn {
            return Err(refused(ErrorCode::Conflict, "到大厅签到后才能评价这次办事"));
        }
        let subject = RatingSubject::Visit {
            booking: booking.id,
        };
        self.rate(
            user_id,
            subject,
            booking.hall,
            booking.item_name,
            Dimension::OF_VISIT,
            request,
        )
        .await
    }

    async fn rate(
        &self,
        user_id: i64,
        subject: RatingSubject,
        hall: HallCode,
        item_name: String,
        allowed: &[Dimension],
        request: NewRating,
    ) -> Result<Rating, AppError> {
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, given) in request.dimensions.iter().enumerate() {
            let field = format!("dimensions[{index}].dimension");
            let message = if !allowed.contains(&given.dimension) {
                format!("“{}”不在这类事项的评价范围内", given.dimension.label())
            } else if !seen.insert(given.dimension) {
                format!("“{}”重复评价了", given.dimension.label())
            } else {
                continue;
            };
            problems.push(FieldError { field, message });
        }
        let comment = checked_text(
            request.comment.as_deref(),
            "comment",
            "评价内容",
            (0, MAX_COMMENT_CHARS),
            &mut problems,
        );
        let reason = checked_text(
            request.reason.as_deref(),
            "reason",
            "不满意的原因",
            REASON_CHARS,
            &mut problems,
        );
        let bad = request.score.is_bad();
        if bad && reason.is_none() {
            problems.push(FieldError {
                field: "reason".to_owned(),
                message: format!("评价为“{}”时请写明不满意的原因", request.score.label()),
            });
        }
        refuse_problems(problems, "评价")?;
        let record = RatingRecord {
            id: credentials::new_id()?,
            user_id,
            subject,
            hall,
            item_name,
            score: request.score,
            dimensions: request.dimensions,
            comment,
            reason,
            rated_at: self.clock.now(),
            case_days: bad.then_some(CASE_DAYS),
            reply: None,
            reply_score: None,
        };
        if !self.store.add_rating(&record).await? {
            return Err(refused(
                ErrorCode::Conflict,
                "这件事已经评价过了，每件事只能评价一次",
            ));
        }
        Ok(self.shown(record))
    }

    /// The caller's ratings, the newest first.
    pub async fn mine(&self, user_id: i64) -> Result<Vec<Rating>, AppError> {
        let records = self.store.ratings_of(user_id).await?;
        Ok(records
            .into_iter()
            .map(|record| self.shown(record))
            .collect())
    }

    /// A rating, for its rater or the staff of the hall rated; for anyone
    /// else it is not there.
    pub async fn one(&self, user_id: i64, id: &RatingId) -> Result<Rating, AppError> {
        let record = self.store.rating(id).await?.ok_or_else(no_such_rating)?;
        if !halls::may_see(self.store, user_id, record.user_id, &record.hall).await? {
            return Err(no_such_rating());
        }
        Ok(self.shown(record))
    }

    /// The rater scores the hall's answer to their bad rating, once.
    pub async fn rate_reply(
        &self,
        user_id: i64,
        id: &RatingId,
        request: ReplyRating,
    ) -> Result<Rating, AppError> {
        let record = self
            .store
            .rating(id)
            .await?
            .filter(|record| record.user_id == user_id)
            .ok_or_else(no_such_rating)?;
        if record.case_days.is_none() {
            return Err(refused(
                ErrorCode::Conflict,
                "只有不满意的评价有大厅的整改答复可以评价",
            ));
        }
        if record.reply.is_none() {
            return Err(refused(
                ErrorCode::Conflict,
                "大厅还没有答复，答复后才能评价答复",
            ));
        }
        if !self.store.rate_reply(id, request.score).await? {
            return Err(refused(ErrorCode::Conflict, "您已经评价过这条答复了"));
        }
        Ok(self.shown(RatingRecord {
            reply_score: Some(request.score),
            ..record
        }))
    }

    /// The bad ratings of the staff's hall (only those not answered when
    /// `open`), the oldest (the soonest due) first.
    pub async fn cases(&self, hall: &HallCode, open: bool) -> Result<Vec<Rating>, AppError> {
        let records = self.store.hall_cases(hall, open).await?;
        Ok(records
            .into_iter()
            .map(|record| self.shown(record))
            .collect())
    }

    /// A member of staff (`staff_id`) of `hall` answers a bad rating of
    /// their hall, once; its rater is notified.
    pub async fn reply(
        &self,
        staff_id: i64,
        hall: &HallCode,
        id: &RatingId,
        request: StaffRatingReply,
    ) -> Result<Rating, AppError> {
        let record = self.store.rating(id).await?.ok_or_else(no_such_rating)?;
        let handling = halls::find(self.store, record.hall.as_str()).await?;
        if &record.hall != hall {
            return Err(refused(
                ErrorCode::Forbidden,
                format!("这条评价由{}答复，您不能答复", handling.name),
            ));
        }
        if record.case_days.is_none() {
            return Err(refused(ErrorCode::Conflict, "只有不满意的评价需要整改答复"));
        }
        if record.reply.is_some() {
            return Err(refused(ErrorCode::Conflict, "这条评价已经答复过了"));
        }
        let mut problems = Vec::new();
        let text = checked_text(
            Some(&request.text),
            "text",
            "答复内容",
            REPLY_CHARS,
            &mut problems,
        );
        let Some(text) = text else {
            return Err(ApiError::bad_request(
                "请填写答复内容",
                vec![FieldError {
                    field: "text".to_owned(),
                    message: "请填写答复内容".to_owned(),
                }],
            )
            .into());
        };
        refuse_problems(problems, "答复")?;
        let staff = self
            .store
            .user(staff_id)
            .await?
            .ok_or(AppError::Fault("read the staff member who replies"))?;
        let now = self.clock.now();
        let reply = CaseReply {
            at: now,
            staff: staff.name,
            text,
        };
        let mut notification = Notification::new(
            now,
            NotificationKind::Reply,
            format!("评价答复：{}", record.item_name),
            format!("{}答复了您的评价：{}", handling.name, reply.text),
        );
        match &record.subject {
            RatingSubject::Application { number } => notification.number = Some(number.clone()),
            RatingSubject::Visit { booking } => notification.booking = Some(booking.clone()),
        }
        let new = NewNotification {
            user_id: record.user_id,
            at: now,
            notification,
        };
        if !self.store.reply_to_rating(id, &reply, &new).await? {
            return Err(refused(ErrorCode::Conflict, "这条评价已经答复过了"));
        }
        self.feed.grew(record.user_id);
        Ok(self.shown(RatingRecord {
            reply: Some(reply),
            ..record
        }))
    }

    /// A hall's public figures.
    pub async fn figures(&self, hall: &str) -> Result<HallRatings, AppError> {
        let hall = halls::find(self.store, hall).await?;
        Ok(self.store.hall_figures(&hall.code).await?)
    }
}

/// The case's clock: [`CASE_DAYS`] working days from the rating, stopped by the reply.
fn case_deadline(record: &RatingRecord, days: u16, now: i64) -> Deadline {
    DeadlineClock::unpaused(
        days,
        record.rated_at,
        record.reply.as_ref().map(|reply| reply.at),
        now,
    )
}
