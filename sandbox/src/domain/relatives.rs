//! The rules of 亲友代办: a person authorizes a registered relative, found by
//! mobile, for named items of the catalog or all of them, until a day at most
//! five years ahead; the relative is texted and confirms; either side may end
//! it at any time (ending what has ended already is done, not an error). A
//! relative acts only under an authority that is confirmed, open, in its days
//! and covers the item, and then for the person: the matter is theirs.

use banshi_api::accounts::{Licence, Mobile, ResidentId, mask_name};
use banshi_api::authority::Refusal;
use banshi_api::ids::{AuthorityId, HallCode, ItemCode};
use banshi_api::relatives::{
    AuthorityState, Party, PrincipalData, RelativeAuthority, RelativeInvitation, Side,
};
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::{self, Clock};
use crate::domain::credentials;
use crate::domain::sms::{Sms, SmsGateway};
use crate::error::{AppError, not_found, refused};
use crate::store::{AuthorityRecord, Store, UserRecord};

fn no_such_authority() -> AppError {
    not_found("没有这项亲友代办授权")
}

/// Where an authority stands on `today`.
pub fn state_of(record: &AuthorityRecord, today: banshi_api::dates::Date) -> AuthorityState {
    if record.withdrawn_at.is_some() {
        AuthorityState::Withdrawn
    } else if record.scope.expired(today) {
        AuthorityState::Expired
    } else if record.confirmed_at.is_none() {
        AuthorityState::Pending
    } else {
        AuthorityState::Active
    }
}

/// What the relatives' rules work with.
#[derive(Clone, Copy)]
pub struct Relatives<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
    pub sms: &'a SmsGateway,
}

impl Relatives<'_> {
    /// Gives `principal`'s authority to the relative the invitation names,
    /// and texts them to confirm it.
    pub async fn give(
        &self,
        principal: i64,
        invitation: RelativeInvitation,
    ) -> Result<RelativeAuthority, AppError> {
        let today = self.today();
        let mobile = Mobile::parse(&invitation.mobile);
        let mut problems: Vec<FieldError> = mobile
            .as_ref()
            .err()
            .map(|error| error.field_error("mobile"))
            .into_iter()
            .collect();
        let scope = invitation.scope;
        problems.extend(scope.problems("scope.", today));
        if scope.until.is_none() {
            problems.push(FieldError::new("scope.until", "请选择授权期限"));
        }
        if !scope.halls.is_empty() {
            problems.push(FieldError::new(
                "scope.halls",
                "亲友代办按事项授权，不按大厅限制",
            ));
        }
        for item in &scope.items {
            if self.store.item(item.as_str()).await?.is_none() {
                problems.push(FieldError::new(
                    "scope.items",
                    format!("没有编码为 {item} 的事项"),
                ));
            }
        }
        let mobile = match mobile {
            Ok(mobile) if problems.is_empty() => mobile,
            _ => return Err(ApiError::bad_request("请检查授权内容", problems).into()),
        };
        let relative = self
            .store
            .user_id_by_mobile(mobile.as_str())
            .await?
            .ok_or_else(|| {
                not_found(format!(
                    "手机号码 {} 尚未注册，请先请对方注册账号",
                    mobile.masked()
                ))
            })?;
        if relative == principal {
            return Err(ApiError::bad_request(
                "请检查授权内容",
                vec![FieldError::new("mobile", "不能授权给自己")],
            )
            .into());
        }
        let record = AuthorityRecord {
            id: credentials::new_id()?,
            principal,
            relative,
            scope,
            given_at: self.clock.now(),
            confirmed_at: None,
            withdrawn_at: None,
        };
        if !self.store.give_authority(&record, today).await? {
            return Err(refused(
                ErrorCode::Conflict,
                "您已授权过这位亲友，如需修改请先撤销原授权",
            ));
        }
        let giver = self.user(principal).await?;
        self.sms.send(
            &mobile,
            Sms::AuthorityGiven {
                principal: &mask_name(&giver.name),
            },
            record.given_at,
        );
        self.shown(record, principal).await
    }

    /// Every authority the caller gave or was given, the newest first.
    pub async fn list(&self, user_id: i64) -> Result<Vec<RelativeAuthority>, AppError> {
        let mut shown = Vec::new();
        for record in self.store.authorities_of(user_id).await? {
            shown.push(self.shown(record, user_id).await?);
        }
        Ok(shown)
    }

    /// Confirms an authority given to the caller.
    pub async fn confirm(
        &self,
        user_id: i64,
        id: &AuthorityId,
    ) -> Result<RelativeAuthority, AppError> {
        let record = self
            .store
            .authority(id)
            .await?
            .filter(|record| record.relative == user_id)
            .ok_or_else(no_such_authority)?;
        let refusal = match state_of(&record, self.today()) {
            AuthorityState::Pending => None,
            AuthorityState::Active => Some("这项授权已确认过了"),
            AuthorityState::Expired => Some("这项授权已过期，请对方重新授权"),
            AuthorityState::Withdrawn => Some("这项授权已撤销，请对方重新授权"),
        };
        if let Some(refusal) = refusal {
            return Err(refused(ErrorCode::Conflict, refusal));
        }
        if !self
            .store
            .confirm_authority(id, user_id, self.clock.now())
            .await?
        {
            return Err(refused(
                ErrorCode::Conflict,
                "这项授权刚被确认或撤销，请刷新后查看",
            ));
        }
        let record = self
            .store
            .authority(id)
            .await?
            .ok_or_else(no_such_authority)?;
        self.shown(record, user_id).await
    }

    /// Ends an authority the caller is either side of; ending one that has
    /// ended already changes nothing.
    pub async fn withdraw(&self, user_id: i64, id: &AuthorityId) -> Result<(), AppError> {
        self.store
            .authority(id)
            .await?
            .filter(|record| record.principal == user_id || record.relative == user_id)
            .ok_or_else(no_such_authority)?;
        self.store
            .withdraw_authority(id, user_id, self.clock.now())
            .await?;
        Ok(())
    }

    /// The authority under which `relative` may handle `item` of `hall` for
    /// its principal now, or the refusal saying why not.
    pub async fn acting(
        &self,
        relative: i64,
        id: &AuthorityId,
        (item, item_name): (&ItemCode, &str),
        (hall, hall_name): (&HallCode, &str),
    ) -> Result<AuthorityRecord, AppError> {
        let forbidden = crate::domain::enterprises::refusal;
        let record = self
            .store
            .authority(id)
            .await?
            .filter(|record| record.relative == relative)
            .ok_or_else(|| forbidden(Refusal::NotAuthorized))?;
        let today = self.today();
        match state_of(&record, today) {
            AuthorityState::Withdrawn => return Err(forbidden(Refusal::Withdrawn)),
            AuthorityState::Pending => return Err(forbidden(Refusal::Unconfirmed)),
            AuthorityState::Expired | AuthorityState::Active => {}
        }
        record
            .scope
            .permits(item, item_name, hall, hall_name, today)
            .map_err(forbidden)?;
        Ok(record)
    }

    /// An authority as `user_id` (either side) sees it; the principal's data
    /// only for the relative of an active one.
    async fn shown(
        &self,
        record: AuthorityRecord,
        user_id: i64,
    ) -> Result<RelativeAuthority, AppError> {
        let principal = self.user(record.principal).await?;
        let relative = self.user(record.relative).await?;
        let state = state_of(&record, self.today());
        let side = if record.principal == user_id {
            Side::Principal
        } else {
            Side::Relative
        };
        let principal_data = if side == Side::Relative && state == AuthorityState::Active {
            Some(self.principal_data(record.principal, &principal).await?)
        } else {
            None
        };
        Ok(RelativeAuthority {
            id: record.id,
            side,
            principal: party(&principal)?,
            relative: party(&relative)?,
            scope: record.scope,
            state,
            given_at: record.given_at,
            confirmed_at: record.confirmed_at,
            principal_data,
        })
    }

    async fn principal_data(
        &self,
        user_id: i64,
        user: &UserRecord,
    ) -> Result<PrincipalData, AppError> {
        let licences = self
            .store
            .licences_of(user_id)
            .await?
            .into_iter()
            .filter(|licence| licence.holder == user.name)
            .map(Licence::from)
            .collect();
        Ok(PrincipalData {
            name: user.name.clone(),
            resident_id: ResidentId::parse(&user.resident_id)
                .map_err(|_| AppError::Fault("read a stored resident ID"))?
                .masked(),
            mobile: stored_mobile(user)?.masked(),
            address: user.address.clone(),
            licences,
        })
    }

    async fn user(&self, user_id: i64) -> Result<UserRecord, AppError> {
        self.store
            .user(user_id)
            .await?
            .ok_or(AppError::Fault("read a party to an authority"))
    }

    fn today(&self) -> banshi_api::dates::Date {
        clock::china_date(self.clock.now())
    }
}

fn stored_mobile(user: &UserRecord) -> Result<Mobile, AppError> {
    Mobile::parse(&user.mobile).map_err(|_| AppError::Fault("read a stored mobile number"))
}

fn party(user: &UserRecord) -> Result<Party, AppError> {
    Ok(Party {
        name: mask_name(&user.name),
        mobile: stored_mobile(user)?.masked(),
    })
}
