//! What the device refuses before an order or an address reaches the hall;
//! and against a real sandbox, the saved addresses with their one default,
//! a result mailed once however often it is ordered at once, its address
//! changed until the hall hands it over, and nobody else's parcel reached.

use banshi_api::dates::Date;
use banshi_api::delivery::{
    AddressRequest, CollectionWindow, DeliveryChange, DeliveryKind, DeliveryStage, FeeQuery,
    HalfDay, NewDelivery, Recipient,
};
use banshi_api::forms::Address;
use banshi_api::ids::ApplicationNumber;
use banshi_sandbox::demo_accounts::PEOPLE;

use super::{Deliveries, check_order, checked};
use crate::ShellError;
use crate::context::Context;
use crate::test_support::{api, demo_login, device_folder, hall, sandbox_at};

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

/// The status the hall refused with, or what else happened.
fn refused_with<T: std::fmt::Debug>(result: Result<T, ShellError>) -> Result<u16, String> {
    match result {
        Err(ShellError::Refused { status, .. }) => Ok(status),
        other => Err(format!("{other:?}")),
    }
}

#[tokio::test]
async fn addresses_keep_one_default_and_a_result_is_mailed_once_changed_until_handed_over() {
    let (server, device, stranger) = (
        tempfile::tempdir().unwrap(),
        device_folder(),
        device_folder(),
    );
    let (url, _stop) = sandbox_at(server.path(), "2026-11-23T10:00").await;
    let ctx = Context::new(api(&url, device.path()));
    ctx.accounts()
        .log_in(ctx.api(), &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let deliveries = Deliveries::new(ctx.clone());

    let home = recipient("张晓明", PEOPLE[0].mobile);
    let mut office = home.clone();
    office.address.detail = "谯城区希夷大道 99 号".into();
    let first = deliveries
        .add_address(&AddressRequest {
            recipient: home.clone(),
            default: false,
        })
        .await
        .unwrap();
    assert!(first.default, "the first address is the default");
    let second = deliveries
        .add_address(&AddressRequest {
            recipient: office.clone(),
            default: true,
        })
        .await
        .unwrap();
    let listed = deliveries.addresses().await.unwrap();
    assert_eq!(
        listed
            .iter()
            .map(|a| (a.id.clone(), a.default))
            .collect::<Vec<_>>(),
        [(second.id.clone(), true), (first.id.clone(), false)],
        "exactly one default, listed first"
    );
    deliveries.delete_address(second.id.as_str()).await.unwrap();
    let listed = deliveries.addresses().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].default, "the one left becomes the default");
    let mut bad = home.clone();
    bad.mobile = "1380".into();
    assert!(
        matches!(
            deliveries
                .add_address(&AddressRequest {
                    recipient: bad,
                    default: false
                })
                .await,
            Err(ShellError::Invalid(_))
        ),
        "a bad mobile never reaches the hall"
    );

    let citizen = hall::token(&url, PEOPLE[0].mobile).await.unwrap();
    let staff = hall::token(&url, hall::HALL_STAFF).await.unwrap();
    let number = hall::submit_marriage(&url, &citizen).await.unwrap().number;
    hall::staff_complete(&url, &staff, &number).await.unwrap();
    let fee = deliveries
        .fee(&FeeQuery {
            item: hall::marriage_code(&url).await.unwrap(),
            kind: DeliveryKind::Result,
            district: "341602".into(),
        })
        .await
        .unwrap();
    let request = NewDelivery {
        number: number.clone(),
        kind: DeliveryKind::Result,
        recipient: home.clone(),
        window: None,
        fee_fen: fee.fee_fen,
    };
    // Two taps at once (each its own order): one parcel, the other refused.
    let (a, b) = tokio::join!(deliveries.order(&request), deliveries.order(&request));
    let (order, other) = match (a, b) {
        (Ok(order), other) | (other, Ok(order)) => (order, other),
        (a, b) => panic!("one of two orders goes through: {a:?} {b:?}"),
    };
    assert_eq!(
        refused_with(other),
        Ok(409),
        "a second result delivery is refused"
    );
    assert_eq!(order.stage, DeliveryStage::Ordered);
    assert_eq!(
        order.fee_fen, fee.fee_fen,
        "the fee shown is the fee charged"
    );

    let change = DeliveryChange {
        recipient: office.clone(),
        window: None,
    };
    let changed = deliveries
        .change(order.waybill.as_str(), &change)
        .await
        .unwrap();
    assert_eq!(
        changed.recipient, office,
        "the address changes while it waits"
    );
    hall::staff_parcel_act(&url, &staff, order.waybill.as_str(), "hand_over")
        .await
        .unwrap();
    let parcel = deliveries.get(order.waybill.as_str()).await.unwrap();
    assert_eq!(parcel.stage, DeliveryStage::PickedUp);
    assert_eq!(parcel.events.len(), 1, "the hand-over is tracked");
    assert_eq!(
        refused_with(deliveries.change(order.waybill.as_str(), &change).await),
        Ok(409),
        "no new address once EMS has it"
    );

    let theirs = Context::new(api(&url, stranger.path()));
    theirs
        .accounts()
        .log_in(theirs.api(), &demo_login(PEOPLE[1].mobile))
        .await
        .unwrap();
    let theirs = Deliveries::new(theirs);
    assert_eq!(
        refused_with(theirs.get(order.waybill.as_str()).await),
        Ok(404),
        "another citizen does not see the parcel"
    );
    assert_eq!(
        refused_with(theirs.change(order.waybill.as_str(), &change).await),
        Ok(404),
        "nor changes it"
    );
    assert!(
        theirs.addresses().await.unwrap().is_empty(),
        "nor the addresses"
    );
}
