//! What the device refuses before an order or an address reaches the hall.

use banshi_api::dates::Date;
use banshi_api::delivery::{CollectionWindow, DeliveryKind, HalfDay, NewDelivery, Recipient};
use banshi_api::forms::Address;
use banshi_api::ids::ApplicationNumber;

use super::{check_order, checked};
use crate::ShellError;

fn recipient(name: &str, mobile: &str) -> Recipient {
    Recipient {
        name: name.into(),
        mobile: mobile.into(),
        address: Address {
            province: "34".into(),
            city: "3416".into(),
            district: "341602".into(),
            detail: "谯城区芍花路 1 号".into(),
        },
    }
}

fn order(
    kind: DeliveryKind,
    recipient: Recipient,
    window: Option<CollectionWindow>,
) -> NewDelivery {
    NewDelivery {
        number: ApplicationNumber::of(Date::parse("2026-11-23").unwrap(), 1).unwrap(),
        kind,
        recipient,
        window,
        fee_fen: 0,
    }
}

fn refused_fields(result: Result<(), ShellError>) -> Vec<String> {
    match result {
        Err(ShellError::Invalid(error)) => error.fields.into_iter().map(|f| f.field).collect(),
        other => panic!("refused on the device, not {other:?}"),
    }
}

#[test]
fn a_good_result_delivery_goes_to_the_hall() {
    let request = order(DeliveryKind::Result, recipient("张三", "13800000000"), None);
    assert!(
        check_order(&request).is_ok(),
        "nothing for the device to refuse"
    );
}

#[test]
fn a_collection_needs_its_time_and_every_problem_is_told_at_once() {
    let request = order(DeliveryKind::Originals, recipient("", "1380"), None);
    assert_eq!(
        refused_fields(check_order(&request)),
        ["window", "recipient.name", "recipient.mobile"],
        "each problem on the field the form shows it next to"
    );
    let window = CollectionWindow {
        date: Date::parse("2026-11-24").unwrap(),
        half: HalfDay::Morning,
    };
    let request = order(
        DeliveryKind::Originals,
        recipient("张三", "13800000000"),
        Some(window),
    );
    assert!(check_order(&request).is_ok());
}

#[test]
fn a_saved_address_is_checked_as_the_hall_checks_it() {
    let mut bad = recipient("张三", "13800000000");
    bad.address.district = "110101".into();
    let Err(ShellError::Invalid(error)) = checked(&bad, Vec::new()) else {
        panic!("a district outside its city is refused on the device");
    };
    assert_eq!(error.fields[0].field, "recipient.address");
    assert_eq!(
        error.message, error.fields[0].message,
        "the refusal says what is wrong in the user's words"
    );
}
