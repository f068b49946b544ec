//! The rules of applications: accepting a submission (its item, the right to
//! act for an enterprise, the current form, the answers with those the hall
//! prefills from the caller's verified identity, and the materials'
//! [`pre_review`]), numbered and stored with its materials' uploads in one
//! step, exactly once per key; then its [`progress`] to a result, with its
//! [`deadline`] counted as a hall counts it.

pub mod deadline;
pub mod pre_review;
pub mod progress;
pub mod summary;

use banshi_api::applications::{Application, Delivery, SubmitRequest};
use banshi_api::delivery::DeliveryKind;
use banshi_api::forms::{Answer, Answers, Form, PrefillKey};
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::{self, Clock};
use crate::domain::delivery;
use crate::domain::notifications::FeedChanges;
use crate::domain::relatives::Relatives;
use crate::domain::sms::SmsGateway;
use crate::error::{AppError, not_found, refused};
use crate::store::{HeldKey, NewApplication, Store};

/// What the applications' rules work with.
#[derive(Clone, Copy)]
pub struct Applications<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
    pub sms: &'a SmsGateway,
    pub feed: &'a FeedChanges,
}

impl Applications<'_> {
    /// Pre-reviews and stores one submission of `user_id`, completing `key`
    /// with it: the item must take applications online, the caller may act for
    /// the enterprise named, the form is the current one, the answers (with
    /// those the hall fills in) pass the form's rules and the materials pass
    /// [`pre_review`].
    pub async fn accept(
        &self,
        user_id: i64,
        mut request: SubmitRequest,
        key: HeldKey,
    ) -> Result<Application, AppError> {
        let item = self
            .store
            .item(request.item_code.as_str())
            .await?
            .ok_or_else(|| not_found(format!("没有编码为 {} 的事项", request.item_code)))?;
        let form = self.store.form(&item.summary.code).await?.ok_or_else(|| {
            not_found(format!(
                "“{}”暂不支持网上申请，请预约到大厅办理",
                item.summary.name
            ))
        })?;
        let relative = match &request.on_behalf_of {
            Some(_) if request.acting_as.is_some() => {
                return Err(ApiError::bad_request(
                    "不能同时代表企业和代亲友办理",
                    vec![FieldError::new("on_behalf_of", "代亲友办理时不能选择企业")],
                )
                .into());
            }
            Some(authority) => Some(
                Relatives {
                    store: self.store,
                    clock: self.clock,
                    sms: self.sms,
                }
                .acting(
                    user_id,
                    authority,
                    (&item.summary.code, &item.summary.name),
                    (&item.summary.hall, item.summary.hall.as_str()),
                )
                .await?,
            ),
            None => None,
        };
        // The matter is the applicant's: under a relative's authority, the
        // person who gave it; the caller handles it and sends its pages.
        let uploader = user_id;
        let user_id = relative.as_ref().map_or(user_id, |record| record.principal);
        let handled_by = match &relative {
            Some(_) => {
                let handler = self
                    .store
                    .user(uploader)
                    .await?
                    .ok_or(AppError::Fault("read the caller's identity"))?;
                Some(summary::relative_handled(&handler.name))
            }
            None => None,
        };
        let member = match &request.acting_as {
            Some(uscc) => {
                let enterprises = crate::domain::enterprises::Enterprises {
                    store: self.store,
                    clock: self.clock,
                };
                Some(
                    enterprises
                        .may_act(user_id, uscc, Some(&item.summary.code))
                        .await?,
                )
            }
            None => None,
        };
        let handled_by = handled_by.or_else(|| {
            member
                .as_ref()
                .map(|member| summary::handled_by(&member.name, Some(member.role)))
        });
        if request.form_version != form.version {
            return Err(
                ApiError::bad_request("申请表已更新，请按新表核对后再提交", Vec::new()).into(),
            );
        }
        self.fill_from_identity(user_id, &form, &mut request.answers)
            .await?;
        let mut problems = form.check(&request.answers, self.clock.today());
        problems.extend(
            pre_review::review(
                self.store,
                (uploader, user_id),
                request.acting_as.as_deref(),
                &item.materials,
                &request.materials,
            )
            .await?,
        );
        let recipient = match (request.delivery, &request.recipient) {
            (Delivery::Ems, Some(recipient)) => {
                problems.extend(recipient.problems("recipient."));
                delivery::fee(
                    item.summary.ems_delivery,
                    DeliveryKind::Result,
                    &recipient.address.district,
                )
                .map(|fee| (recipient, fee.fee_fen))
            }
            (Delivery::Ems, None) => {
                problems.push(FieldError::new(
                    "recipient",
                    "选择邮寄送达时，请填写收件信息",
                ));
                None
            }
            (Delivery::PickUp, _) => None,
        };
        if !problems.is_empty() {
            return Err(ApiError::bad_request(
                format!("预审未通过：有 {} 处需要补充或修改", problems.len()),
                problems,
            )
            .into());
        }
        let answers = serde_json::to_string(&form.submitted(&request.answers))
            .map_err(|_| AppError::Fault("encode the answers"))?;
        let now = self.clock.now();
        let day = clock::china_date(now);
        self.store
            .create_application(&NewApplication {
                user_id,
                relative: relative.as_ref().map(|record| (uploader, &record.id)),
                handled_by: handled_by.as_deref(),
                acting_as: request.acting_as.as_deref(),
                item_code: &item.summary.code,
                item_name: &item.summary.name,
                answers: &answers,
                materials: &request.materials,
                delivery: request.delivery,
                recipient,
                submitted_at: now,
                day,
                form_version: form.version,
                hall: &item.summary.hall,
                department: &item.summary.department,
                promised_days: item.summary.promised_days,
                key: &key,
            })
            .await?
            .ok_or_else(|| {
                refused(
                    ErrorCode::Conflict,
                    "有一页材料刚被删除或随另一份申请提交了，请检查材料后再提交",
                )
            })
    }

    /// Fills the fields left blank that the hall answers from the caller's
    /// verified identity (their ID and mobile numbers), which the device only
    /// holds masked.
    async fn fill_from_identity(
        &self,
        user_id: i64,
        form: &Form,
        answers: &mut Answers,
    ) -> Result<(), AppError> {
        let user = self
            .store
            .user(user_id)
            .await?
            .ok_or(AppError::Fault("read the caller's identity"))?;
        for field in form.fields().filter(|field| field.filled_by_hall()) {
            if answers
                .get(&field.id)
                .is_some_and(|answer| !answer.is_blank())
            {
                continue;
            }
            let value = match field.prefill {
                Some(PrefillKey::ResidentId) => &user.resident_id,
                _ => &user.mobile,
            };
            answers.insert(field.id.clone(), Answer::Text(value.clone()));
        }
        Ok(())
    }
}
