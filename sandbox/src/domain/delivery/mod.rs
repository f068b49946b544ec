//! The rules of EMS delivery (网上批、不见面、快递送): the fee shown before
//! confirming, ordering a parcel for one of the caller's applications (a
//! result once there is one, originals while the application is under way
//! and its guide asks for paper originals), at most one of each kind,
//! changing its recipient until the courier has it, the hall's staff handing
//! a result over or receiving originals, and each move of the [`courier`]
//! told to the applicant through their feed.

pub mod addresses;
pub mod courier;

use banshi_api::catalog::{Item, Medium};
use banshi_api::delivery::{
    CollectionWindow, DeliveryChange, DeliveryFee, DeliveryKind, DeliveryOrder, DeliveryStage,
    FeeQuery, NewDelivery, Recipient, StaffDeliveryAction, TrackingEvent,
};
use banshi_api::divisions;
use banshi_api::halls::HallCode;
use banshi_api::ids::{ApplicationNumber, Waybill};
use banshi_api::notifications::{Notification, NotificationKind};
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::Clock;
use crate::domain::notifications::FeedChanges;
use crate::domain::{calendar, halls};
use crate::error::{AppError, not_found, refused};
use crate::store::{
    self, ApplicationRecord, DeliveryMove, DeliveryRecord, HeldKey, NewNotification, Ordered, Store,
};

/// How many days ahead a collection may be booked.
const COLLECTION_DAYS_AHEAD: i64 = 14;

/// What the delivery rules work with.
#[derive(Clone, Copy)]
pub struct Deliveries<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
    pub feed: &'a FeedChanges,
}

/// The fee of mailing for an item that does not mail free (`ems_free`), by
/// the district at the far end: 8 元 within the halls' city, 10 within the
/// province, 15 elsewhere, 25 to Tibet and Xinjiang. `None` for a district
/// not in the table.
pub fn fee(ems_free: bool, kind: DeliveryKind, district: &str) -> Option<DeliveryFee> {
    let division = divisions::get(district).filter(|d| d.code.len() == 6)?;
    if ems_free {
        let note = match kind {
            DeliveryKind::Result => "本事项免费邮寄送达，邮费由办理部门承担",
            DeliveryKind::Originals => "本事项免费上门收取原件，邮费由办理部门承担",
        };
        return Some(DeliveryFee {
            fee_fen: 0,
            note: note.to_owned(),
        });
    }
    let fee_fen = match &division.code[..2] {
        _ if division.code.starts_with(courier::HALLS_CITY) => 800,
        province if province == &courier::HALLS_CITY[..2] => 1000,
        "54" | "65" => 2500,
        _ => 1500,
    };
    let payer = match kind {
        DeliveryKind::Result => "收件时支付给快递员",
        DeliveryKind::Originals => "寄件时支付给快递员",
    };
    Some(DeliveryFee {
        fee_fen,
        note: format!("邮费 {}.{:02} 元，{payer}", fee_fen / 100, fee_fen % 100),
    })
}

/// The originals of `item` a department must see on paper: what a courier
/// collects.
pub fn paper_originals(item: &Item) -> Vec<String> {
    item.materials
        .iter()
        .filter(|material| material.original && material.medium != Medium::Electronic)
        .map(|material| material.name.clone())
        .collect()
}

/// Every problem with a recipient (under `recipient.`) at once, as a 400.
pub fn check_recipient(recipient: &Recipient) -> Result<(), AppError> {
    let problems = recipient.problems("recipient.");
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            format!("收件信息有 {} 处需要修改", problems.len()),
            problems,
        )
        .into())
    }
}

fn no_such_parcel(waybill: &Waybill) -> AppError {
    not_found(format!("没有邮件号为 {waybill} 的邮件"))
}

impl Deliveries<'_> {
    /// The caller's application numbered so, with its item.
    async fn own(
        &self,
        user_id: i64,
        number: &ApplicationNumber,
    ) -> Result<(ApplicationRecord, Item), AppError> {
        let record = self
            .store
            .application(number)
            .await?
            .ok_or_else(|| not_found(format!("没有编号为 {number} 的办件")))?;
        crate::domain::enterprises::visible(self.store, self.clock, user_id, &record)
            .await
            .map_err(|refusal| {
                refusal.unwrap_or_else(|| not_found(format!("没有编号为 {number} 的办件")))
            })?;
        if let Some(uscc) = &record.acting_as {
            let enterprises = crate::domain::enterprises::Enterprises {
                store: self.store,
                clock: self.clock,
            };
            enterprises
                .may_act(user_id, uscc, Some(&record.item_code))
                .await?;
        }
        let item = self
            .store
            .item(record.item_code.as_str())
            .await?
            .ok_or(AppError::Fault("read the item of an application"))?;
        Ok((record, item))
    }

    /// The fee of a delivery for `query.item` to or from `query.district`.
    pub async fn fee(&self, query: &FeeQuery) -> Result<DeliveryFee, AppError> {
        let item = self
            .store
            .item(query.item.as_str())
            .await?
            .ok_or_else(|| not_found(format!("没有编码为 {} 的事项", query.item)))?;
        fee(item.summary.ems_delivery, query.kind, &query.district).ok_or_else(|| {
            ApiError::bad_request(
                "请从列表中选择区县",
                vec![FieldError::new("district", "没有这个区县代码")],
            )
            .into()
        })
    }

    /// Orders a parcel for one of the caller's applications, completing `key` with it.
    pub async fn order(
        &self,
        user_id: i64,
        request: NewDelivery,
        key: HeldKey,
    ) -> Result<DeliveryOrder, AppError> {
        let (record, item) = self.own(user_id, &request.number).await?;
        check_recipient(&request.recipient)?;
        let originals = match request.kind {
            DeliveryKind::Result => {
                if request.window.is_some() {
                    return Err(bad_window("邮寄结果不需要选择上门时间"));
                }
                if !record.status.has_result() {
                    return Err(refused(
                        ErrorCode::Conflict,
                        format!("办件{}，办结后才能邮寄结果", record.status.label()),
                    ));
                }
                Vec::new()
            }
            DeliveryKind::Originals => {
                let originals = paper_originals(&item);
                if originals.is_empty() {
                    return Err(refused(
                        ErrorCode::Conflict,
                        format!("“{}”不需要提交纸质原件", item.summary.name),
                    ));
                }
                if record.status.is_final() {
                    return Err(refused(
                        ErrorCode::Conflict,
                        format!("办件{}，不再需要收取原件", record.status.label()),
                    ));
                }
                self.check_window(request.window)?;
                originals
            }
        };
        let quoted = fee(
            item.summary.ems_delivery,
            request.kind,
            &request.recipient.address.district,
        )
        .ok_or(AppError::Fault("price a checked address"))?;
        if quoted.fee_fen != request.fee_fen {
            return Err(refused(
                ErrorCode::Conflict,
                format!("邮费为 {}，请确认后再提交", quoted.note),
            ));
        }
        let new = store::NewDelivery {
            application_id: record.id,
            user_id,
            kind: request.kind,
            recipient: &request.recipient,
            window: request.window,
            fee_fen: quoted.fee_fen,
            originals: &originals,
            ordered_at: self.clock.now(),
        };
        match self.store.create_delivery(&new, &key).await? {
            Ordered::Done(order) => Ok(*order),
            Ordered::Duplicate(waybill) => Err(refused(
                ErrorCode::Conflict,
                match request.kind {
                    DeliveryKind::Result => format!("办理结果已安排邮寄，邮件号 {waybill}"),
                    DeliveryKind::Originals => format!("已预约上门收取原件，邮件号 {waybill}"),
                },
            )),
        }
    }

    /// A collection's half day: a working day from tomorrow on, within two weeks.
    fn check_window(&self, window: Option<CollectionWindow>) -> Result<(), AppError> {
        let Some(window) = window else {
            return Err(bad_window("请选择快递员上门收取的日期和时段"));
        };
        let today = self.clock.today().days();
        let day = window.date.days();
        if day <= today || day > today + COLLECTION_DAYS_AHEAD {
            return Err(bad_window("上门日期应在明天起 14 天内"));
        }
        if !calendar::is_working_day(day) {
            return Err(bad_window("快递员只在工作日上门，请另选日期"));
        }
        Ok(())
    }

    /// The caller's parcels, the newest first.
    pub async fn list(&self, user_id: i64) -> Result<Vec<DeliveryOrder>, AppError> {
        Ok(self.store.deliveries_of(user_id).await?)
    }

    /// One of the caller's parcels with its tracking.
    pub async fn get(&self, user_id: i64, waybill: &Waybill) -> Result<DeliveryOrder, AppError> {
        Ok(self.own_parcel(user_id, waybill).await?.order)
    }

    async fn own_parcel(
        &self,
        user_id: i64,
        waybill: &Waybill,
    ) -> Result<DeliveryRecord, AppError> {
        self.store
            .delivery(waybill)
            .await?
            .filter(|record| record.user_id == user_id)
            .ok_or_else(|| no_such_parcel(waybill))
    }

    /// A new recipient (or collection time) for one of the caller's parcels,
    /// until the courier has it.
    pub async fn change(
        &self,
        user_id: i64,
        waybill: &Waybill,
        change: DeliveryChange,
    ) -> Result<DeliveryOrder, AppError> {
        let record = self.own_parcel(user_id, waybill).await?;
        check_recipient(&change.recipient)?;
        match record.order.kind {
            DeliveryKind::Result if change.window.is_some() => {
                return Err(bad_window("邮寄结果不需要选择上门时间"));
            }
            DeliveryKind::Originals if change.window.is_some() => {
                self.check_window(change.window)?;
            }
            _ => {}
        }
        let (_, item) = self.own(user_id, &record.order.number).await?;
        let quoted = fee(
            item.summary.ems_delivery,
            record.order.kind,
            &change.recipient.address.district,
        )
        .ok_or(AppError::Fault("price a checked address"))?;
        if quoted.fee_fen != record.order.fee_fen {
            return Err(refused(
                ErrorCode::Conflict,
                format!("新地址的邮费为 {}，请取消后重新下单", quoted.note),
            ));
        }
        if !self
            .store
            .change_delivery(record.id, &change.recipient, change.window)
            .await?
        {
            return Err(picked_up_already(waybill));
        }
        self.get(user_id, waybill).await
    }

    /// What the handling hall's staff do with a parcel: hand a result over
    /// to EMS, or receive collected originals.
    pub async fn act(
        &self,
        staff_hall: &HallCode,
        waybill: &Waybill,
        action: StaffDeliveryAction,
    ) -> Result<DeliveryOrder, AppError> {
        let record = self
            .store
            .delivery(waybill)
            .await?
            .ok_or_else(|| no_such_parcel(waybill))?;
        let application = self
            .store
            .application(&record.order.number)
            .await?
            .ok_or(AppError::Fault("read the application of a parcel"))?;
        let hall_name = self.hall_name(&application.hall).await?;
        halls::serves(staff_hall, &application.hall, &hall_name, "处理这件邮件")?;
        let now = self.clock.now();
        let event = match (action, record.order.kind, record.order.stage) {
            (StaffDeliveryAction::HandOver, DeliveryKind::Result, DeliveryStage::Ordered)
                if application.status.has_result() =>
            {
                courier::picked_up(&record.order, &hall_name, now)
            }
            (StaffDeliveryAction::HandOver, DeliveryKind::Result, DeliveryStage::Ordered) => {
                return Err(refused(
                    ErrorCode::Conflict,
                    format!("办件{}，办结后才能交寄结果", application.status.label()),
                ));
            }
            (StaffDeliveryAction::HandOver, DeliveryKind::Result, _) => {
                return Err(picked_up_already(waybill));
            }
            (
                StaffDeliveryAction::Received,
                DeliveryKind::Originals,
                DeliveryStage::PickedUp | DeliveryStage::InTransit | DeliveryStage::OutForDelivery,
            ) => courier::received(&hall_name, now),
            (StaffDeliveryAction::Received, DeliveryKind::Originals, DeliveryStage::Ordered) => {
                return Err(refused(ErrorCode::Conflict, "快递员尚未上门收取原件"));
            }
            (StaffDeliveryAction::Received, DeliveryKind::Originals, _) => {
                return Err(refused(ErrorCode::Conflict, "原件已签收"));
            }
            (StaffDeliveryAction::HandOver, DeliveryKind::Originals, _) => {
                return Err(refused(
                    ErrorCode::Conflict,
                    "这是收取原件的邮件，由快递员上门收取",
                ));
            }
            (StaffDeliveryAction::Received, DeliveryKind::Result, _) => {
                return Err(refused(
                    ErrorCode::Conflict,
                    "这是邮寄结果的邮件，由收件人签收",
                ));
            }
        };
        if !self.advance(&record, &application, event).await? {
            return Err(refused(
                ErrorCode::Conflict,
                "邮件刚有了新的进展，请刷新后再试",
            ));
        }
        Ok(self
            .store
            .delivery(waybill)
            .await?
            .ok_or(AppError::Fault("read a parcel just moved"))?
            .order)
    }

    async fn hall_name(&self, hall: &HallCode) -> Result<String, AppError> {
        Ok(self
            .store
            .hall(hall.as_str())
            .await?
            .map_or_else(|| hall.to_string(), |hall| hall.name))
    }

    /// Stores `event` of `record`'s parcel with its notification to the
    /// applicant; `false` when another move came first.
    pub async fn advance(
        &self,
        record: &DeliveryRecord,
        application: &ApplicationRecord,
        event: TrackingEvent,
    ) -> Result<bool, AppError> {
        let order = &record.order;
        let mut notification = Notification::new(
            event.at,
            NotificationKind::Delivery,
            format!(
                "{}：邮件{}",
                application.item_name,
                event.stage.label(order.kind)
            ),
            format!("{}（邮件号 {}）", event.note, order.waybill),
        );
        notification.number = Some(order.number.clone());
        notification.waybill = Some(order.waybill.clone());
        let step = DeliveryMove {
            delivery_id: record.id,
            from: order.stage,
            event: &event,
            notification: &NewNotification {
                user_id: record.user_id,
                at: event.at,
                notification,
            },
        };
        if self.store.move_delivery(&step).await?.is_none() {
            return Ok(false);
        }
        self.feed.grew(record.user_id);
        Ok(true)
    }

    /// One round of the courier over every parcel under way, if couriers are at work.
    pub async fn courier_round(&self) -> Result<(), AppError> {
        let now = self.clock.now();
        if !courier::at_work(now) {
            return Ok(());
        }
        for record in self.store.deliveries_under_way().await? {
            let Some(application) = self.store.application(&record.order.number).await? else {
                continue;
            };
            let hall_name = self.hall_name(&application.hall).await?;
            let Some(event) = courier::next(
                &record.order,
                record.failures,
                record.moved_at,
                now,
                &hall_name,
            ) else {
                continue;
            };
            // A staff member's move may come first: the parcel waits for the next round.
            self.advance(&record, &application, event).await?;
        }
        Ok(())
    }

    /// The hall hands each result parcel of `application` still waiting over
    /// to EMS: what a demo's staff do as they complete an application.
    pub async fn hand_over_results(&self, application: &ApplicationRecord) -> Result<(), AppError> {
        let hall_name = self.hall_name(&application.hall).await?;
        for order in self.store.deliveries_of_application(application.id).await? {
            if order.kind != DeliveryKind::Result || order.stage != DeliveryStage::Ordered {
                continue;
            }
            let Some(record) = self.store.delivery(&order.waybill).await? else {
                continue;
            };
            let event = courier::picked_up(&record.order, &hall_name, self.clock.now());
            // A staff member's hand-over may come first: nothing is left to do then.
            self.advance(&record, application, event).await?;
        }
        Ok(())
    }

    /// An application's parcels, for its page.
    pub async fn of_application(
        &self,
        application_id: i64,
    ) -> Result<Vec<DeliveryOrder>, AppError> {
        Ok(self.store.deliveries_of_application(application_id).await?)
    }
}

fn bad_window(message: &str) -> AppError {
    ApiError::bad_request(message, vec![FieldError::new("window", message)]).into()
}

fn picked_up_already(waybill: &Waybill) -> AppError {
    refused(
        ErrorCode::Conflict,
        format!("邮件 {waybill} 已被揽收，不能再修改"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_that_mail_free_cost_nothing() {
        let free = fee(true, DeliveryKind::Result, "110101").unwrap();
        assert_eq!(free.fee_fen, 0);
        assert!(free.note.contains("免费"), "{}", free.note);
    }

    #[test]
    fn the_fee_grows_with_the_distance() {
        let fen = |district| fee(false, DeliveryKind::Result, district).unwrap().fee_fen;
        assert_eq!(fen("341602"), 800, "谯城区, the halls' city");
        assert_eq!(fen("340104"), 1000, "合肥 蜀山区, the same province");
        assert_eq!(fen("110101"), 1500, "北京 东城区");
        assert_eq!(fen("650102"), 2500, "乌鲁木齐 天山区");
        let note = fee(false, DeliveryKind::Originals, "341602").unwrap().note;
        assert_eq!(note, "邮费 8.00 元，寄件时支付给快递员");
    }

    #[test]
    fn a_district_not_in_the_table_has_no_fee() {
        assert!(fee(false, DeliveryKind::Result, "349999").is_none());
        assert!(fee(true, DeliveryKind::Result, "3416").is_none(), "a city");
    }
}
