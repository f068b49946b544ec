//! Moving an application to its result: every move checked against the state
//! machine of `banshi_api` and stored with its event, its deadline's clock and
//! its applicant's notification at once; the hall's staff acting on their
//! hall's applications, the applicant withdrawing or handing in a correction,
//! and what anyone may look up with the number and the name.

use std::collections::BTreeSet;

use banshi_api::accounts::Mobile;
use banshi_api::applications::{
    Application, ApplicationAction, ApplicationDetail, ApplicationEvent, ApplicationStatus,
    CorrectionItem, CorrectionNotice, CorrectionRequest, LookupQuery, LookupResult, LookupStep,
    StaffActionRequest, StaffApplication, StaffApplicationsQuery, material_field,
};
use banshi_api::forms::Answers;
use banshi_api::halls::HallCode;
use banshi_api::ids::ApplicationNumber;
use banshi_api::{ApiError, ErrorCode, FieldError};

use super::deadline::DeadlineClock;
use super::summary::{deadline_clock, summary_at};
use super::{Applications, pre_review};
use crate::domain::ratings::Ratings;
use crate::domain::sms::Sms;
use crate::domain::{enterprises, notifications};
use crate::error::{AppError, not_found, refused};
use crate::store::{ApplicationRecord, HeldKey, Moved, Transition};

/// The most problems one correction notice lists.
const MAX_CORRECTION_ITEMS: usize = 50;
/// The longest reason, legal basis or problem sentence, in characters.
const MAX_REASON_CHARS: usize = 500;
const MAX_BASIS_CHARS: usize = 200;
const MAX_PROBLEM_CHARS: usize = 200;

/// The answer to a number the caller may not see: the same as to one that
/// does not exist, so nobody learns which numbers do.
fn no_such_application(number: &ApplicationNumber) -> AppError {
    not_found(format!("没有找到办件 {number}"))
}

/// Who takes a step, as the timeline shows them.
struct Actor {
    staff: Option<String>,
    window: Option<String>,
}

/// What a step brings besides its action.
#[derive(Default)]
struct Step<'a> {
    reason: Option<String>,
    legal_basis: Option<String>,
    notice: Option<CorrectionNotice>,
    corrected: Option<(String, Vec<banshi_api::applications::SubmittedMaterial>)>,
    key: Option<&'a HeldKey>,
}

impl Applications<'_> {
    /// An application as lists show it, its deadline as of now.
    pub fn summary(&self, record: &ApplicationRecord) -> Application {
        summary_at(record, self.clock.now())
    }

    /// The caller's applications, the newest first.
    pub async fn list(&self, user_id: i64) -> Result<Vec<Application>, AppError> {
        let records = self.store.applications_of(user_id).await?;
        Ok(records.iter().map(|record| self.summary(record)).collect())
    }

    /// One of the caller's applications with its timeline.
    pub async fn detail(
        &self,
        user_id: i64,
        number: &ApplicationNumber,
    ) -> Result<ApplicationDetail, AppError> {
        let record = self.own(user_id, number).await?;
        let events = self.store.events_of(record.id).await?;
        self.detail_of(&record, events).await
    }

    /// Withdraws one of the caller's applications, before acceptance only.
    pub async fn withdraw(
        &self,
        user_id: i64,
        number: &ApplicationNumber,
    ) -> Result<ApplicationDetail, AppError> {
        let record = self.own_to_act(user_id, number).await?;
        let applicant = Actor {
            staff: None,
            window: None,
        };
        self.move_on(
            &record,
            ApplicationAction::Withdraw,
            applicant,
            Step::default(),
        )
        .await
    }

    /// Hands in the correction the notice of one of the caller's applications
    /// asks for: exactly the items it lists, each pre-reviewed again, every
    /// remaining problem answered at once; completes `key` with the result.
    pub async fn correct(
        &self,
        user_id: i64,
        number: &ApplicationNumber,
        request: CorrectionRequest,
        key: HeldKey,
    ) -> Result<ApplicationDetail, AppError> {
        let record = self.own_to_act(user_id, number).await?;
        let Some(notice) = record
            .correction
            .clone()
            .filter(|_| record.status == ApplicationStatus::AwaitingCorrection)
        else {
            let refusal = record
                .status
                .apply(ApplicationAction::Correct, record.accepted_at.is_some())
                .err()
                .map_or_else(|| "这个办件没有待补正的事项".to_owned(), |e| e.to_string());
            return Err(refused(ErrorCode::Conflict, refusal));
        };
        let listed: BTreeSet<&str> = notice
            .items
            .iter()
            .map(|item| item.field.as_str())
            .collect();
        let mut problems = Vec::new();
        for field in request.answers.keys() {
            if !listed.contains(field.as_str()) {
                problems.push(not_listed(field.clone()));
            }
        }
        let mut given = BTreeSet::new();
        for material in &request.materials {
            let field = material_field(material.material);
            if !listed.contains(field.as_str()) {
                problems.push(not_listed(field.clone()));
            }
            if !given.insert(field.clone()) {
                problems.push(FieldError {
                    field,
                    message: "这项材料重复了".to_owned(),
                });
            }
        }
        for item in &notice.items {
            let answered = request.answers.contains_key(&item.field) || given.contains(&item.field);
            if !answered {
                problems.push(FieldError {
                    field: item.field.clone(),
                    message: format!("请按补正通知修改：{}", item.problem),
                });
            }
        }
        if !problems.is_empty() {
            return Err(ApiError::bad_request(
                format!("补正未通过：有 {} 处不符合补正通知", problems.len()),
                problems,
            )
            .into());
        }
        let item = self
            .store
            .item(record.item_code.as_str())
            .await?
            .ok_or(AppError::Fault("read the item of an application"))?;
        let form = self
            .store
            .form(&record.item_code)
            .await?
            .ok_or(AppError::Fault("read the form of an application"))?;
        let mut answers: Answers = serde_json::from_str(&record.answers)
            .map_err(|_| AppError::Fault("decode the answers of an application"))?;
        answers.extend(request.answers);
        let mut problems = form.check(&answers, self.clock.today());
        let review = pre_review::review(
            self.store,
            (user_id, record.user_id),
            record.acting_as.as_deref(),
            &item.materials,
            &request.materials,
        )
        .await?;
        // The materials not corrected stay as handed in: only the corrected
        // ones are reviewed again.
        problems.extend(
            review
                .into_iter()
                .filter(|problem| given.contains(&problem.field)),
        );
        if !problems.is_empty() {
            return Err(ApiError::bad_request(
                format!("预审未通过：有 {} 处需要补充或修改", problems.len()),
                problems,
            )
            .into());
        }
        let mut materials = record.materials.clone();
        materials.retain(|kept| !given.contains(&material_field(kept.material)));
        materials.extend(request.materials);
        materials.sort_by_key(|material| material.material);
        let answers = serde_json::to_string(&form.submitted(&answers))
            .map_err(|_| AppError::Fault("encode the answers"))?;
        let applicant = Actor {
            staff: None,
            window: None,
        };
        let step = Step {
            corrected: Some((answers, materials)),
            key: Some(&key),
            ..Step::default()
        };
        self.move_on(&record, ApplicationAction::Correct, applicant, step)
            .await
    }

    /// What a member of staff of `hall` (user `staff_id`) does to an
    /// application their hall handles.
    pub async fn act(
        &self,
        staff_id: i64,
        hall: &HallCode,
        number: &ApplicationNumber,
        request: StaffActionRequest,
    ) -> Result<ApplicationDetail, AppError> {
        let record = self
            .store
            .application(number)
            .await?
            .ok_or_else(|| no_such_application(number))?;
        let handling = self
            .store
            .hall(record.hall.as_str())
            .await?
            .ok_or(AppError::Fault("read the hall of an application"))?;
        if &record.hall != hall {
            return Err(refused(
                ErrorCode::Forbidden,
                format!("这个办件由{}办理，您不能操作", handling.name),
            ));
        }
        let action = request.action;
        if action.by_applicant() {
            return Err(ApiError::bad_request(
                format!("“{}”只能由申请人操作", action.label()),
                vec![FieldError {
                    field: "action".to_owned(),
                    message: "这是申请人的操作".to_owned(),
                }],
            )
            .into());
        }
        // The move itself first: an impossible one is a 409 whatever else is sent.
        record
            .status
            .apply(action, record.accepted_at.is_some())
            .map_err(|refusal| refused(ErrorCode::Conflict, refusal.to_string()))?;
        let mut problems = Vec::new();
        let reason = text_of(&request.reason, "reason", MAX_REASON_CHARS, &mut problems);
        let legal_basis = text_of(
            &request.legal_basis,
            "legal_basis",
            MAX_BASIS_CHARS,
            &mut problems,
        );
        if action.needs_reason() && reason.is_none() && problems.is_empty() {
            problems.push(required("reason", "请写明理由"));
        }
        if action == ApplicationAction::Refuse && legal_basis.is_none() {
            problems.push(required("legal_basis", "请写明法律依据"));
        }
        let notice = if action == ApplicationAction::RequestCorrection {
            let form = self.store.form(&record.item_code).await?;
            let item = self.store.item(record.item_code.as_str()).await?;
            let known = |field: &str| {
                form.as_ref()
                    .is_some_and(|form| form.field(field).is_some())
                    || item.as_ref().is_some_and(|item| {
                        (0..item.materials.len())
                            .filter_map(|i| u32::try_from(i).ok())
                            .any(|i| material_field(i) == field)
                    })
            };
            check_items(&request.items, known, &mut problems);
            Some(CorrectionNotice {
                requested_at: self.clock.now(),
                department: record.department.clone(),
                items: request.items.clone(),
            })
        } else {
            if !request.items.is_empty() {
                problems.push(required("items", "只有要求补正时才列出补正事项"));
            }
            None
        };
        let window = match &request.window {
            Some(number) => match handling.windows.iter().find(|w| &w.number == number) {
                Some(window) => Some(window.number.clone()),
                None => {
                    problems.push(required("window", "大厅没有这个窗口"));
                    None
                }
            },
            None => handling
                .windows
                .iter()
                .find(|window| window.department == record.department)
                .map(|window| window.number.clone()),
        };
        if !problems.is_empty() {
            return Err(ApiError::bad_request(
                format!(
                    "不能{}：有 {} 处需要补充或修改",
                    action.label(),
                    problems.len()
                ),
                problems,
            )
            .into());
        }
        let staff = self
            .store
            .user(staff_id)
            .await?
            .ok_or(AppError::Fault("read the staff's name"))?;
        let actor = Actor {
            staff: Some(staff.name),
            window,
        };
        let reason = reason.or_else(|| {
            notice
                .as_ref()
                .map(|notice| format!("需补正 {} 项", notice.items.len()))
        });
        let step = Step {
            reason,
            legal_basis,
            notice,
            ..Step::default()
        };
        self.move_on(&record, action, actor, step).await
    }

    /// What waits in `hall`, the soonest due first.
    pub async fn of_hall(
        &self,
        hall: &HallCode,
        query: &StaffApplicationsQuery,
    ) -> Result<Vec<StaffApplication>, AppError> {
        let rows = self
            .store
            .hall_applications(hall, query.state, query.due_before)
            .await?;
        Ok(rows
            .iter()
            .map(|(record, applicant)| StaffApplication {
                application: self.summary(record),
                applicant: applicant.clone(),
            })
            .collect())
    }

    /// The public lookup (办件查询): the state and steps of the application
    /// numbered so, if the name is its applicant's; the same 404 otherwise.
    pub async fn lookup(&self, query: &LookupQuery) -> Result<LookupResult, AppError> {
        let refusal = || not_found("没有找到相符的办件，请核对办件编号和申请人姓名");
        let name = query.name.trim();
        let Some(record) = self.store.application(&query.number).await? else {
            return Err(refusal());
        };
        let applicant = match &record.acting_as {
            Some(uscc) => self
                .store
                .enterprise(uscc)
                .await?
                .map(|enterprise| enterprise.name),
            None => self.store.user(record.user_id).await?.map(|user| user.name),
        };
        if name.is_empty() || applicant.as_deref() != Some(name) {
            return Err(refusal());
        }
        let events = self.store.events_of(record.id).await?;
        Ok(LookupResult {
            number: record.number.clone(),
            item_name: record.item_name.clone(),
            status: record.status,
            steps: events
                .into_iter()
                .map(|event| LookupStep {
                    at: event.at,
                    status: event.status,
                    department: event.department,
                })
                .collect(),
            deadline: deadline_clock(&record).at(self.clock.now()),
        })
    }

    /// The caller's application numbered so, or one they handle for a
    /// relative while the authority is open; another's is not there for them.
    async fn own(
        &self,
        user_id: i64,
        number: &ApplicationNumber,
    ) -> Result<ApplicationRecord, AppError> {
        let record = self
            .store
            .application(number)
            .await?
            .ok_or_else(|| no_such_application(number))?;
        if record
            .relative
            .as_ref()
            .is_some_and(|relative| relative.user_id == user_id && relative.authority_open)
        {
            return Ok(record);
        }
        enterprises::visible(self.store, self.clock, user_id, &record)
            .await
            .map_err(|refusal| refusal.unwrap_or_else(|| no_such_application(number)))?;
        Ok(record)
    }

    /// [`Self::own`], when the caller may also act on it: for an enterprise,
    /// within their authority over its item.
    async fn own_to_act(
        &self,
        user_id: i64,
        number: &ApplicationNumber,
    ) -> Result<ApplicationRecord, AppError> {
        let record = self.own(user_id, number).await?;
        if let Some(uscc) = &record.acting_as {
            let enterprises = enterprises::Enterprises {
                store: self.store,
                clock: self.clock,
            };
            enterprises
                .may_act(user_id, uscc, Some(&record.item_code))
                .await?;
        }
        Ok(record)
    }

    async fn detail_of(
        &self,
        record: &ApplicationRecord,
        events: Vec<ApplicationEvent>,
    ) -> Result<ApplicationDetail, AppError> {
        let answers = serde_json::from_str(&record.answers)
            .map_err(|_| AppError::Fault("decode the answers of an application"))?;
        let ratings = Ratings {
            store: self.store,
            clock: self.clock,
            feed: self.feed,
        };
        let (rating, may_rate) = ratings.of_application(record).await?;
        Ok(ApplicationDetail {
            application: self.summary(record),
            events,
            correction: record.correction.clone(),
            form_version: record.form_version,
            answers,
            materials: record.materials.clone(),
            actions: record
                .status
                .actions(record.accepted_at.is_some())
                .filter(|action| action.by_applicant())
                .collect(),
            deliveries: self.store.deliveries_of_application(record.id).await?,
            rating,
            may_rate,
        })
    }

    /// Moves `record` on by `action`, with its event, deadline, notification
    /// (and SMS) and anything `step` brings, in one store transition.
    async fn move_on(
        &self,
        record: &ApplicationRecord,
        action: ApplicationAction,
        actor: Actor,
        step: Step<'_>,
    ) -> Result<ApplicationDetail, AppError> {
        let to = record
            .status
            .apply(action, record.accepted_at.is_some())
            .map_err(|refusal| refused(ErrorCode::Conflict, refusal.to_string()))?;
        let now = self.clock.now();
        let mut next = record.clone();
        next.status = to;
        if action == ApplicationAction::Accept {
            next.accepted_at = Some(now);
        }
        if let Some(since) = next.paused_since.take() {
            next.paused_days += DeadlineClock::pause_length(since, now);
        }
        if to.stops_the_clock() && next.accepted_at.is_some() {
            next.paused_since = Some(now);
        }
        if to.is_final() {
            next.ended_at = Some(now);
        }
        next.correction = step.notice;
        if let Some((answers, materials)) = &step.corrected {
            next.answers.clone_from(answers);
            next.materials.clone_from(materials);
        }
        let deadline = deadline_clock(&next).at(now);
        let event = ApplicationEvent {
            at: now,
            action: Some(action),
            status: to,
            department: record.department.clone(),
            window: actor.window,
            staff: actor.staff,
            reason: step.reason,
            legal_basis: step.legal_basis,
        };
        let notification = notifications::of_move(
            &next,
            &event,
            deadline.map(|deadline| deadline.due.month_day_text()),
        );
        let licence =
            if to == ApplicationStatus::Completed && record.status == ApplicationStatus::Approved {
                self.store
                    .item(record.item_code.as_str())
                    .await?
                    .filter(|item| item.result.kind == "证照")
                    .map(|item| item.result.name)
            } else {
                None
            };
        let mut events = self.store.events_of(record.id).await?;
        events.push(event.clone());
        let detail = self.detail_of(&next, events).await?;
        let response = serde_json::to_value(&detail)
            .map_err(|_| AppError::Fault("encode an application's detail"))?;
        let holder = match &record.acting_as {
            Some(uscc) => Err(uscc.as_str()),
            None => Ok(record.user_id),
        };
        let licence_number = format!("{}-1", record.number);
        let moved = self
            .store
            .transition(&Transition {
                application_id: record.id,
                from: record.status,
                event: &event,
                accepted_at: next.accepted_at,
                paused_since: next.paused_since,
                paused_days: next.paused_days,
                ended_at: next.ended_at,
                due_on: deadline.map(|deadline| deadline.due),
                correction: next.correction.as_ref(),
                corrected: step
                    .corrected
                    .as_ref()
                    .map(|(answers, materials)| (answers.as_str(), materials.as_slice())),
                notification: &notification,
                licence: licence
                    .as_deref()
                    .map(|kind| (holder, kind, licence_number.as_str())),
                key: step.key.map(|key| (key, &response)),
            })
            .await?;
        match moved {
            Moved::Done => {}
            Moved::Overtaken => {
                return Err(refused(
                    ErrorCode::Conflict,
                    "这个办件刚刚已被办理，请刷新后再操作",
                ));
            }
            Moved::PageGone => {
                return Err(refused(
                    ErrorCode::Conflict,
                    "有一页材料刚被删除或随另一份申请提交了，请检查材料后再提交",
                ));
            }
        }
        self.feed.grew(record.user_id);
        if notifications::goes_by_sms(to)
            && let Some(user) = self.store.user(record.user_id).await?
            && let Ok(mobile) = Mobile::parse(&user.mobile)
        {
            self.sms.send(
                &mobile,
                Sms::Application(&notification.notification.body),
                now,
            );
        }
        Ok(detail)
    }
}

fn not_listed(field: String) -> FieldError {
    FieldError {
        field,
        message: "补正通知没有要求修改这一项，不能改动".to_owned(),
    }
}

fn required(field: &str, message: &str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message: message.to_owned(),
    }
}

/// A sentence given in `field`, trimmed, if there is one of at most `max`
/// characters; a problem if it is too long.
fn text_of(
    text: &Option<String>,
    field: &str,
    max: usize,
    problems: &mut Vec<FieldError>,
) -> Option<String> {
    let text = text
        .as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())?;
    if text.chars().count() > max {
        problems.push(required(field, &format!("不能超过 {max} 个字")));
        return None;
    }
    Some(text.to_owned())
}

/// The problems of a correction notice's `items`: at least one, each a field
/// or material the application has, once, with a sentence.
fn check_items(
    items: &[CorrectionItem],
    known: impl Fn(&str) -> bool,
    problems: &mut Vec<FieldError>,
) {
    if items.is_empty() {
        problems.push(required("items", "请列出需要补正的全部事项"));
    }
    if items.len() > MAX_CORRECTION_ITEMS {
        problems.push(required(
            "items",
            &format!("一次最多列出 {MAX_CORRECTION_ITEMS} 项"),
        ));
        return;
    }
    let mut seen = BTreeSet::new();
    for (index, item) in items.iter().enumerate() {
        let field = format!("items.{index}");
        let problem = item.problem.trim();
        if !known(&item.field) {
            problems.push(required(&field, "申请中没有这一项"));
        } else if !seen.insert(item.field.as_str()) {
            problems.push(required(&field, "同一项只需列出一次"));
        } else if problem.is_empty() || problem.chars().count() > MAX_PROBLEM_CHARS {
            problems.push(required(
                &field,
                &format!("请用 1 至 {MAX_PROBLEM_CHARS} 个字写明问题"),
            ));
        }
    }
}
