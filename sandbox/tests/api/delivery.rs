//! EMS delivery: the fee shown before ordering and held to, a result mailed
//! only once there is one and only once, the result's parcel ordered with a
//! submission that chose EMS, originals collected on a working day, the
//! recipient checked field by field and changed only until pickup, the hall
//! handing over and receiving, the courier's events in order with one
//! notification each, the saved addresses with one default however many
//! requests race, and nobody else reaching any of it.

use std::time::Duration;

use banshi_api::ApiError;
use banshi_api::delivery::{DeliveryKind, DeliveryOrder, DeliveryStage, SavedAddress};
use banshi_api::ids::Waybill;
use banshi_api::notifications::{Notification, NotificationKind};
use banshi_sandbox::clock;
use banshi_sandbox::demo_accounts::PEOPLE;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::applications::{complete_marriage, marriage_code, submit};
use crate::helpers::{TestApp, demo_token, expect, expect_error, spawn_with};

/// Tuesday 2026-11-24, 10:00 in China: couriers are out.
const TUESDAY_MORNING: &str = "2026-11-24T10:00";

/// A sandbox on a working morning, its courier moving every `pace` seconds (0: never).
async fn spawn_at_work(pace: u64) -> TestApp {
    let start = clock::parse_china_instant(TUESDAY_MORNING).expect("a China local time");
    spawn_with(|settings| {
        settings.clock = Some(start);
        settings.courier_pace = pace;
    })
    .await
}

fn recipient() -> Value {
    json!({
        "name": "张晓明",
        "mobile": "138 0000 0000",
        "address": { "province": "34", "city": "3416", "district": "341602", "detail": "芍花路 88 号" },
    })
}

/// A complete marriage application of `token`'s, submitted with `delivery`
/// (and `recipient` when given); answers its number.
async fn submitted(app: &TestApp, token: &str, key: &str, ems: Option<Value>) -> String {
    let code = marriage_code(app).await;
    let mut body = complete_marriage(app, token, &code).await;
    if let Some(recipient) = ems {
        body["delivery"] = json!("ems");
        body["recipient"] = recipient;
    }
    let created: Value = expect(
        submit(app, token, Some(key), &body).await,
        StatusCode::CREATED,
        "the application is submitted",
    )
    .await;
    created["number"].as_str().expect("a number").to_owned()
}

async fn staff_moves(app: &TestApp, staff: &str, number: &str, actions: &[&str]) {
    for action in actions {
        let response = app
            .send(
                Method::POST,
                &format!("/staff/applications/{number}/actions"),
                Some(&json!({ "action": action })),
                Some(staff),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "the staff {action}");
    }
}

const TO_COMPLETION: &[&str] = &["accept", "review", "approve", "complete"];

async fn order(app: &TestApp, token: &str, key: &str, body: &Value) -> reqwest::Response {
    app.post_once("/deliveries", body, token, key).await
}

fn result_order(number: &str, fee_fen: u32) -> Value {
    json!({ "number": number, "kind": "result", "recipient": recipient(), "fee_fen": fee_fen })
}

async fn parcel(app: &TestApp, token: &str, waybill: &Waybill) -> DeliveryOrder {
    expect(
        app.send(
            Method::GET,
            &format!("/deliveries/{waybill}"),
            None,
            Some(token),
        )
        .await,
        StatusCode::OK,
        "the applicant follows the parcel",
    )
    .await
}

async fn staff_acts(
    app: &TestApp,
    token: &str,
    waybill: &Waybill,
    action: &str,
) -> reqwest::Response {
    app.send(
        Method::POST,
        &format!("/staff/deliveries/{waybill}/actions"),
        Some(&json!({ "action": action })),
        Some(token),
    )
    .await
}

fn stages(order: &DeliveryOrder) -> Vec<DeliveryStage> {
    order.events.iter().map(|event| event.stage).collect()
}

#[tokio::test]
async fn a_result_is_mailed_once_there_is_one_and_tracked_to_the_door() {
    let app = spawn_at_work(1).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let staff = demo_token(&app, PEOPLE[4].mobile).await;
    let number = submitted(&app, &citizen, "mail-submit-1", None).await;

    let code = marriage_code(&app).await;
    let fee: Value = expect(
        app.send(
            Method::GET,
            &format!("/deliveries/fee?item={code}&kind=result&district=341602"),
            None,
            None,
        )
        .await,
        StatusCode::OK,
        "the fee is shown",
    )
    .await;
    assert_eq!(fee["fee_fen"], 800, "结婚登记 does not mail free: {fee}");
    assert_eq!(fee["note"], "邮费 8.00 元，收件时支付给快递员");

    let early = expect_error(
        order(
            &app,
            &citizen,
            "mail-early-key",
            &result_order(&number, 800),
        )
        .await,
        StatusCode::CONFLICT,
        "no result yet",
    )
    .await;
    assert_eq!(early.message, "办件已提交，办结后才能邮寄结果");

    staff_moves(&app, &staff, &number, TO_COMPLETION).await;
    let changed_fee = expect_error(
        order(
            &app,
            &citizen,
            "mail-fee-changed",
            &result_order(&number, 0),
        )
        .await,
        StatusCode::CONFLICT,
        "the fee agreed is not the fee",
    )
    .await;
    assert!(
        changed_fee.message.contains("8.00 元"),
        "{}",
        changed_fee.message
    );

    let ordered: DeliveryOrder = expect(
        order(&app, &citizen, "mail-first", &result_order(&number, 800)).await,
        StatusCode::CREATED,
        "the result is ordered by EMS",
    )
    .await;
    assert_eq!(ordered.kind, DeliveryKind::Result);
    assert_eq!(ordered.fee_fen, 800);
    assert!(ordered.waybill.as_str().ends_with("CN"));
    assert_eq!(
        Waybill::parse(ordered.waybill.as_str()),
        Ok(ordered.waybill.clone()),
        "an S10 number with its check digit"
    );
    assert_eq!(
        ordered.recipient.mobile, "138 0000 0000",
        "kept as typed; checked by the parser"
    );

    let again = expect_error(
        order(&app, &citizen, "mail-second", &result_order(&number, 800)).await,
        StatusCode::CONFLICT,
        "a second result delivery",
    )
    .await;
    assert!(
        again.message.contains(ordered.waybill.as_str()),
        "{}",
        again.message
    );

    // The courier never collects a result by itself: it waits for the hall.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let waiting = parcel(&app, &citizen, &ordered.waybill).await;
    assert_eq!(waiting.stage, DeliveryStage::Ordered, "{waiting:?}");
    let handed: DeliveryOrder = expect(
        staff_acts(&app, &staff, &ordered.waybill, "hand_over").await,
        StatusCode::OK,
        "the hall hands the result to EMS",
    )
    .await;
    assert_eq!(stages(&handed), [DeliveryStage::PickedUp]);
    let mut tracked = parcel(&app, &citizen, &ordered.waybill).await;
    for _ in 0..100 {
        if tracked.stage == DeliveryStage::Delivered {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        tracked = parcel(&app, &citizen, &ordered.waybill).await;
    }
    assert_eq!(
        stages(&tracked),
        [
            DeliveryStage::PickedUp,
            DeliveryStage::InTransit,
            DeliveryStage::OutForDelivery,
            DeliveryStage::Delivered,
        ]
    );
    assert!(
        tracked
            .events
            .windows(2)
            .all(|pair| pair[0].at <= pair[1].at)
    );
    assert_eq!(tracked.events[1].place, "亳州市邮件处理中心");
    let courier = tracked.events[2]
        .courier
        .clone()
        .expect("the courier out for delivery");
    assert!(tracked.events[2].note.contains(&courier.phone));
    assert_eq!(tracked.events[3].note, "已签收，签收人：张晓明");

    let detail: Value = expect(
        app.send(
            Method::GET,
            &format!("/applications/{number}"),
            None,
            Some(&citizen),
        )
        .await,
        StatusCode::OK,
        "the application lists its parcel",
    )
    .await;
    assert_eq!(detail["deliveries"][0]["waybill"], ordered.waybill.as_str());
    assert_eq!(detail["deliveries"][0]["stage"], "delivered");

    let feed: Vec<Notification> = expect(
        app.send(Method::GET, "/notifications", None, Some(&citizen))
            .await,
        StatusCode::OK,
        "the feed",
    )
    .await;
    let parcels: Vec<&Notification> = feed
        .iter()
        .filter(|notice| notice.kind == NotificationKind::Delivery)
        .collect();
    assert_eq!(parcels.len(), 4, "one per step: {parcels:?}");
    assert!(
        parcels
            .iter()
            .all(|notice| notice.waybill.as_ref() == Some(&ordered.waybill))
    );
    assert_eq!(parcels[3].title, "结婚登记：邮件已签收");

    let handed = expect_error(
        staff_acts(&app, &staff, &ordered.waybill, "hand_over").await,
        StatusCode::CONFLICT,
        "handed over twice",
    )
    .await;
    assert!(handed.message.contains("已被揽收"), "{}", handed.message);
}

#[tokio::test]
async fn choosing_ems_at_submission_orders_the_result_with_it() {
    let app = spawn_at_work(0).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let staff = demo_token(&app, PEOPLE[4].mobile).await;
    let code = marriage_code(&app).await;
    let mut body = complete_marriage(&app, &citizen, &code).await;
    body["delivery"] = json!("ems");
    let missing = expect_error(
        submit(&app, &citizen, Some("ems-none"), &body).await,
        StatusCode::BAD_REQUEST,
        "EMS without a recipient",
    )
    .await;
    assert_eq!(missing.fields[0].field, "recipient");
    body["recipient"] = json!({
        "name": "",
        "mobile": "1380000",
        "address": { "province": "34", "city": "3416", "district": "110101", "detail": "芍花路 88 号" },
    });
    let wrong = expect_error(
        submit(&app, &citizen, Some("ems-wrong"), &body).await,
        StatusCode::BAD_REQUEST,
        "a bad recipient",
    )
    .await;
    let fields: Vec<&str> = wrong.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        ["recipient.name", "recipient.mobile", "recipient.address"]
    );

    let number = submitted(&app, &citizen, "ems-right", Some(recipient())).await;
    let detail: Value = expect(
        app.send(
            Method::GET,
            &format!("/applications/{number}"),
            None,
            Some(&citizen),
        )
        .await,
        StatusCode::OK,
        "the application with its parcel",
    )
    .await;
    let parcel: DeliveryOrder =
        serde_json::from_value(detail["deliveries"][0].clone()).expect("a parcel");
    assert_eq!(parcel.kind, DeliveryKind::Result);
    assert_eq!(parcel.stage, DeliveryStage::Ordered);
    assert_eq!(parcel.fee_fen, 800);

    let before = expect_error(
        staff_acts(&app, &staff, &parcel.waybill, "hand_over").await,
        StatusCode::CONFLICT,
        "handed over before completion",
    )
    .await;
    assert_eq!(before.message, "办件已提交，办结后才能交寄结果");
    staff_moves(&app, &staff, &number, TO_COMPLETION).await;
    let handed: DeliveryOrder = expect(
        staff_acts(&app, &staff, &parcel.waybill, "hand_over").await,
        StatusCode::OK,
        "the hall hands the result to EMS",
    )
    .await;
    assert_eq!(stages(&handed), [DeliveryStage::PickedUp]);
    assert_eq!(
        handed.events[0].note,
        "亳州市政务服务中心已将办理结果交寄 EMS"
    );
    let moved = app
        .send(
            Method::PATCH,
            &format!("/deliveries/{}", parcel.waybill),
            Some(&json!({ "recipient": recipient() })),
            Some(&citizen),
        )
        .await;
    let late = expect_error(moved, StatusCode::CONFLICT, "a new address after pickup").await;
    assert!(late.message.contains("已被揽收"), "{}", late.message);
}

/// The first working day after the test's Tuesday, a Wednesday.
const WEDNESDAY: &str = "2026-11-25";

#[tokio::test]
async fn originals_are_collected_on_a_working_day_and_received_by_the_hall() {
    let app = spawn_at_work(0).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let staff = demo_token(&app, PEOPLE[4].mobile).await;
    let number = submitted(&app, &citizen, "originals-submit", None).await;
    let collection = |date: Option<&str>| {
        let mut body = json!({
            "number": number, "kind": "originals", "recipient": recipient(), "fee_fen": 800,
        });
        if let Some(date) = date {
            body["window"] = json!({ "date": date, "half": "morning" });
        }
        body
    };
    for (date, message) in [
        (None, "请选择快递员上门收取的日期和时段"),
        (Some("2026-11-24"), "上门日期应在明天起 14 天内"),
        (Some("2026-12-31"), "上门日期应在明天起 14 天内"),
        (Some("2026-11-28"), "快递员只在工作日上门，请另选日期"),
    ] {
        let refused = expect_error(
            order(
                &app,
                &citizen,
                &format!("originals-{date:?}"),
                &collection(date),
            )
            .await,
            StatusCode::BAD_REQUEST,
            message,
        )
        .await;
        assert_eq!(refused.fields[0].field, "window");
        assert_eq!(refused.message, message);
    }
    let booked: DeliveryOrder = expect(
        order(&app, &citizen, "originals-ok", &collection(Some(WEDNESDAY))).await,
        StatusCode::CREATED,
        "a collection of originals is booked",
    )
    .await;
    assert_eq!(booked.kind, DeliveryKind::Originals);
    assert!(
        booked.originals.iter().any(|name| name == "双方居民身份证"),
        "what to hand the courier, from the guide: {:?}",
        booked.originals
    );

    let mut elsewhere = recipient();
    elsewhere["address"]["detail"] = json!("魏武大道 1 号");
    let changed: DeliveryOrder = expect(
        app.send(
            Method::PATCH,
            &format!("/deliveries/{}", booked.waybill),
            Some(&json!({ "recipient": elsewhere })),
            Some(&citizen),
        )
        .await,
        StatusCode::OK,
        "a new address before pickup",
    )
    .await;
    assert_eq!(changed.recipient.address.detail, "魏武大道 1 号");
    assert_eq!(changed.window, booked.window, "the window is kept");

    let early = expect_error(
        staff_acts(&app, &staff, &booked.waybill, "received").await,
        StatusCode::CONFLICT,
        "received before the courier came",
    )
    .await;
    assert_eq!(early.message, "快递员尚未上门收取原件");
    let wrong_way = expect_error(
        staff_acts(&app, &staff, &booked.waybill, "hand_over").await,
        StatusCode::CONFLICT,
        "originals are not handed over by the hall",
    )
    .await;
    assert!(
        wrong_way.message.contains("收取原件"),
        "{}",
        wrong_way.message
    );

    // The courier collects on Wednesday; here the parcel is put with him.
    sqlx::query("UPDATE deliveries SET stage = 'picked_up' WHERE waybill = ?")
        .bind(booked.waybill.as_str())
        .execute(&app.database().await)
        .await
        .expect("the courier has the originals");
    let received: DeliveryOrder = expect(
        staff_acts(&app, &staff, &booked.waybill, "received").await,
        StatusCode::OK,
        "the hall receives the originals",
    )
    .await;
    assert_eq!(received.stage, DeliveryStage::Delivered);
    assert_eq!(
        received.events[0].note,
        "亳州市政务服务中心窗口已收到材料原件"
    );
    let twice = expect_error(
        staff_acts(&app, &staff, &booked.waybill, "received").await,
        StatusCode::CONFLICT,
        "received twice",
    )
    .await;
    assert_eq!(twice.message, "原件已签收");

    staff_moves(&app, &staff, &number, TO_COMPLETION).await;
    let ended = expect_error(
        order(
            &app,
            &citizen,
            "originals-late",
            &collection(Some(WEDNESDAY)),
        )
        .await,
        StatusCode::CONFLICT,
        "a second collection (and the application ended)",
    )
    .await;
    assert!(
        ended.message.contains("不再需要收取原件"),
        "{}",
        ended.message
    );
}

#[tokio::test]
async fn two_orders_at_once_make_one_parcel() {
    let app = spawn_at_work(0).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let staff = demo_token(&app, PEOPLE[4].mobile).await;
    let number = submitted(&app, &citizen, "race-submit", None).await;
    staff_moves(&app, &staff, &number, TO_COMPLETION).await;
    let body = result_order(&number, 800);
    let sends = (0..6).map(|n| {
        let (app, citizen, body) = (&app, &citizen, &body);
        async move {
            order(app, citizen, &format!("race-key-{n}"), body)
                .await
                .status()
        }
    });
    let statuses = futures_util::future::join_all(sends).await;
    let created = statuses
        .iter()
        .filter(|s| **s == StatusCode::CREATED)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((created, refused), (1, 5), "{statuses:?}");
    let retried = order(&app, &citizen, "race-key-0", &body).await.status();
    assert!(
        [StatusCode::CREATED, StatusCode::CONFLICT].contains(&retried),
        "a retry answers as the first did"
    );
    let mine: Vec<DeliveryOrder> = expect(
        app.send(Method::GET, "/deliveries", None, Some(&citizen))
            .await,
        StatusCode::OK,
        "the caller's parcels",
    )
    .await;
    assert_eq!(mine.len(), 1);
}

#[tokio::test]
async fn nobody_else_reaches_a_parcel() {
    let app = spawn_at_work(0).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let staff = demo_token(&app, PEOPLE[4].mobile).await;
    let other = demo_token(&app, PEOPLE[1].mobile).await;
    let number = submitted(&app, &citizen, "own-submit", Some(recipient())).await;
    let detail: Value = expect(
        app.send(
            Method::GET,
            &format!("/applications/{number}"),
            None,
            Some(&citizen),
        )
        .await,
        StatusCode::OK,
        "the parcel",
    )
    .await;
    let waybill = detail["deliveries"][0]["waybill"]
        .as_str()
        .expect("a waybill")
        .to_owned();

    for (method, path, body) in [
        (Method::GET, format!("/deliveries/{waybill}"), None),
        (
            Method::PATCH,
            format!("/deliveries/{waybill}"),
            Some(json!({ "recipient": recipient() })),
        ),
    ] {
        let response = app.send(method, &path, body.as_ref(), Some(&other)).await;
        expect_error(response, StatusCode::NOT_FOUND, &path).await;
    }
    let theirs = order(&app, &other, "own-other-key", &result_order(&number, 800)).await;
    expect_error(
        theirs,
        StatusCode::NOT_FOUND,
        "ordering for another's application",
    )
    .await;
    let listed: Vec<DeliveryOrder> = expect(
        app.send(Method::GET, "/deliveries", None, Some(&other))
            .await,
        StatusCode::OK,
        "another's parcels",
    )
    .await;
    assert!(listed.is_empty());

    sqlx::query("UPDATE users SET staff_hall = 'qiaocheng' WHERE mobile = ?")
        .bind(PEOPLE[3].mobile)
        .execute(&app.database().await)
        .await
        .expect("make a staff member of another hall");
    let elsewhere = demo_token(&app, PEOPLE[3].mobile).await;
    let waybill = Waybill::parse(&waybill).expect("a waybill");
    for (token, why) in [
        (&citizen, "the applicant"),
        (&elsewhere, "another hall's staff"),
    ] {
        expect_error(
            staff_acts(&app, token, &waybill, "hand_over").await,
            StatusCode::FORBIDDEN,
            why,
        )
        .await;
    }
    let unknown = Waybill::of("EA", 1).expect("a waybill");
    expect_error(
        staff_acts(&app, &staff, &unknown, "hand_over").await,
        StatusCode::NOT_FOUND,
        "no such parcel",
    )
    .await;
    let malformed = app
        .send(
            Method::GET,
            "/deliveries/EA123456784CN",
            None,
            Some(&citizen),
        )
        .await;
    expect_error(malformed, StatusCode::NOT_FOUND, "a wrong check digit").await;
}

async fn keep(app: &TestApp, token: &str, detail: &str, default: bool) -> SavedAddress {
    let mut recipient = recipient();
    recipient["address"]["detail"] = json!(detail);
    expect(
        app.send(
            Method::POST,
            "/me/addresses",
            Some(&json!({ "recipient": recipient, "default": default })),
            Some(token),
        )
        .await,
        StatusCode::CREATED,
        "an address is kept",
    )
    .await
}

async fn kept(app: &TestApp, token: &str) -> Vec<SavedAddress> {
    expect(
        app.send(Method::GET, "/me/addresses", None, Some(token))
            .await,
        StatusCode::OK,
        "the saved addresses",
    )
    .await
}

fn defaults(addresses: &[SavedAddress]) -> Vec<&str> {
    addresses
        .iter()
        .filter(|address| address.default)
        .map(|address| address.recipient.address.detail.as_str())
        .collect()
}

#[tokio::test]
async fn saved_addresses_keep_exactly_one_default() {
    let app = spawn_at_work(0).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let other = demo_token(&app, PEOPLE[1].mobile).await;
    let home = keep(&app, &citizen, "芍花路 88 号", false).await;
    assert!(home.default, "the first address is the default");
    let work = keep(&app, &citizen, "魏武大道 1 号", false).await;
    assert!(!work.default);
    let parents = keep(&app, &citizen, "光明路 6 号", true).await;
    assert_eq!(defaults(&kept(&app, &citizen).await), ["光明路 6 号"]);
    assert_eq!(
        kept(&app, &citizen).await[0].id,
        parents.id,
        "the default first"
    );

    let removed = app
        .send(
            Method::DELETE,
            &format!("/me/addresses/{}", parents.id),
            None,
            Some(&citizen),
        )
        .await;
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        defaults(&kept(&app, &citizen).await),
        ["芍花路 88 号"],
        "the oldest left takes the default"
    );

    let mut changed = recipient();
    changed["address"]["detail"] = json!("魏武大道 2 号");
    let updated: SavedAddress = expect(
        app.send(
            Method::PUT,
            &format!("/me/addresses/{}", work.id),
            Some(&json!({ "recipient": changed, "default": true })),
            Some(&citizen),
        )
        .await,
        StatusCode::OK,
        "an address changed",
    )
    .await;
    assert!(updated.default);
    assert_eq!(defaults(&kept(&app, &citizen).await), ["魏武大道 2 号"]);

    let bad: ApiError = expect_error(
        app.send(
            Method::POST,
            "/me/addresses",
            Some(
                &json!({ "recipient": { "name": "张", "mobile": "12345678901",
                "address": { "province": "34", "city": "", "district": "", "detail": "" } } }),
            ),
            Some(&citizen),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a bad address",
    )
    .await;
    assert_eq!(bad.fields.len(), 3, "{:?}", bad.fields);

    for (method, body) in [
        (Method::PUT, Some(json!({ "recipient": recipient() }))),
        (Method::DELETE, None),
    ] {
        let response = app
            .send(
                method,
                &format!("/me/addresses/{}", home.id),
                body.as_ref(),
                Some(&other),
            )
            .await;
        expect_error(response, StatusCode::NOT_FOUND, "another's address").await;
    }
    assert!(
        kept(&app, &other).await.is_empty(),
        "none of another's listed"
    );
    assert_eq!(kept(&app, &citizen).await.len(), 2, "nothing lost");
}

#[tokio::test]
async fn addresses_made_default_at_once_leave_one_default() {
    let app = spawn_at_work(0).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let adds = (0..8).map(|n| {
        let (app, citizen) = (&app, &citizen);
        async move { keep(app, citizen, &format!("芍花路 {n} 号"), true).await }
    });
    futures_util::future::join_all(adds).await;
    let addresses = kept(&app, &citizen).await;
    assert_eq!(addresses.len(), 8);
    assert_eq!(defaults(&addresses).len(), 1, "{addresses:?}");
}
