//! The simulated EMS courier: what happens next to a parcel — collected,
//! sorted in the destination city's mail centre, out with a courier, signed
//! for (or, now and then, nobody home and tried again the next working day)
//! — as the tracking events China Post prints. Only in the halls' working
//! hours on their working days.

use banshi_api::delivery::{
    Courier, DeliveryKind, DeliveryOrder, DeliveryStage, Recipient, TrackingEvent,
};
use banshi_api::divisions;

use crate::clock;
use crate::domain::calendar;

/// The city of the sandbox's halls (亳州市), where originals go.
pub const HALLS_CITY: &str = "3416";

/// When couriers work, in minutes of the day (08:30–18:00).
const WORKING_MINUTES: std::ops::RangeInclusive<u16> = 510..=1080;

/// The couriers of the simulated EMS, by name and phone.
const COURIERS: &[(&str, &str)] = &[
    ("王建军", "13956780123"),
    ("李红梅", "13856781234"),
    ("张志强", "15156782345"),
    ("陈晓东", "18756783456"),
];

/// Whether couriers are out at `now` (Unix seconds).
pub fn at_work(now: i64) -> bool {
    calendar::is_working_day(clock::china_day(now))
        && WORKING_MINUTES.contains(&clock::china_minute(now))
}

/// The waybill's serial digits as a number, to choose a courier and a fate by.
fn serial(order: &DeliveryOrder) -> u32 {
    order.waybill.as_str()[2..10].parse().unwrap_or(0)
}

/// Whether the first attempt to deliver this parcel finds nobody home: one in
/// seven, always the same ones.
pub fn fails_first(order: &DeliveryOrder) -> bool {
    serial(order) % 7 == 3
}

/// The courier who takes parcels of this serial.
fn courier_of(order: &DeliveryOrder) -> Courier {
    let (name, phone) = COURIERS[serial(order) as usize % COURIERS.len()];
    Courier {
        name: name.to_owned(),
        phone: phone.to_owned(),
    }
}

/// Where the parcel goes: the recipient's city for a result, the halls' for
/// originals; with its district's name.
fn destination(order: &DeliveryOrder) -> (String, String) {
    let name = |code: &str| divisions::get(code).map_or_else(String::new, |d| d.name.to_owned());
    match order.kind {
        DeliveryKind::Result => (
            name(&order.recipient.address.city),
            name(&order.recipient.address.district),
        ),
        DeliveryKind::Originals => (name(HALLS_CITY), String::new()),
    }
}

/// The event of handing a result to EMS at `hall_name`, or of the courier
/// collecting the originals from `recipient`.
pub fn picked_up(order: &DeliveryOrder, hall_name: &str, at: i64) -> TrackingEvent {
    let (place, note) = match order.kind {
        DeliveryKind::Result => (
            hall_name.to_owned(),
            format!("{hall_name}已将办理结果交寄 EMS"),
        ),
        DeliveryKind::Originals => (
            district_of(&order.recipient),
            "快递员已上门收取申请材料原件".to_owned(),
        ),
    };
    TrackingEvent {
        at,
        stage: DeliveryStage::PickedUp,
        place,
        courier: (order.kind == DeliveryKind::Originals).then(|| courier_of(order)),
        note,
    }
}

/// The event of the hall receiving the collected originals.
pub fn received(hall_name: &str, at: i64) -> TrackingEvent {
    TrackingEvent {
        at,
        stage: DeliveryStage::Delivered,
        place: hall_name.to_owned(),
        courier: None,
        note: format!("{hall_name}窗口已收到材料原件"),
    }
}

fn district_of(recipient: &Recipient) -> String {
    divisions::get(&recipient.address.district).map_or_else(String::new, |d| d.name.to_owned())
}

/// What the courier does next to `order` at `now`, having last moved it at
/// `moved_at` after `failures` failed attempts; `None` when it waits (a
/// result until the hall hands it over, a collection before its day, a retry
/// before the next working day, a parcel delivered). `hall_name` is the
/// handling hall's.
pub fn next(
    order: &DeliveryOrder,
    failures: u32,
    moved_at: i64,
    now: i64,
    hall_name: &str,
) -> Option<TrackingEvent> {
    let (city, district) = destination(order);
    let event = |stage, place: String, courier, note: String| TrackingEvent {
        at: now,
        stage,
        place,
        courier,
        note,
    };
    match order.stage {
        DeliveryStage::Ordered => match order.kind {
            // The hall hands a result over itself (its staff, or in a demo its simulation).
            DeliveryKind::Result => None,
            DeliveryKind::Originals => {
                let window = order.window?;
                (clock::china_date(now) >= window.date).then(|| picked_up(order, hall_name, now))
            }
        },
        DeliveryStage::PickedUp => Some(event(
            DeliveryStage::InTransit,
            format!("{city}邮件处理中心"),
            None,
            format!("快件已到达{city}邮件处理中心，正在分拣"),
        )),
        DeliveryStage::InTransit => {
            let courier = courier_of(order);
            let note = match order.kind {
                DeliveryKind::Result => {
                    format!("快递员{}正在派送，联系电话 {}", courier.name, courier.phone)
                }
                DeliveryKind::Originals => {
                    format!("快递员{}正在送往{hall_name}", courier.name)
                }
            };
            let place = if district.is_empty() {
                city.clone()
            } else {
                district.clone()
            };
            Some(event(
                DeliveryStage::OutForDelivery,
                place,
                Some(courier),
                note,
            ))
        }
        DeliveryStage::OutForDelivery
            if order.kind == DeliveryKind::Result && failures == 0 && fails_first(order) =>
        {
            Some(event(
                DeliveryStage::Failed,
                district,
                Some(courier_of(order)),
                "收件人不在，派送未成功，将于下一个工作日再次派送".to_owned(),
            ))
        }
        DeliveryStage::OutForDelivery => Some(match order.kind {
            DeliveryKind::Result => event(
                DeliveryStage::Delivered,
                district,
                None,
                format!("已签收，签收人：{}", order.recipient.name),
            ),
            DeliveryKind::Originals => received(hall_name, now),
        }),
        DeliveryStage::Failed => (clock::china_day(now) > clock::china_day(moved_at)).then(|| {
            let courier = courier_of(order);
            event(
                DeliveryStage::OutForDelivery,
                district,
                Some(courier.clone()),
                format!(
                    "再次派送：快递员{}正在派送，联系电话 {}",
                    courier.name, courier.phone
                ),
            )
        }),
        DeliveryStage::Delivered => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use banshi_api::dates::Date;
    use banshi_api::delivery::{CollectionWindow, HalfDay};
    use banshi_api::forms::Address;
    use banshi_api::ids::{ApplicationNumber, Waybill};

    const HALL: &str = "亳州市政务服务中心";

    fn order(kind: DeliveryKind, serial: u32) -> DeliveryOrder {
        DeliveryOrder {
            waybill: Waybill::of("EA", serial).unwrap(),
            number: ApplicationNumber::parse("BZ20261124000001").unwrap(),
            kind,
            stage: DeliveryStage::Ordered,
            recipient: Recipient {
                name: "张三".into(),
                mobile: "13800000000".into(),
                address: Address {
                    province: "34".into(),
                    city: "3401".into(),
                    district: "340104".into(),
                    detail: "长江西路 100 号".into(),
                },
            },
            window: Some(CollectionWindow {
                date: Date::parse("2026-11-25").unwrap(),
                half: HalfDay::Morning,
            }),
            fee_fen: 0,
            originals: Vec::new(),
            ordered_at: 0,
            events: Vec::new(),
        }
    }

    /// Tuesday 2026-11-24, 10:00 China time.
    const TUESDAY_MORNING: i64 = 1_795_485_600;

    /// Runs the courier on `order` until it stops, a working hour apart.
    fn follow(mut order: DeliveryOrder) -> Vec<DeliveryStage> {
        let (mut failures, mut moved_at, mut now) = (0, 0, TUESDAY_MORNING);
        let mut stages = Vec::new();
        for _ in 0..20 {
            if let Some(event) = next(&order, failures, moved_at, now, HALL) {
                failures += u32::from(event.stage == DeliveryStage::Failed);
                moved_at = event.at;
                order.stage = event.stage;
                stages.push(event.stage);
            }
            now += 3600;
            while !at_work(now) {
                now += 3600;
            }
        }
        stages
    }

    #[test]
    fn the_clock_of_the_tests_is_a_tuesday_morning() {
        assert_eq!(clock::china_date(TUESDAY_MORNING), "2026-11-24");
        assert_eq!(clock::china_minute(TUESDAY_MORNING), 600);
        assert!(at_work(TUESDAY_MORNING));
        assert!(!at_work(TUESDAY_MORNING + 10 * 3600), "20:00");
        assert!(!at_work(TUESDAY_MORNING + 4 * 86_400), "Saturday");
    }

    #[test]
    fn a_result_goes_from_the_hall_to_the_door() {
        use DeliveryStage::*;
        let mut parcel = order(DeliveryKind::Result, 52_160_001);
        assert!(!fails_first(&parcel));
        parcel.stage = PickedUp;
        assert_eq!(follow(parcel), [InTransit, OutForDelivery, Delivered]);
    }

    #[test]
    fn a_result_waits_for_the_hall() {
        assert_eq!(follow(order(DeliveryKind::Result, 52_160_001)), []);
    }

    #[test]
    fn nobody_home_is_tried_again_the_next_working_day() {
        use DeliveryStage::*;
        let mut parcel = order(DeliveryKind::Result, 52_160_006);
        assert!(fails_first(&parcel));
        parcel.stage = PickedUp;
        let mut order = parcel.clone();
        order.stage = Failed;
        assert!(
            next(&order, 1, TUESDAY_MORNING, TUESDAY_MORNING + 3600, HALL).is_none(),
            "not the same day"
        );
        assert_eq!(
            follow(parcel),
            [InTransit, OutForDelivery, Failed, OutForDelivery, Delivered]
        );
    }

    #[test]
    fn originals_are_collected_on_their_day_and_go_to_the_hall() {
        use DeliveryStage::*;
        let parcel = order(DeliveryKind::Originals, 52_160_003);
        let collected = next(&parcel, 0, 0, TUESDAY_MORNING, HALL);
        assert!(collected.is_none(), "the window is on Wednesday");
        let stages = follow(parcel.clone());
        assert_eq!(stages, [PickedUp, InTransit, OutForDelivery, Delivered]);
        let mut order = parcel;
        order.stage = InTransit;
        let out = next(&order, 0, 0, TUESDAY_MORNING, HALL).unwrap();
        assert_eq!(out.place, "亳州市");
        assert!(out.note.contains(HALL), "{}", out.note);
    }

    #[test]
    fn the_sorting_centre_is_the_destination_city() {
        let mut parcel = order(DeliveryKind::Result, 52_160_001);
        parcel.stage = DeliveryStage::PickedUp;
        let sorted = next(&parcel, 0, 0, TUESDAY_MORNING, HALL).unwrap();
        assert_eq!(sorted.stage, DeliveryStage::InTransit);
        assert_eq!(sorted.place, "合肥市邮件处理中心");
        parcel.stage = DeliveryStage::InTransit;
        let out = next(&parcel, 0, 0, TUESDAY_MORNING, HALL).unwrap();
        let courier = out.courier.expect("a courier out for delivery");
        assert!(out.note.contains(&courier.phone), "{}", out.note);
        assert_eq!(out.place, "蜀山区");
    }
}
