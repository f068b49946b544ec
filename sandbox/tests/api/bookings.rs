//! Bookings: the calendar of slots with its closures, every rule of booking,
//! moving and cancelling with the reason it gives, exactly once per
//! Idempotency-Key, and places that are never overbooked however many people
//! book or move at once. The sandbox's clock starts on Monday 2026-11-23 at
//! 08:30 unless a test needs another moment.

use banshi_api::dates::Date;
use banshi_api::ids::{HallCode, ItemCode};
use std::collections::HashMap;
use std::time::Duration;

use banshi_api::bookings::{Booking, BookingStatus, Closure, SlotDay};
use banshi_api::catalog::ItemPage;
use banshi_sandbox::demo::crowd::log_in_crowd;
use banshi_sandbox::demo_accounts::PEOPLE;
use banshi_sandbox::store::SlotKey;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::burst::book_at_once;
use crate::helpers::{NO_SUCH_ITEM, TestApp, demo_token, expect, expect_error, spawn_app_at};

const MONDAY_MORNING: &str = "2026-11-23T08:30";

fn hall_code(text: &str) -> HallCode {
    HallCode::parse(text).unwrap()
}

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The implementation code of the item called `name` at `hall`.
async fn item_code(app: &TestApp, hall: &str, name: &str) -> String {
    let page: ItemPage = app
        .get_ok(&format!("/catalog/items?q={name}&hall={hall}"))
        .await;
    page.items
        .into_iter()
        .find(|item| item.name == name)
        .unwrap_or_else(|| panic!("{hall} implements {name}"))
        .code
        .to_string()
}

/// 结婚登记 at the city hall, which also opens on Saturday mornings.
async fn marriage(app: &TestApp) -> String {
    item_code(app, "shizhi", "结婚登记").await
}

fn booking(item: &str, date: &str, starts: &str) -> Value {
    json!({ "item_code": item, "date": date, "starts": starts })
}

/// Books `body` under the Idempotency-Key `booking-{key}`.
async fn book(app: &TestApp, token: &str, key: &str, body: &Value) -> reqwest::Response {
    app.post_once("/bookings", body, token, &format!("booking-{key}"))
        .await
}

async fn booked(app: &TestApp, token: &str, key: &str, body: &Value) -> Booking {
    expect(
        book(app, token, key, body).await,
        StatusCode::CREATED,
        &format!("booking {body} succeeds"),
    )
    .await
}

/// Books `body` and expects a refusal with `status` whose message, or the
/// problem on one of its fields, contains `says`. A refusal lets its key go, so every refusal can use the same one.
async fn refused(app: &TestApp, token: &str, body: &Value, status: StatusCode, says: &str) {
    let error = expect_error(
        book(app, token, "refused", body).await,
        status,
        &format!("booking {body} is refused"),
    )
    .await;
    assert!(
        error.to_string().contains(says),
        "the refusal of {body} says why, in its message or on its field: {error}"
    );
}

async fn slots(app: &TestApp, query: &str) -> Vec<SlotDay> {
    app.get_ok(&format!("/halls/shizhi/slots?{query}")).await
}

/// The places left in one slot, as the calendar shows them.
async fn remaining(app: &TestApp, item: &str, date: &str, starts: &str) -> u32 {
    let days = slots(app, &format!("item={item}&date={date}&days=1")).await;
    days[0]
        .slots
        .iter()
        .find(|slot| slot.starts == starts)
        .unwrap_or_else(|| panic!("{date} has a slot at {starts}"))
        .remaining
}

async fn send(app: &TestApp, method: Method, path: &str, token: &str) -> reqwest::Response {
    app.send(method, path, None, Some(token)).await
}

async fn reschedule(
    app: &TestApp,
    token: &str,
    id: &str,
    date: &str,
    starts: &str,
) -> reqwest::Response {
    app.send(
        Method::PATCH,
        &format!("/bookings/{id}"),
        Some(&json!({ "date": date, "starts": starts })),
        Some(token),
    )
    .await
}

/// The stored `booked` count of a slot of the city hall.
async fn booked_count(app: &TestApp, item: &str, date: &str, starts: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT booked FROM slots WHERE hall = 'shizhi' AND item_code = ? AND date = ? AND starts = ?",
    )
    .bind(item)
    .bind(date)
    .bind(starts)
    .fetch_one(&app.database().await)
    .await
    .expect("the slot has a row")
}

#[tokio::test]
async fn the_calendar_shows_half_hours_with_places_and_closures() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let item = marriage(&app).await;
    let week = slots(&app, &format!("item={item}")).await;
    let dates: Vec<_> = week.iter().map(|day| day.date.to_string()).collect();
    assert_eq!(
        dates,
        [
            "2026-11-23",
            "2026-11-24",
            "2026-11-25",
            "2026-11-26",
            "2026-11-27",
            "2026-11-28",
            "2026-11-29"
        ],
        "seven days from today by default"
    );
    let monday = &week[0];
    assert_eq!((monday.weekday, &monday.closed), (1, &None));
    assert_eq!(
        monday.slots.len(),
        14,
        "six morning and eight afternoon half hours"
    );
    assert_eq!(
        (
            monday.slots[0].starts.as_str(),
            monday.slots[0].ends.as_str()
        ),
        ("09:00", "09:30")
    );
    assert!(
        monday
            .slots
            .iter()
            .all(|slot| slot.capacity == 5 && slot.remaining == 5 && !slot.past),
        "at 08:30 every slot of the day is still ahead and free"
    );
    let saturday = &week[5];
    assert_eq!(
        saturday.slots.len(),
        6,
        "the city hall opens Saturday mornings"
    );
    assert!(saturday.slots.iter().all(|slot| slot.capacity == 2));
    assert_eq!(week[6].closed, Some(Closure::Weekend));
    assert!(week[6].slots.is_empty(), "no slots on a Sunday");

    let two_weeks = slots(&app, &format!("item={item}&days=14")).await;
    assert_eq!(two_weeks.last().unwrap().date, "2026-12-06");
    let clipped = slots(&app, &format!("item={item}&date=2026-12-04&days=7")).await;
    assert_eq!(clipped.len(), 3, "days beyond the horizon are left out");

    for (query, field) in [
        (format!("item={item}&date=2026-12-07"), "date"),
        (format!("item={item}&date=2026-11-31"), "date"),
        (format!("item={item}&days=15"), "days"),
        (format!("item={item}&days=0"), "days"),
        ("days=3".to_owned(), "item"),
    ] {
        let error = app
            .get_error(
                &format!("/halls/shizhi/slots?{query}"),
                StatusCode::BAD_REQUEST,
            )
            .await;
        assert_eq!(error.fields[0].field, field, "{query}: {error}");
    }
    let abroad = item_code(&app, "shizhi", "内地居民与港澳台居民、华侨、外国人结婚登记").await;
    let error = app
        .get_error(
            &format!("/halls/shizhi/slots?item={abroad}"),
            StatusCode::BAD_REQUEST,
        )
        .await;
    assert_eq!(error.fields[0].field, "item");
    assert!(error.message.contains("不支持预约"), "{error}");
    let elsewhere = item_code(&app, "qiaocheng", "结婚登记").await;
    let error = app
        .get_error(
            &format!("/halls/shizhi/slots?item={elsewhere}"),
            StatusCode::BAD_REQUEST,
        )
        .await;
    assert!(
        error.message.contains("不在亳州市政务服务中心办理"),
        "{error}"
    );
    app.get_error(
        &format!("/halls/atlantis/slots?item={item}"),
        StatusCode::NOT_FOUND,
    )
    .await;
    app.get_error(
        &format!("/halls/shizhi/slots?item={NO_SUCH_ITEM}"),
        StatusCode::NOT_FOUND,
    )
    .await;
    let malformed = app
        .get_error(
            "/halls/shizhi/slots?item=NO-SUCH-ITEM",
            StatusCode::BAD_REQUEST,
        )
        .await;
    assert!(
        format!("{malformed:?}").contains("事项编码格式不正确"),
        "a code that cannot be one is told as such: {malformed:?}"
    );
}

#[tokio::test]
async fn slots_that_have_begun_are_marked_past() {
    let app = spawn_app_at("2026-11-23T10:10").await;
    let item = marriage(&app).await;
    let today = &slots(&app, &format!("item={item}&days=1")).await[0];
    let past: Vec<_> = today
        .slots
        .iter()
        .filter(|slot| slot.past)
        .map(|slot| slot.starts.as_str())
        .collect();
    assert_eq!(
        past,
        ["09:00", "09:30", "10:00"],
        "10:00 began ten minutes ago"
    );
}

#[tokio::test]
async fn a_booking_takes_a_place_and_gives_a_check_in_code() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let other = demo_token(&app, PEOPLE[2].mobile).await;
    let item = marriage(&app).await;
    let booking = booked(
        &app,
        &citizen,
        "book-1",
        &booking(&item, "2026-11-24", "10:00"),
    )
    .await;
    assert_eq!(booking.hall, "shizhi");
    assert_eq!(booking.hall_name, "亳州市政务服务中心");
    assert_eq!(booking.item_name, "结婚登记");
    assert_eq!(
        (booking.starts.as_str(), booking.ends.as_str()),
        ("10:00", "10:30")
    );
    assert_eq!(booking.status, BookingStatus::Booked);
    assert!(
        booking.check_in_code.len() == 8
            && booking.check_in_code.bytes().all(|b| b.is_ascii_digit()),
        "the kiosk reads eight digits: {}",
        booking.check_in_code
    );
    assert!(booking.id.as_str().len() >= 32, "an id nobody can guess");
    assert_eq!(remaining(&app, &item, "2026-11-24", "10:00").await, 4);

    let mine: Vec<Booking> = expect(
        send(&app, Method::GET, "/bookings", &citizen).await,
        StatusCode::OK,
        "the caller's bookings are listed",
    )
    .await;
    assert_eq!(mine, std::slice::from_ref(&booking));
    let path = format!("/bookings/{}", booking.id);
    let again: Booking = expect(
        send(&app, Method::GET, &path, &citizen).await,
        StatusCode::OK,
        "one booking",
    )
    .await;
    assert_eq!(again, booking);
    expect_error(
        send(&app, Method::GET, &path, &other).await,
        StatusCode::NOT_FOUND,
        "another person's booking is not there for them",
    )
    .await;
    expect_error(
        send(&app, Method::DELETE, &path, &other).await,
        StatusCode::NOT_FOUND,
        "nor can they cancel it",
    )
    .await;
    let response = app.send(Method::GET, "/bookings", None, None).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_booking_is_made_once_however_often_it_is_sent() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let item = marriage(&app).await;
    let body = booking(&item, "2026-11-25", "14:00");
    let first = booked(&app, &citizen, "tap-1", &body).await;
    let again = booked(&app, &citizen, "tap-1", &body).await;
    assert_eq!(again, first, "a retry gets the first booking back");
    assert_eq!(
        remaining(&app, &item, "2026-11-25", "14:00").await,
        4,
        "and takes no second place"
    );
    let error = expect_error(
        book(
            &app,
            &citizen,
            "tap-1",
            &booking(&item, "2026-11-25", "14:30"),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the key came with another booking before",
    )
    .await;
    assert!(error.message.contains("Idempotency-Key"), "{error}");
    let response = app
        .client
        .post(format!("{}/bookings", app.api_url))
        .bearer_auth(&citizen)
        .json(&body)
        .send()
        .await
        .expect("the request reaches the sandbox");
    expect_error(response, StatusCode::BAD_REQUEST, "a booking needs a key").await;

    // One body both routes can read: a key is per request, route included.
    let both = json!({
        "item_code": item, "date": "2026-11-26", "starts": "09:00",
        "form_version": 1, "answers": {}, "delivery": "pick_up",
    });
    booked(&app, &citizen, "shared-key", &both).await;
    let error = expect_error(
        app.post_once("/applications", &both, &citizen, "booking-shared-key")
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the same key and body sent to another route is another request",
    )
    .await;
    assert_eq!(error.message, "这个 Idempotency-Key 已用于另一个请求");
}

#[tokio::test]
async fn every_rule_of_booking_says_what_is_wrong() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let item = marriage(&app).await;
    let bad = StatusCode::BAD_REQUEST;

    refused(
        &app,
        &citizen,
        &booking(NO_SUCH_ITEM, "2026-11-24", "10:00"),
        StatusCode::NOT_FOUND,
        "没有编码为",
    )
    .await;
    let abroad = item_code(&app, "shizhi", "内地居民与港澳台居民、华侨、外国人结婚登记").await;
    refused(
        &app,
        &citizen,
        &booking(&abroad, "2026-11-24", "10:00"),
        bad,
        "不支持预约",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "24/11/2026", "10:00"),
        bad,
        "YYYY-MM-DD",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-11-24", "9:30"),
        bad,
        "HH:MM",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-11-20", "10:00"),
        bad,
        "这个时段已经过去",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-12-07", "10:00"),
        bad,
        "只能预约 14 天内的时段，最晚到 12月6日",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-11-29", "10:00"),
        bad,
        "11月29日是周日，大厅不办公",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-11-24", "12:30"),
        bad,
        "办公时间为 09:00—12:00、13:30—17:30",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-11-24", "09:10"),
        bad,
        "不是可预约的时段",
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-11-28", "14:00"),
        bad,
        "09:00—12:00，每半小时",
    )
    .await;
    let county = item_code(&app, "qiaocheng", "结婚登记").await;
    refused(
        &app,
        &citizen,
        &booking(&county, "2026-11-28", "10:00"),
        bad,
        "11月28日是周六，大厅不办公",
    )
    .await;

    let error = expect_error(
        book(
            &app,
            &citizen,
            "fields",
            &booking(&item, "2026-11-24", "12:30"),
        )
        .await,
        bad,
        "the lunch break is no slot",
    )
    .await;
    assert_eq!(error.fields[0].field, "starts", "the UI marks the time");

    booked(
        &app,
        &citizen,
        "saturday",
        &booking(&item, "2026-11-28", "10:00"),
    )
    .await;
    refused(
        &app,
        &citizen,
        &booking(&item, "2026-11-28", "10:00"),
        StatusCode::CONFLICT,
        "您已预约了这个时段",
    )
    .await;
    let divorce = item_code(&app, "shizhi", "离婚登记").await;
    refused(
        &app,
        &citizen,
        &booking(&divorce, "2026-11-28", "10:00"),
        StatusCode::CONFLICT,
        "同一时间已预约了“结婚登记”",
    )
    .await;
}

#[tokio::test]
async fn holidays_close_the_halls_and_make_up_days_open_them() {
    let app = spawn_app_at("2026-09-28T08:30").await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let county = item_code(&app, "qiaocheng", "结婚登记").await;
    refused(
        &app,
        &citizen,
        &booking(&county, "2026-10-01", "10:00"),
        StatusCode::BAD_REQUEST,
        "10月1日是国庆节假期，大厅不办公",
    )
    .await;
    let days: Vec<SlotDay> = app
        .get_ok(&format!(
            "/halls/qiaocheng/slots?item={county}&date=2026-10-01&days=10"
        ))
        .await;
    assert_eq!(
        days[0].closed,
        Some(Closure::Holiday {
            name: "国庆节".into()
        })
    );
    let saturday = days.last().expect("ten days");
    assert_eq!(
        (
            saturday.date.to_string().as_str(),
            saturday.weekday,
            &saturday.closed
        ),
        ("2026-10-10", 6, &None),
        "the Saturday worked for the holiday"
    );
    assert_eq!(saturday.slots.len(), 14, "with weekday hours");
    booked(
        &app,
        &citizen,
        "make-up",
        &booking(&county, "2026-10-10", "15:00"),
    )
    .await;
}

#[tokio::test]
async fn nobody_holds_more_than_three_open_bookings() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let item = marriage(&app).await;
    let mut open = Vec::new();
    for (key, starts) in [("one", "09:00"), ("two", "09:30"), ("three", "10:00")] {
        open.push(booked(&app, &citizen, key, &booking(&item, "2026-11-24", starts)).await);
    }
    let fourth = booking(&item, "2026-11-24", "10:30");
    let error = expect_error(
        book(&app, &citizen, "four", &fourth).await,
        StatusCode::CONFLICT,
        "a fourth open booking is refused",
    )
    .await;
    assert!(error.message.contains("3 个未到期的预约"), "{error}");

    // A booking whose time has passed is no longer open.
    sqlx::query("UPDATE bookings SET date = '2026-11-20' WHERE id = ?")
        .bind(&open[0].id)
        .execute(&app.database().await)
        .await
        .expect("the booking is moved into the past");
    let path = format!("/bookings/{}", open[0].id);
    let error = expect_error(
        send(&app, Method::DELETE, &path, &citizen).await,
        StatusCode::CONFLICT,
        "a past booking cannot be cancelled",
    )
    .await;
    assert!(error.message.contains("已经开始"), "{error}");
    expect_error(
        reschedule(&app, &citizen, open[0].id.as_str(), "2026-11-25", "10:00").await,
        StatusCode::CONFLICT,
        "nor moved",
    )
    .await;
    booked(&app, &citizen, "four", &fourth).await;
}

#[tokio::test]
async fn a_full_slot_is_refused_and_cancelling_frees_a_place() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let item = marriage(&app).await;
    let crowd = log_in_crowd(&*app.db, 6).await.expect("six people log in");
    let body = booking(&item, "2026-11-24", "15:00");
    let mut bookings = Vec::new();
    for (index, token) in crowd[..5].iter().enumerate() {
        bookings.push(booked(&app, token, &format!("person-{index}"), &body).await);
    }
    let error = expect_error(
        book(&app, &crowd[5], "sixth", &body).await,
        StatusCode::CONFLICT,
        "five places on a weekday",
    )
    .await;
    assert_eq!(error.message, "名额已满，请选择其他时段");

    let path = format!("/bookings/{}", bookings[0].id);
    let cancelled: Booking = expect(
        send(&app, Method::DELETE, &path, &crowd[0]).await,
        StatusCode::OK,
        "cancelled",
    )
    .await;
    assert_eq!(cancelled.status, BookingStatus::Cancelled);
    assert_eq!(
        remaining(&app, &item, "2026-11-24", "15:00").await,
        1,
        "its place is free again"
    );
    let twice: Booking = expect(
        send(&app, Method::DELETE, &path, &crowd[0]).await,
        StatusCode::OK,
        "cancelling twice is harmless",
    )
    .await;
    assert_eq!(twice, cancelled);
    assert_eq!(
        remaining(&app, &item, "2026-11-24", "15:00").await,
        1,
        "and frees nothing more"
    );
    booked(&app, &crowd[5], "sixth", &body).await;
    expect_error(
        reschedule(
            &app,
            &crowd[0],
            bookings[0].id.as_str(),
            "2026-11-25",
            "10:00",
        )
        .await,
        StatusCode::CONFLICT,
        "a cancelled booking is not moved",
    )
    .await;
}

#[tokio::test]
async fn moving_a_booking_takes_the_new_place_before_giving_back_the_old() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let item = marriage(&app).await;
    let first = booked(
        &app,
        &citizen,
        "move-me",
        &booking(&item, "2026-11-24", "09:00"),
    )
    .await;
    let moved: Booking = expect(
        reschedule(&app, &citizen, first.id.as_str(), "2026-11-26", "16:00").await,
        StatusCode::OK,
        "moved to a free slot",
    )
    .await;
    assert_eq!(
        (
            moved.date.to_string().as_str(),
            moved.starts.as_str(),
            moved.ends.as_str()
        ),
        ("2026-11-26", "16:00", "16:30")
    );
    assert_eq!(
        (moved.id.as_str(), moved.check_in_code.as_str()),
        (first.id.as_str(), first.check_in_code.as_str())
    );
    assert_eq!(
        remaining(&app, &item, "2026-11-24", "09:00").await,
        5,
        "the old place is free"
    );
    assert_eq!(remaining(&app, &item, "2026-11-26", "16:00").await, 4);

    let error = expect_error(
        reschedule(&app, &citizen, first.id.as_str(), "2026-11-26", "16:00").await,
        StatusCode::BAD_REQUEST,
        "moving to the same slot changes nothing",
    )
    .await;
    assert!(error.message.contains("相同"), "{error}");
    expect_error(
        reschedule(&app, &citizen, first.id.as_str(), "2026-11-26", "12:00").await,
        StatusCode::BAD_REQUEST,
        "the rules of booking hold for the new slot",
    )
    .await;

    let crowd = log_in_crowd(&*app.db, 5).await.expect("five people log in");
    for (index, token) in crowd.iter().enumerate() {
        booked(
            &app,
            token,
            &format!("fill-{index}"),
            &booking(&item, "2026-11-27", "11:00"),
        )
        .await;
    }
    let error = expect_error(
        reschedule(&app, &citizen, first.id.as_str(), "2026-11-27", "11:00").await,
        StatusCode::CONFLICT,
        "the new slot is full",
    )
    .await;
    assert_eq!(error.message, "名额已满，请选择其他时段");
    let kept: Booking = expect(
        send(
            &app,
            Method::GET,
            &format!("/bookings/{}", first.id),
            &citizen,
        )
        .await,
        StatusCode::OK,
        "the booking is still there",
    )
    .await;
    assert_eq!(kept, moved, "left as it was");
    assert_eq!(
        remaining(&app, &item, "2026-11-26", "16:00").await,
        4,
        "its place still held"
    );

    // Moving does not count against the limit of open bookings.
    booked(
        &app,
        &citizen,
        "second",
        &booking(&item, "2026-11-25", "09:00"),
    )
    .await;
    booked(
        &app,
        &citizen,
        "third",
        &booking(&item, "2026-11-25", "09:30"),
    )
    .await;
    let error = expect_error(
        reschedule(&app, &citizen, first.id.as_str(), "2026-11-25", "09:30").await,
        StatusCode::CONFLICT,
        "the caller holds that slot already",
    )
    .await;
    assert_eq!(error.message, "您已预约了这个时段");
    expect::<Booking>(
        reschedule(&app, &citizen, first.id.as_str(), "2026-11-25", "10:00").await,
        StatusCode::OK,
        "a person with three bookings may still move one",
    )
    .await;
}

#[tokio::test]
async fn five_hundred_people_booking_twenty_places_at_once_get_exactly_twenty() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let item = marriage(&app).await;
    let (hall, item_code) = (hall_code("shizhi"), ItemCode::parse(&item).unwrap());
    let slot = SlotKey {
        hall: &hall,
        item_code: &item_code,
        date: day("2026-11-24"),
        starts: "10:00",
    };
    app.db
        .open_slot(slot, 20)
        .await
        .expect("a slot of twenty places");
    let crowd = log_in_crowd(&*app.db, 500)
        .await
        .expect("500 people log in");
    let answers = book_at_once(
        &app.client,
        &app.api_url,
        &crowd,
        &booking(&item, &slot.date.to_string(), slot.starts),
    )
    .await;
    let mut statuses: HashMap<StatusCode, usize> = HashMap::new();
    for answer in &answers {
        *statuses.entry(answer.status).or_default() += 1;
        if answer.status == StatusCode::CONFLICT {
            assert!(
                answer.message.contains("名额已满"),
                "a refusal says the slot is full: {}",
                answer.message
            );
        }
    }
    assert_eq!(
        statuses,
        HashMap::from([(StatusCode::CREATED, 20), (StatusCode::CONFLICT, 480)]),
        "exactly the twenty places are given, and nothing else goes wrong"
    );
    assert_eq!(
        booked_count(&app, &item, &slot.date.to_string(), slot.starts).await,
        20
    );
    let slowest = answers.iter().map(|answer| answer.latency).max();
    assert!(
        slowest < Some(Duration::from_secs(20)),
        "nobody waits anywhere near the database's busy timeout: {slowest:?}"
    );
}

#[tokio::test]
async fn people_moving_into_one_slot_at_once_never_overfill_it_or_lose_a_booking() {
    let app = spawn_app_at(MONDAY_MORNING).await;
    let item = marriage(&app).await;
    let crowd = log_in_crowd(&*app.db, 40).await.expect("40 people log in");
    let starts = [
        "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "13:30", "14:00",
    ];
    let mut bookings = Vec::new();
    for (index, token) in crowd.iter().enumerate() {
        let body = booking(&item, "2026-11-24", starts[index % starts.len()]);
        bookings.push(booked(&app, token, &format!("before-{index}"), &body).await);
    }
    let (hall, item_code) = (hall_code("shizhi"), ItemCode::parse(&item).unwrap());
    let target = SlotKey {
        hall: &hall,
        item_code: &item_code,
        date: day("2026-11-25"),
        starts: "10:00",
    };
    app.db
        .open_slot(target, 10)
        .await
        .expect("a slot of ten places");
    let moves = crowd.iter().zip(&bookings).map(|(token, booking)| {
        let app = &app;
        async move {
            reschedule(
                app,
                token,
                booking.id.as_str(),
                &target.date.to_string(),
                target.starts,
            )
            .await
            .status()
        }
    });
    let statuses = futures_util::future::join_all(moves).await;
    let moved = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let full = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!(
        (moved, full),
        (10, 30),
        "ten move, thirty find it full: {statuses:?}"
    );
    assert_eq!(
        booked_count(&app, &item, &target.date.to_string(), target.starts).await,
        10
    );

    let mut held = 0;
    for (token, before) in crowd.iter().zip(&bookings) {
        let now: Booking = expect(
            send(
                &app,
                Method::GET,
                &format!("/bookings/{}", before.id),
                token,
            )
            .await,
            StatusCode::OK,
            "no booking is lost",
        )
        .await;
        assert_eq!(now.status, BookingStatus::Booked);
        assert!(
            now.starts == before.starts && now.date == before.date
                || (now.date, now.starts.as_str()) == (target.date, target.starts),
            "each booking is in its old slot or the new one"
        );
        held += 1;
    }
    let total: i64 = sqlx::query_scalar("SELECT SUM(booked) FROM slots WHERE item_code = ?")
        .bind(&item)
        .fetch_one(&app.database().await)
        .await
        .expect("the places add up");
    assert_eq!(total, held, "every booking holds exactly one place");
}
