//! EMS delivery (网上批、不见面、快递送): the result mailed home (送达) and the
//! paper originals a department must see collected from the applicant (揽收);
//! the receiver and address of a delivery order, its waybill and the courier's
//! tracking events; and the addresses a person keeps (收货地址) for forms and
//! deliveries alike.

use serde::{Deserialize, Serialize};

use crate::accounts::{Mobile, parse_real_name};
use crate::dates::Date;
use crate::error::FieldError;
use crate::forms::Address;
use crate::ids::{AddressId, ApplicationNumber, ItemCode, Waybill};

/// Which way a parcel goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeliveryKind {
    /// 结果送达: the hall mails the result (licence, decision) to the applicant.
    Result,
    /// 材料揽收: a courier collects the paper originals from the applicant for
    /// the hall.
    Originals,
}

/// Who receives (or hands over) the parcel, and where (empty by default,
/// for a form to fill in).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recipient {
    /// 收件人 (or, for a collection, 寄件人): 2–30 characters.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::real_name))]
    pub name: String,
    /// A mainland mobile number, 11 digits.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::mobile))]
    pub mobile: String,
    /// Province, city and district from the divisions table, and the street.
    pub address: Address,
}

impl Recipient {
    /// Every problem with the recipient at once, each on its field
    /// (`name`, `mobile`, `address`), under `prefix` (e.g. `recipient.`).
    pub fn problems(&self, prefix: &str) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if let Err(error) = parse_real_name(&self.name) {
            problems.push(FieldError::new(
                format!("{prefix}name"),
                error.to_string().replace("姓名", "收件人姓名"),
            ));
        }
        if let Err(error) = Mobile::parse(&self.mobile) {
            problems.push(FieldError::new(
                format!("{prefix}mobile"),
                error.to_string(),
            ));
        }
        if let Some(problem) = self.address.problem("收件地址") {
            problems.push(FieldError::new(format!("{prefix}address"), problem));
        }
        problems
    }
}

/// The half day a courier comes to collect originals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HalfDay {
    /// 09:00–12:00.
    Morning,
    /// 14:00–17:30.
    Afternoon,
}

/// When the courier is to come for a collection: a working day on the halls'
/// calendar, from tomorrow to 14 days ahead, and a half day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CollectionWindow {
    pub date: Date,
    pub half: HalfDay,
}

/// `POST /deliveries`: order a result delivery or a collection of originals
/// for one of the caller's applications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewDelivery {
    pub number: ApplicationNumber,
    pub kind: DeliveryKind,
    pub recipient: Recipient,
    /// Required for a collection; not taken for a result delivery.
    #[serde(default)]
    pub window: Option<CollectionWindow>,
    /// The fee in fen the applicant saw and agreed to (`GET /deliveries/fee`);
    /// refused with 409 if the fee is not this.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 100000))]
    pub fee_fen: u32,
}

/// `PATCH /deliveries/{waybill}`: a new receiver or address, until the
/// courier has the parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryChange {
    pub recipient: Recipient,
    /// A new time for a collection; the old one is kept when absent.
    #[serde(default)]
    pub window: Option<CollectionWindow>,
}

/// `GET /deliveries/fee?item=&kind=&district=`: what a delivery of an item's
/// result (or originals) to (or from) a district costs, known before applying.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct FeeQuery {
    pub item: ItemCode,
    pub kind: DeliveryKind,
    /// The 6-digit district code of the address.
    #[cfg_attr(feature = "openapi", param(pattern = "^[0-9]{6}$"))]
    pub district: String,
}

/// The fee of a delivery, shown before confirming.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryFee {
    /// In fen; 0 when the hall pays.
    pub fee_fen: u32,
    /// Why, in a sentence: 本事项免费邮寄 or 邮费 12.00 元，收件时支付.
    pub note: String,
}

/// Where a parcel is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStage {
    /// 待寄出 / 待揽收: ordered; a result waits for the hall to finish and hand
    /// it over, a collection for its courier.
    Ordered,
    /// 已揽收: the courier has the parcel.
    PickedUp,
    /// 运输中: at a sorting centre.
    InTransit,
    /// 派送中: out with a courier.
    OutForDelivery,
    /// 派送失败: nobody there; tried again the next working day.
    Failed,
    /// 已签收: delivered (for originals: received by the hall).
    Delivered,
}

impl DeliveryStage {
    /// Whether the receiver or address may still change (the courier does
    /// not have the parcel yet).
    pub fn address_may_change(self) -> bool {
        self == DeliveryStage::Ordered
    }

    /// The stage as the hall words it for a parcel of `kind`.
    pub fn label(self, kind: DeliveryKind) -> &'static str {
        match (self, kind) {
            (DeliveryStage::Ordered, DeliveryKind::Result) => "待寄出",
            (DeliveryStage::Ordered, DeliveryKind::Originals) => "待揽收",
            (DeliveryStage::PickedUp, _) => "已揽收",
            (DeliveryStage::InTransit, _) => "运输中",
            (DeliveryStage::OutForDelivery, _) => "派送中",
            (DeliveryStage::Failed, _) => "派送失败",
            (DeliveryStage::Delivered, _) => "已签收",
        }
    }
}

/// One event of a parcel's tracking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackingEvent {
    /// Unix seconds.
    pub at: i64,
    pub stage: DeliveryStage,
    /// Where: the hall, a sorting centre's city (e.g. 合肥市), the district.
    pub place: String,
    /// The courier, out for delivery or collecting.
    pub courier: Option<Courier>,
    /// What happened, in the carrier's words.
    pub note: String,
}

/// The courier who has the parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Courier {
    pub name: String,
    pub phone: String,
}

/// A delivery order (邮件), as `POST /deliveries` and `GET /deliveries/{waybill}`
/// answer and `GET /applications/{number}` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryOrder {
    pub waybill: Waybill,
    pub number: ApplicationNumber,
    pub kind: DeliveryKind,
    pub stage: DeliveryStage,
    pub recipient: Recipient,
    pub window: Option<CollectionWindow>,
    pub fee_fen: u32,
    /// For a collection, what to hand the courier: the originals the guide
    /// asks for, by name.
    pub originals: Vec<String>,
    /// Unix seconds.
    pub ordered_at: i64,
    /// The oldest first.
    pub events: Vec<TrackingEvent>,
}

/// `POST /staff/deliveries/{waybill}/actions`: what the hall's staff do with
/// a parcel of their hall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "action")]
pub enum StaffDeliveryAction {
    /// 交寄: hand a completed application's result to EMS.
    HandOver,
    /// 原件已收到: the collected originals reached the hall.
    Received,
}

/// A delivery address a person keeps (收货地址).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedAddress {
    pub id: AddressId,
    pub recipient: Recipient,
    /// The one forms and deliveries start from; exactly one of a person's
    /// addresses is the default.
    pub default: bool,
}

/// `POST /me/addresses` and `PUT /me/addresses/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressRequest {
    pub recipient: Recipient,
    /// Make it the default (the first address always is).
    #[serde(default)]
    pub default: bool,
}

/// The most addresses a person keeps.
pub const MAX_SAVED_ADDRESSES: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;

    fn recipient(name: &str, mobile: &str, district: &str) -> Recipient {
        Recipient {
            name: name.into(),
            mobile: mobile.into(),
            address: Address {
                province: "34".into(),
                city: "3416".into(),
                district: district.into(),
                detail: "谯城区芍花路 1 号".into(),
            },
        }
    }

    #[test]
    fn a_good_recipient_has_no_problems() {
        assert_eq!(
            recipient("张三", "138 0000 0000", "341602").problems(""),
            vec![]
        );
    }

    #[test]
    fn every_problem_of_a_recipient_at_once() {
        let problems = recipient("", "1380000", "110101").problems("recipient.");
        let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            ["recipient.name", "recipient.mobile", "recipient.address"]
        );
        assert!(problems[0].message.contains("收件人姓名"), "{problems:?}");
    }

    #[test]
    fn only_an_ordered_parcel_changes_address() {
        assert!(DeliveryStage::Ordered.address_may_change());
        assert!(!DeliveryStage::PickedUp.address_may_change());
        assert!(!DeliveryStage::Delivered.address_may_change());
    }
}
