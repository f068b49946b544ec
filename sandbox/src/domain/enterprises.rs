//! The rules of an enterprise's workspace: who is on its staff and what each
//! may do — the legal representative or an admin manages the staff, only the
//! representative appoints, demotes or removes admins, nobody changes or
//! removes the representative — each change one transaction with its audit
//! event; the one authority check every act for an enterprise passes; and
//! its matters as one table, paged by an opaque keyset cursor or streamed
//! whole as CSV.

use std::sync::Arc;

use banshi_api::accounts::{CreditCode, Licence, Mobile, mask_name};
use banshi_api::applications::Delivery;
use banshi_api::authority::{Refusal, Scope};
use banshi_api::enterprises::{
    AuditAction, AuditEvent, AuditPage, CSV_HEADER, DEFAULT_PAGE, EnterpriseProfile, MAX_PAGE,
    Matter, MatterSort, MattersPage, MattersQuery, MemberState, PageQuery, StaffChange,
    StaffInvitation, StaffMember, StaffRole,
};
use banshi_api::ids::{ItemCode, MemberId};
use banshi_api::tags::{from_tag, tag_of};
use banshi_api::{ApiError, ErrorCode, FieldError};
use sha2::{Digest, Sha256};

use crate::clock::{self, Clock};
use crate::domain::applications::summary::summary_at;
use crate::error::{AppError, not_found, refused};
use crate::store::{
    ApplicationRecord, EnterpriseData, MatterKey, MatterRecord, MattersFilter, StaffChangeRecord,
    StaffRecord, Standing, Store,
};

/// Rows read from the store at a time while the CSV export streams.
const CSV_BATCH: u32 = 500;

/// A refusal to act for another, as the 403 that carries its sentence.
pub fn refusal(refusal: Refusal) -> AppError {
    refused(ErrorCode::Forbidden, refusal.to_string())
}

fn no_such_enterprise(uscc: &str) -> AppError {
    not_found(format!("没有统一社会信用代码为 {uscc} 的企业"))
}

fn no_such_member() -> AppError {
    not_found("企业的经办人员中没有这个人")
}

fn one_field(code: ErrorCode, message: &str, field: &str, problem: String) -> AppError {
    ApiError {
        fields: vec![FieldError::new(field, problem)],
        ..ApiError::new(code, message)
    }
    .into()
}

fn invalid(problems: Vec<FieldError>) -> AppError {
    ApiError::bad_request("请检查填写的内容", problems).into()
}

/// A cursor as the client holds it: the payload with a check, so an edited
/// or made-up cursor is refused rather than read.
fn seal(payload: &str) -> String {
    let check = hex::encode(&Sha256::digest(format!("banshi cursor {payload}"))[..8]);
    format!("{}.{check}", hex::encode(payload))
}

/// The payload of a cursor [`seal`] made, or the 400 naming `cursor`.
fn unseal(cursor: &str) -> Result<String, AppError> {
    let bad = || {
        one_field(
            ErrorCode::BadRequest,
            "翻页位置无效，请从第一页重新查看",
            "cursor",
            "翻页位置无效或已被改动".to_owned(),
        )
    };
    let (body, _) = cursor.split_once('.').ok_or_else(bad)?;
    let payload = String::from_utf8(hex::decode(body).map_err(|_| bad())?).map_err(|_| bad())?;
    if seal(&payload) == cursor {
        Ok(payload)
    } else {
        Err(bad())
    }
}

/// Rows per page from a query, or the 400 naming `limit`.
fn page_size(limit: Option<u32>) -> Result<u32, AppError> {
    match limit.unwrap_or(DEFAULT_PAGE) {
        size @ 1..=MAX_PAGE => Ok(size),
        _ => Err(one_field(
            ErrorCode::BadRequest,
            "每页条数应为 1–200",
            "limit",
            "每页条数应为 1–200".to_owned(),
        )),
    }
}

/// A scope as one sentence, for the audit.
fn scope_sentence(scope: &Scope) -> String {
    let items = if scope.items.is_empty() {
        "不限事项".to_owned()
    } else {
        format!("限 {} 个事项", scope.items.len())
    };
    let halls = if scope.halls.is_empty() {
        "不限大厅".to_owned()
    } else {
        format!("限 {} 个大厅", scope.halls.len())
    };
    let until = scope
        .until
        .map_or_else(|| "长期有效".to_owned(), |day| format!("有效期至 {day}"));
    format!("{items}，{halls}，{until}")
}

/// What the enterprises' rules work with.
#[derive(Clone, Copy)]
pub struct Enterprises<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
}

impl Enterprises<'_> {
    /// The caller's place on the enterprise's staff while it is in force
    /// (any role); the refusal saying why not otherwise.
    pub async fn member_in_force(&self, user_id: i64, uscc: &str) -> Result<StaffRecord, AppError> {
        let Some(member) = self.store.staff_member(uscc, user_id).await? else {
            return Err(refusal(if self.store.was_removed(uscc, user_id).await? {
                Refusal::Withdrawn
            } else {
                Refusal::NotStaff
            }));
        };
        if member.state == MemberState::Suspended {
            return Err(refusal(Refusal::Suspended));
        }
        Ok(member)
    }

    /// The one check of acting for an enterprise: the caller is on its staff,
    /// in force, not read-only and, as a clerk, within their scope for
    /// `item` (any item when `None`: only the scope's last day counts).
    pub async fn may_act(
        &self,
        user_id: i64,
        uscc: &str,
        item: Option<&ItemCode>,
    ) -> Result<StaffRecord, AppError> {
        let member = self.member_in_force(user_id, uscc).await?;
        if !member.role.acts() {
            return Err(refusal(Refusal::ReadOnly));
        }
        if !member.role.scoped() {
            return Ok(member);
        }
        let today = self.clock.today();
        let Some(code) = item else {
            return match member.scope.until {
                Some(until) if member.scope.expired(today) => Err(refusal(Refusal::Expired(until))),
                _ => Ok(member),
            };
        };
        let item = self
            .store
            .item(code.as_str())
            .await?
            .ok_or_else(|| not_found(format!("没有编码为 {code} 的事项")))?;
        let hall_name = self
            .store
            .hall(item.summary.hall.as_str())
            .await?
            .map(|hall| hall.name)
            .unwrap_or_default();
        member
            .scope
            .permits(
                code,
                &item.summary.name,
                &item.summary.hall,
                &hall_name,
                today,
            )
            .map_err(refusal)?;
        Ok(member)
    }

    /// The enterprise and the caller's place on its staff: 404 for no such
    /// enterprise, the refusal for anyone not (or no longer) on it.
    async fn place(
        &self,
        user_id: i64,
        uscc: &str,
    ) -> Result<(EnterpriseData, StaffRecord), AppError> {
        let code = CreditCode::parse(uscc).map_err(|_| no_such_enterprise(uscc))?;
        let enterprise = self
            .store
            .enterprise(code.as_str())
            .await?
            .ok_or_else(|| no_such_enterprise(uscc))?;
        let member = self.member_in_force(user_id, code.as_str()).await?;
        Ok((enterprise, member))
    }

    /// The caller's place, when they manage the staff.
    async fn manager(
        &self,
        user_id: i64,
        uscc: &str,
    ) -> Result<(EnterpriseData, StaffRecord), AppError> {
        let (enterprise, member) = self.place(user_id, uscc).await?;
        if !member.role.manages() {
            return Err(refusal(Refusal::NotManager));
        }
        Ok((enterprise, member))
    }

    /// `GET /enterprises/{uscc}`: its registered data and licences, with the caller's place.
    pub async fn profile(&self, user_id: i64, uscc: &str) -> Result<EnterpriseProfile, AppError> {
        let (enterprise, member) = self.place(user_id, uscc).await?;
        let licences = self.store.licences_of_enterprise(&enterprise.uscc).await?;
        Ok(EnterpriseProfile {
            legal_representative: enterprise.representative_name,
            address: enterprise.address,
            business_scope: enterprise.business_scope,
            licences: licences.into_iter().map(Licence::from).collect(),
            caller: shown(&member, user_id),
            uscc: enterprise.uscc,
            name: enterprise.name,
        })
    }

    /// `GET /enterprises/{uscc}/members`: the staff, the representative first.
    pub async fn members(&self, user_id: i64, uscc: &str) -> Result<Vec<StaffMember>, AppError> {
        let (enterprise, _) = self.place(user_id, uscc).await?;
        let staff = self.store.staff(&enterprise.uscc).await?;
        Ok(staff.iter().map(|member| shown(member, user_id)).collect())
    }

    /// Checks a role and scope given by `manager`: the 400 of a wrong one,
    /// the refusal of one the manager may not give.
    async fn check_standing(
        &self,
        manager: &StaffRecord,
        role: StaffRole,
        scope: Option<&Scope>,
    ) -> Result<(), AppError> {
        let mut problems = Vec::new();
        if role == StaffRole::LegalRepresentative {
            problems.push(FieldError::new(
                "role",
                "法定代表人随企业登记确定，不能授予",
            ));
        }
        if let Some(scope) = scope {
            problems.extend(self.scope_problems(scope).await?);
        }
        if !problems.is_empty() {
            return Err(invalid(problems));
        }
        if role == StaffRole::Admin && manager.role != StaffRole::LegalRepresentative {
            return Err(refusal(Refusal::NotRepresentative));
        }
        Ok(())
    }

    /// What is wrong with a scope: [`Scope::problems`], then items not in the
    /// catalog and halls not among the halls, each named.
    async fn scope_problems(&self, scope: &Scope) -> Result<Vec<FieldError>, AppError> {
        let mut problems = scope.problems("scope.", self.clock.today());
        for item in &scope.items {
            if self.store.item(item.as_str()).await?.is_none() {
                problems.push(FieldError::new(
                    "scope.items",
                    format!("没有编码为 {item} 的事项"),
                ));
            }
        }
        for hall in &scope.halls {
            if self.store.hall(hall.as_str()).await?.is_none() {
                problems.push(FieldError::new(
                    "scope.halls",
                    format!("没有编码为 {hall} 的大厅"),
                ));
            }
        }
        Ok(problems)
    }

    /// `POST /enterprises/{uscc}/members`: adds the person registered with
    /// the mobile number to the staff, with its audit event.
    pub async fn invite(
        &self,
        user_id: i64,
        uscc: &str,
        invitation: &StaffInvitation,
    ) -> Result<StaffMember, AppError> {
        let (enterprise, manager) = self.manager(user_id, uscc).await?;
        let mobile = Mobile::parse(&invitation.mobile).map_err(|error| {
            AppError::from(ApiError::bad_request(
                "请检查手机号码",
                vec![error.field_error("mobile")],
            ))
        })?;
        self.check_standing(&manager, invitation.role, Some(&invitation.scope))
            .await?;
        let invitee = self
            .store
            .user_id_by_mobile(mobile.as_str())
            .await?
            .ok_or_else(|| {
                one_field(
                    ErrorCode::NotFound,
                    "没有使用该手机号注册的账号",
                    "mobile",
                    "没有使用该手机号注册的账号，请先请对方注册".to_owned(),
                )
            })?;
        let standing = Standing {
            role: invitation.role,
            scope: scoped(invitation.role, invitation.scope.clone()),
            state: MemberState::Active,
        };
        let mut detail = format!("添加为“{}”", invitation.role.label());
        if invitation.role.scoped() {
            detail.push_str(&format!("，{}", scope_sentence(&standing.scope)));
        }
        let added = self
            .store
            .add_staff(
                &enterprise.uscc,
                invitee,
                &standing,
                user_id,
                self.clock.now(),
                &detail,
            )
            .await?
            .ok_or_else(|| refused(ErrorCode::Conflict, "这个人已在企业的经办人员中"))?;
        Ok(shown(&added, user_id))
    }

    /// The member `id` whom the caller may manage, with the caller's place.
    async fn managed(
        &self,
        user_id: i64,
        uscc: &str,
        id: &MemberId,
    ) -> Result<(EnterpriseData, StaffRecord, StaffRecord), AppError> {
        let (enterprise, manager) = self.manager(user_id, uscc).await?;
        let member = self
            .store
            .staff_member_by_id(&enterprise.uscc, id)
            .await?
            .ok_or_else(no_such_member)?;
        if member.role == StaffRole::LegalRepresentative {
            return Err(refused(
                ErrorCode::Forbidden,
                "法定代表人随企业登记确定，不能修改或移除",
            ));
        }
        if member.role == StaffRole::Admin && manager.role != StaffRole::LegalRepresentative {
            return Err(refusal(Refusal::NotRepresentative));
        }
        Ok((enterprise, manager, member))
    }

    /// `PATCH /enterprises/{uscc}/members/{member}`: a new role, scope or
    /// state, with one audit event per part that changed.
    pub async fn change(
        &self,
        user_id: i64,
        uscc: &str,
        id: &MemberId,
        change: &StaffChange,
    ) -> Result<StaffMember, AppError> {
        let (enterprise, manager, member) = self.managed(user_id, uscc, id).await?;
        let role = change.role.unwrap_or(member.role);
        self.check_standing(&manager, role, change.scope.as_ref())
            .await?;
        let before = Standing {
            role: member.role,
            scope: member.scope.clone(),
            state: member.state,
        };
        let after = Standing {
            role,
            scope: scoped(
                role,
                change.scope.clone().unwrap_or_else(|| member.scope.clone()),
            ),
            state: change.state.unwrap_or(member.state),
        };
        let mut events = Vec::new();
        if after.role != before.role {
            events.push((
                AuditAction::RoleChanged,
                format!(
                    "角色由“{}”改为“{}”",
                    before.role.label(),
                    after.role.label()
                ),
            ));
        }
        if after.scope != before.scope && after.role.scoped() {
            events.push((
                AuditAction::ScopeChanged,
                format!("授权范围改为：{}", scope_sentence(&after.scope)),
            ));
        }
        if after.state != before.state {
            events.push(match after.state {
                MemberState::Suspended => (AuditAction::Suspended, "暂停授权".to_owned()),
                MemberState::Active => (AuditAction::Resumed, "恢复授权".to_owned()),
            });
        }
        if events.is_empty() {
            return Ok(shown(&member, user_id));
        }
        let changed = self
            .store
            .change_staff(&StaffChangeRecord {
                uscc: &enterprise.uscc,
                member: &member,
                before: &before,
                after: &after,
                actor: user_id,
                now: self.clock.now(),
                events: &events,
            })
            .await?
            .ok_or_else(|| {
                refused(
                    ErrorCode::Conflict,
                    "这位人员的角色或授权刚被修改，请刷新后再试",
                )
            })?;
        Ok(shown(&changed, user_id))
    }

    /// `DELETE /enterprises/{uscc}/members/{member}`: removes a member, whose
    /// drafts for the enterprise pass to its legal representative.
    pub async fn remove(&self, user_id: i64, uscc: &str, id: &MemberId) -> Result<(), AppError> {
        let (enterprise, _, member) = self.managed(user_id, uscc, id).await?;
        let detail = format!("移出经办人员（原角色“{}”）", member.role.label());
        let removed = self
            .store
            .remove_staff(
                &enterprise.uscc,
                &member,
                user_id,
                self.clock.now(),
                &detail,
            )
            .await?;
        if removed {
            Ok(())
        } else {
            Err(refused(
                ErrorCode::Conflict,
                "这位人员的角色刚被修改或已被移出，请刷新后再试",
            ))
        }
    }

    /// `GET /enterprises/{uscc}/audit`: the changes to the staff, newest first.
    pub async fn audit(
        &self,
        user_id: i64,
        uscc: &str,
        query: &PageQuery,
    ) -> Result<AuditPage, AppError> {
        let size = page_size(query.limit)?;
        let before = query
            .cursor
            .as_deref()
            .map(|cursor| {
                unseal(cursor)?
                    .strip_prefix("audit ")
                    .and_then(|id| id.parse().ok())
                    .ok_or_else(|| {
                        one_field(
                            ErrorCode::BadRequest,
                            "翻页位置无效，请从第一页重新查看",
                            "cursor",
                            "翻页位置无效或已被改动".to_owned(),
                        )
                    })
            })
            .transpose()?;
        let (enterprise, _) = self.place(user_id, uscc).await?;
        let mut records = self.store.audit(&enterprise.uscc, before, size + 1).await?;
        let next = (records.len() > size as usize).then(|| {
            records.truncate(size as usize);
            seal(&format!("audit {}", records[records.len() - 1].id))
        });
        Ok(AuditPage {
            events: records
                .into_iter()
                .map(|record| AuditEvent {
                    at: record.at,
                    actor: mask_name(&record.actor),
                    action: record.action,
                    member: mask_name(&record.member),
                    detail: record.detail,
                })
                .collect(),
            next,
        })
    }

    /// `GET /enterprises/{uscc}/applications`: a page of the matters the filters match.
    pub async fn matters(
        &self,
        user_id: i64,
        uscc: &str,
        query: &MattersQuery,
    ) -> Result<MattersPage, AppError> {
        let size = page_size(query.limit)?;
        let sort = query.sort.unwrap_or_default();
        let after = query
            .cursor
            .as_deref()
            .map(|cursor| matter_key(sort, cursor))
            .transpose()?;
        let (enterprise, _) = self.place(user_id, uscc).await?;
        let filter = filter_of(&enterprise.uscc, query);
        let mut records = self
            .store
            .matters(&filter, sort, after.as_ref(), size + 1)
            .await?;
        let next = (records.len() > size as usize).then(|| {
            records.truncate(size as usize);
            matter_cursor(sort, &records[records.len() - 1].key)
        });
        let total = self.store.count_matters(&filter).await?;
        let now = self.clock.now();
        Ok(MattersPage {
            matters: records
                .iter()
                .map(|record| matter_of(record, now))
                .collect(),
            total,
            next,
        })
    }

    /// Checks the caller may list the enterprise's matters and the query is
    /// right, before [`csv`] streams them.
    pub async fn may_export(
        &self,
        user_id: i64,
        uscc: &str,
        query: &MattersQuery,
    ) -> Result<String, AppError> {
        let (enterprise, _) = self.place(user_id, uscc).await?;
        if query.cursor.is_some() || query.limit.is_some() {
            return Err(ApiError::bad_request(
                "导出包括全部符合条件的办件，不分页",
                vec![FieldError::new(
                    if query.cursor.is_some() {
                        "cursor"
                    } else {
                        "limit"
                    },
                    "导出不分页，请去掉这个参数",
                )],
            )
            .into());
        }
        Ok(enterprise.uscc)
    }
}

/// Whether `user_id` may see `record`: a person's own matter, or an
/// enterprise's while they are on its staff in force. `Err(None)`: not
/// theirs to know of; `Err(Some(_))`: its submitter, told why no longer.
pub async fn visible(
    store: &dyn Store,
    clock: &Clock,
    user_id: i64,
    record: &ApplicationRecord,
) -> Result<(), Option<AppError>> {
    match &record.acting_as {
        None if record.user_id == user_id => Ok(()),
        None => Err(None),
        Some(uscc) => {
            let enterprises = Enterprises { store, clock };
            match enterprises.member_in_force(user_id, uscc).await {
                Ok(_) => Ok(()),
                Err(refused) if record.user_id == user_id => Err(Some(refused)),
                Err(AppError::Client(_)) => Err(None),
                Err(fault) => Err(Some(fault)),
            }
        }
    }
}

/// A member as the staff list shows them to `caller`.
fn shown(member: &StaffRecord, caller: i64) -> StaffMember {
    StaffMember {
        id: member.id.clone(),
        name: mask_name(&member.name),
        mobile: Mobile::parse(&member.mobile)
            .map(|mobile| mobile.masked())
            .unwrap_or_default(),
        role: member.role,
        scope: member.scope.clone(),
        state: member.state,
        since: member.since,
        is_caller: member.user_id == caller,
    }
}

/// The scope kept for `role`: only a clerk's limits them.
fn scoped(role: StaffRole, scope: Scope) -> Scope {
    if role.scoped() {
        scope
    } else {
        Scope::default()
    }
}

fn filter_of<'a>(uscc: &'a str, query: &'a MattersQuery) -> MattersFilter<'a> {
    MattersFilter {
        uscc,
        state: query.state,
        item: query.item.as_ref(),
        hall: query.hall.as_ref(),
        clerk: query.clerk.as_ref(),
        submitted_from: query
            .submitted_from
            .map(|day| clock::china_instant(day.days(), 0)),
        submitted_before: query
            .submitted_to
            .map(|day| clock::china_instant(day.days() + 1, 0)),
        due_before: query.due_before,
    }
}

fn matter_cursor(sort: MatterSort, key: &MatterKey) -> String {
    let sort = tag_of(&sort).unwrap_or_default();
    seal(&format!("{sort}\n{}\n{}\n{}", key.number, key.id, key.text))
}

/// The key a matters cursor holds, or the 400 naming `cursor` (also for a
/// cursor of another sort).
fn matter_key(sort: MatterSort, cursor: &str) -> Result<MatterKey, AppError> {
    let payload = unseal(cursor)?;
    let mut parts = payload.splitn(4, '\n');
    let key = (|| {
        let of_sort: MatterSort = from_tag(parts.next()?)?;
        let number = parts.next()?.parse().ok()?;
        let id = parts.next()?.parse().ok()?;
        let text = parts.next()?.to_owned();
        (of_sort == sort).then_some(MatterKey { text, number, id })
    })();
    key.ok_or_else(|| {
        one_field(
            ErrorCode::BadRequest,
            "翻页位置与排序方式不符，请从第一页重新查看",
            "cursor",
            "翻页位置无效或属于另一种排序".to_owned(),
        )
    })
}

fn matter_of(record: &MatterRecord, now: i64) -> Matter {
    Matter {
        application: summary_at(&record.application, now),
        hall: record.application.hall.clone(),
        hall_name: record.hall_name.clone(),
        clerk: mask_name(&record.clerk),
        clerk_id: record.clerk_id.clone(),
    }
}

/// One CSV field, quoted when it holds a separator, a quote or a line break.
fn csv_field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn csv_row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (index, field) in fields.into_iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        csv_field(out, field);
    }
    out.push_str("\r\n");
}

fn csv_line(out: &mut String, record: &MatterRecord, now: i64) {
    let matter = matter_of(record, now);
    let application = &matter.application;
    let due = application
        .deadline
        .as_ref()
        .map(|deadline| deadline.due.to_string())
        .unwrap_or_default();
    let delivery = match application.delivery {
        Delivery::PickUp => "窗口领取",
        Delivery::Ems => "EMS 邮寄",
    };
    csv_row(
        out,
        [
            application.number.as_str(),
            application.item_code.as_str(),
            &application.item_name,
            application.status.label(),
            &clock::china_time_text(application.submitted_at),
            &due,
            &matter.hall_name,
            &matter.clerk,
            delivery,
        ],
    );
}

/// The matters of `uscc` the query matches, as CSV: a byte-order mark and
/// the header, then the rows read in keyset batches, so the export of any
/// number of rows holds one batch in memory at a time.
pub fn csv(
    store: Arc<dyn Store>,
    clock: Clock,
    uscc: String,
    query: MattersQuery,
) -> impl futures_util::Stream<Item = Result<String, AppError>> + Send + 'static {
    let sort = query.sort.unwrap_or_default();
    let mut head = String::from("\u{feff}");
    csv_row(&mut head, CSV_HEADER);
    let start = futures_util::stream::once(async move { Ok(head) });
    let rows = futures_util::stream::unfold(Some(None::<MatterKey>), move |after| {
        let (store, clock, uscc, query) = (store.clone(), clock, uscc.clone(), query.clone());
        async move {
            let after = after?;
            let filter = filter_of(&uscc, &query);
            let batch = match store
                .matters(&filter, sort, after.as_ref(), CSV_BATCH)
                .await
            {
                Ok(batch) => batch,
                Err(error) => return Some((Err(AppError::from(error)), None)),
            };
            if batch.is_empty() {
                return None;
            }
            let now = clock.now();
            let mut out = String::new();
            for record in &batch {
                csv_line(&mut out, record, now);
            }
            let next = (batch.len() == CSV_BATCH as usize)
                .then(|| batch.last().map(|record| record.key.clone()));
            Some((Ok(out), next))
        }
    });
    futures_util::StreamExt::chain(start, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_they_must_be() {
        let mut out = String::new();
        csv_row(&mut out, ["a", "b,c", "say \"hi\""]);
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\"\r\n");
    }

    #[test]
    fn an_edited_cursor_is_refused() {
        let key = MatterKey {
            text: String::new(),
            number: 1_700_000_000,
            id: 42,
        };
        let cursor = matter_cursor(MatterSort::NewestFirst, &key);
        assert_eq!(matter_key(MatterSort::NewestFirst, &cursor).unwrap(), key);
        assert!(matter_key(MatterSort::Item, &cursor).is_err());
        let edited = cursor.replacen('3', "4", 1);
        assert!(matter_key(MatterSort::NewestFirst, &edited).is_err());
    }
}
