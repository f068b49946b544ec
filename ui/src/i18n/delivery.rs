//! The words of EMS delivery: the recipient of a result mailed home, the
//! saved addresses (收货地址), a parcel's stages and tracking, and the
//! collection of originals by a courier.

use banshi_api::delivery::{DeliveryKind, DeliveryStage, HalfDay};

/// A message about delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryMsg {
    Addresses,
    AddressesHint,
    LoginForAddresses,
    NoAddresses,
    NoAddressesHint,
    NewAddress,
    EditAddress,
    DeleteAddress,
    DeleteConfirm,
    SetDefault,
    Default,
    Save,
    MakeDefault,
    RecipientName,
    RecipientMobile,
    RecipientAddress,
    Recipient,
    CollectFrom,
    SenderHint,
    UseNewAddress,
    SaveToAddresses,
    FreeDelivery,
    Parcels,
    Kind(DeliveryKind),
    Stage(DeliveryKind, DeliveryStage),
    Waybill,
    Tracking,
    AwaitingCourier,
    Courier,
    ChangeAddress,
    SwitchToEms,
    SwitchToEmsHint,
    ConfirmDelivery,
    BookCollection,
    CollectionHint,
    HandToCourier,
    CollectionTime,
    Half(HalfDay),
    ConfirmCollection,
    FeeLabel,
    PaidToCourier(u32),
    Ordering,
}

impl DeliveryMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::Addresses => "收货地址",
            Self::AddressesHint => "邮寄送达和上门收取原件时从这里选地址",
            Self::LoginForAddresses => "登录后即可保存和管理收货地址",
            Self::NoAddresses => "还没有收货地址",
            Self::NoAddressesHint => "新增一个地址，办件结果就能邮寄到家。",
            Self::NewAddress => "新增收货地址",
            Self::EditAddress => "编辑",
            Self::DeleteAddress => "删除",
            Self::DeleteConfirm => "确定删除这个收货地址吗？",
            Self::SetDefault => "设为默认",
            Self::Default => "默认",
            Self::Save => "保存",
            Self::MakeDefault => "设为默认地址",
            Self::RecipientName => "收件人",
            Self::RecipientMobile => "手机号码",
            Self::RecipientAddress => "收件地址",
            Self::Recipient => "收件信息",
            Self::CollectFrom => "上门取件信息",
            Self::SenderHint => "快递员按这里的姓名、电话和地址上门",
            Self::UseNewAddress => "使用新地址",
            Self::SaveToAddresses => "保存到我的收货地址",
            Self::FreeDelivery => "本事项免费邮寄",
            Self::Parcels => "邮寄",
            Self::Kind(DeliveryKind::Result) => "结果送达",
            Self::Kind(DeliveryKind::Originals) => "原件收取",
            // The hall's own words for its stages.
            Self::Stage(kind, stage) => stage.label(kind),
            Self::Waybill => "运单号",
            Self::Tracking => "物流跟踪",
            Self::AwaitingCourier => "还没有物流信息",
            Self::Courier => "快递员",
            Self::ChangeAddress => "修改地址",
            Self::SwitchToEms => "改为邮寄送达",
            Self::SwitchToEmsHint => "不用跑大厅，结果由 EMS 寄到您填写的地址",
            Self::ConfirmDelivery => "确认邮寄",
            Self::BookCollection => "预约上门收取原件",
            Self::CollectionHint => "EMS 快递员上门取走原件送到大厅，不用您跑一趟",
            Self::HandToCourier => "请把以下原件交给快递员",
            Self::CollectionTime => "上门时间",
            Self::Half(HalfDay::Morning) => "上午 09:00–12:00",
            Self::Half(HalfDay::Afternoon) => "下午 14:00–17:30",
            Self::ConfirmCollection => "确认预约",
            Self::FeeLabel => "邮费",
            Self::PaidToCourier(fen) => return format!("{}，支付给快递员", money(fen)),
            Self::Ordering => "正在提交…",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::Addresses => "Delivery addresses",
            Self::AddressesHint => {
                "Chosen from here when a result is mailed or originals are collected"
            }
            Self::NoAddresses => "No delivery addresses yet",
            Self::LoginForAddresses => "Log in to keep and manage your delivery addresses",
            Self::NoAddressesHint => "Add an address and results can be mailed to your door.",
            Self::NewAddress => "New delivery address",
            Self::EditAddress => "Edit",
            Self::DeleteAddress => "Delete",
            Self::DeleteConfirm => "Delete this delivery address?",
            Self::SetDefault => "Make default",
            Self::Default => "Default",
            Self::Save => "Save",
            Self::MakeDefault => "Make it the default address",
            Self::RecipientName => "Recipient",
            Self::RecipientMobile => "Mobile number",
            Self::RecipientAddress => "Address",
            Self::Recipient => "Recipient",
            Self::CollectFrom => "Collect from",
            Self::SenderHint => "The courier comes to this name, number and address",
            Self::UseNewAddress => "Use a new address",
            Self::SaveToAddresses => "Save it to my delivery addresses",
            Self::FreeDelivery => "Mailed free of charge for this service",
            Self::Parcels => "Mail",
            Self::Kind(DeliveryKind::Result) => "Result by mail",
            Self::Kind(DeliveryKind::Originals) => "Collection of originals",
            Self::Stage(kind, stage) => match (kind, stage) {
                (DeliveryKind::Result, DeliveryStage::Ordered) => "To be sent",
                (DeliveryKind::Originals, DeliveryStage::Ordered) => "To be collected",
                (_, DeliveryStage::PickedUp) => "Picked up",
                (_, DeliveryStage::InTransit) => "In transit",
                (_, DeliveryStage::OutForDelivery) => "Out for delivery",
                (_, DeliveryStage::Failed) => "Delivery failed",
                (_, DeliveryStage::Delivered) => "Delivered",
            },
            Self::Waybill => "Waybill",
            Self::Tracking => "Tracking",
            Self::AwaitingCourier => "No tracking yet",
            Self::Courier => "Courier",
            Self::ChangeAddress => "Change address",
            Self::SwitchToEms => "Mail the result instead",
            Self::SwitchToEmsHint => {
                "No trip to the hall: EMS brings the result to the address you give"
            }
            Self::ConfirmDelivery => "Confirm mailing",
            Self::BookCollection => "Book a collection of originals",
            Self::CollectionHint => {
                "An EMS courier takes the originals to the hall, so you need not go"
            }
            Self::HandToCourier => "Hand these originals to the courier",
            Self::CollectionTime => "Collection time",
            Self::Half(HalfDay::Morning) => "Morning 09:00–12:00",
            Self::Half(HalfDay::Afternoon) => "Afternoon 14:00–17:30",
            Self::ConfirmCollection => "Confirm booking",
            Self::FeeLabel => "Postage",
            Self::PaidToCourier(fen) => return format!("{}, paid to the courier", money(fen)),
            Self::Ordering => "Sending…",
        };
        text.to_owned()
    }
}

/// A fee in fen as money, e.g. `¥12.00`.
pub fn money(fen: u32) -> String {
    format!("¥{}.{:02}", fen / 100, fen % 100)
}
