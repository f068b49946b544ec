//! 好差评 and the kiosk's check-in: a finished application or a checked-in
//! visit rated once by its applicant (two ratings at once store one), every
//! problem of a rating named at once, the bad rating's case answered by the
//! handling hall's staff only with a notification of the rater, who scores
//! the answer once; the hall's public figures; and the check-in's rules.

use banshi_api::applications::Urgency;
use banshi_api::bookings::{Booking, BookingStatus};
use banshi_api::notifications::NotificationKind;
use banshi_api::ratings::{HallRatings, Rating, RatingSubject};
use banshi_sandbox::demo_accounts::PEOPLE;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::applications::marriage_code;
use crate::helpers::{TestApp, demo_token, expect, expect_error, spawn_app_at};
use crate::progress::{People, acted, detail, feed, people, submitted};

/// Friday 2026-11-20, mid-morning: the halls are open.
const FRIDAY: &str = "2026-11-20T10:00";

/// A marriage application of the demo citizen taken by the staff through
/// `actions` (e.g. accept, review, approve, complete); answers its number.
async fn moved(app: &TestApp, who: &People, key: &str, actions: &[Value]) -> String {
    let number = submitted(app, &who.citizen, key).await;
    for action in actions {
        acted(app, &who.staff, &number, action.clone()).await;
    }
    number
}

fn to_completion() -> Vec<Value> {
    ["accept", "review", "approve", "complete"]
        .into_iter()
        .map(|action| json!({ "action": action }))
        .collect()
}

async fn evaluate(app: &TestApp, token: &str, number: &str, body: &Value) -> reqwest::Response {
    app.post(
        &format!("/applications/{number}/evaluation"),
        body,
        Some(token),
    )
    .await
}

async fn rated(app: &TestApp, token: &str, number: &str, body: Value) -> Rating {
    expect(
        evaluate(app, token, number, &body).await,
        StatusCode::CREATED,
        "the applicant rates a finished application",
    )
    .await
}

/// A member of the demo people made staff of 谯城区 (another hall than the marriage's).
async fn other_halls_staff(app: &TestApp) -> String {
    sqlx::query("UPDATE users SET staff_hall = 'qiaocheng' WHERE mobile = ?")
        .bind(PEOPLE[3].mobile)
        .execute(&app.database().await)
        .await
        .expect("make a staff member of another hall");
    demo_token(app, PEOPLE[3].mobile).await
}

#[tokio::test]
async fn a_completed_application_is_rated_once_and_its_page_shows_it() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let number = moved(&app, &who, "rate-once-1", &to_completion()).await;
    let before = detail(&app, &who.citizen, &number).await;
    assert!(before.may_rate, "a completed application may be rated");
    assert_eq!(before.rating, None);

    let rating = rated(
        &app,
        &who.citizen,
        &number,
        json!({
            "score": 5,
            "dimensions": [{"dimension": "efficiency", "score": 5}, {"dimension": "fewer_materials", "score": 4}],
            "comment": "  网上办理很方便，一次都没跑。 ",
        }),
    )
    .await;
    assert_eq!(rating.score.value(), 5);
    assert_eq!(
        rating.subject,
        RatingSubject::Application {
            number: number.parse().expect("a number")
        }
    );
    assert_eq!(rating.hall.as_str(), "shizhi");
    assert_eq!(rating.item_name, "结婚登记");
    assert_eq!(
        rating.comment.as_deref(),
        Some("网上办理很方便，一次都没跑。")
    );
    assert_eq!(rating.case, None, "a good rating opens no case");

    let after = detail(&app, &who.citizen, &number).await;
    assert_eq!(after.rating.as_ref(), Some(&rating));
    assert!(!after.may_rate, "rated once, no more");
    let again = expect_error(
        evaluate(&app, &who.citizen, &number, &json!({"score": 4})).await,
        StatusCode::CONFLICT,
        "a second rating of the same matter",
    )
    .await;
    assert_eq!(again.message, "这件事已经评价过了，每件事只能评价一次");

    let mine: Vec<Rating> = expect(
        app.send(Method::GET, "/ratings", None, Some(&who.citizen))
            .await,
        StatusCode::OK,
        "the rater's list",
    )
    .await;
    assert_eq!(mine, std::slice::from_ref(&rating));
    let path = format!("/ratings/{}", rating.id);
    for (token, who) in [(&who.citizen, "the rater"), (&who.staff, "the hall rated")] {
        let seen: Rating = expect(
            app.send(Method::GET, &path, None, Some(token)).await,
            StatusCode::OK,
            who,
        )
        .await;
        assert_eq!(seen, rating, "{who} sees the rating as stored");
    }
    expect_error(
        app.post(
            &format!("{path}/reply-rating"),
            &json!({"score": 3}),
            Some(&who.citizen),
        )
        .await,
        StatusCode::CONFLICT,
        "a good rating has no reply to score",
    )
    .await;
}

#[tokio::test]
async fn only_a_finished_application_of_ones_own_is_rated() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let waiting = moved(&app, &who, "rate-early-1", &[json!({"action": "accept"})]).await;
    assert!(!detail(&app, &who.citizen, &waiting).await.may_rate);
    let early = expect_error(
        evaluate(&app, &who.citizen, &waiting, &json!({"score": 5})).await,
        StatusCode::CONFLICT,
        "an application still in hand",
    )
    .await;
    assert!(early.message.contains("办结"), "{}", early.message);

    let refused = moved(
        &app,
        &who,
        "rate-refused-1",
        &[json!({"action": "refuse", "reason": "申请事项不属于本机关职权范围", "legal_basis": "《行政许可法》第三十二条"})],
    )
    .await;
    assert!(
        detail(&app, &who.citizen, &refused).await.may_rate,
        "a refusal (不予受理) is an end that may be rated"
    );
    expect_error(
        evaluate(
            &app,
            &who.other,
            &refused,
            &json!({"score": 1, "reason": "我想评价别人的"}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "another person's application is not there for them",
    )
    .await;
    expect_error(
        evaluate(
            &app,
            &who.citizen,
            "11341600MB0000001A00010500100099",
            &json!({"score": 5}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "no such application",
    )
    .await;
    rated(&app, &who.citizen, &refused, json!({"score": 3})).await;
}

#[tokio::test]
async fn every_problem_of_a_rating_is_named_at_once() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let number = moved(&app, &who, "rate-problems-1", &to_completion()).await;
    let error = expect_error(
        evaluate(
            &app,
            &who.citizen,
            &number,
            &json!({
                "score": 2,
                "dimensions": [
                    {"dimension": "attitude", "score": 2},
                    {"dimension": "efficiency", "score": 1},
                    {"dimension": "efficiency", "score": 2},
                ],
                "comment": "慢".repeat(501),
            }),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a rating with four problems",
    )
    .await;
    let fields: Vec<(&str, &str)> = error
        .fields
        .iter()
        .map(|field| (field.field.as_str(), field.message.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            (
                "dimensions[0].dimension",
                "“服务态度”不在这类事项的评价范围内"
            ),
            ("dimensions[2].dimension", "“办事效率”重复评价了"),
            ("comment", "评价内容应为 0 至 500 个字"),
            ("reason", "评价为“不满意”时请写明不满意的原因"),
        ]
    );
    let short = expect_error(
        evaluate(
            &app,
            &who.citizen,
            &number,
            &json!({"score": 1, "reason": " 太慢 "}),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a reason too short",
    )
    .await;
    assert_eq!(short.fields[0].field, "reason");
    assert_eq!(short.fields[0].message, "不满意的原因应为 5 至 500 个字");
    let hidden = expect_error(
        evaluate(
            &app,
            &who.citizen,
            &number,
            &json!({"score": 1, "reason": "办理太慢了\u{202E}啊啊"}),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a reason with a right-to-left override",
    )
    .await;
    assert!(hidden.fields[0].message.contains("U+202E"), "{hidden:?}");
    for score in [0, 6, -1] {
        let out = expect_error(
            evaluate(&app, &who.citizen, &number, &json!({ "score": score })).await,
            StatusCode::BAD_REQUEST,
            "a score out of 1–5",
        )
        .await;
        assert_eq!(out.fields[0].field, "score");
    }
    assert!(
        detail(&app, &who.citizen, &number).await.may_rate,
        "nothing refused was stored"
    );
}

#[tokio::test]
async fn two_ratings_of_one_application_at_once_store_exactly_one() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let number = moved(&app, &who, "rate-race-1", &to_completion()).await;
    let answers = futures_util::future::join_all((1..=8).map(|score| {
        let body = json!({"score": 3 + score % 3});
        let (app, token, number) = (&app, &who.citizen, &number);
        async move { evaluate(app, token, number, &body).await.status() }
    }))
    .await;
    let created = answers
        .iter()
        .filter(|status| **status == StatusCode::CREATED)
        .count();
    let conflicts = answers
        .iter()
        .filter(|status| **status == StatusCode::CONFLICT)
        .count();
    assert_eq!((created, conflicts), (1, 7), "{answers:?}");
    let mine: Vec<Rating> = expect(
        app.send(Method::GET, "/ratings", None, Some(&who.citizen))
            .await,
        StatusCode::OK,
        "the rater's list",
    )
    .await;
    assert_eq!(mine.len(), 1, "one rating kept");
}

#[tokio::test]
async fn a_bad_rating_opens_a_case_the_hall_answers_and_the_rater_scores() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let elsewhere = other_halls_staff(&app).await;
    let number = moved(&app, &who, "rate-bad-1", &to_completion()).await;
    let rating = rated(
        &app,
        &who.citizen,
        &number,
        json!({"score": 1, "reason": "窗口让我跑了三次才收齐材料"}),
    )
    .await;
    let case = rating.case.clone().expect("a bad rating opens a case");
    assert_eq!(case.deadline.promised_days, 15);
    // From Friday 20 November, 15 working days: 23–27 Nov, 30 Nov–4 Dec, 7–11 Dec.
    assert_eq!(case.deadline.due, "2026-12-11");
    assert_eq!(case.deadline.days_left, 15);
    assert_eq!(case.deadline.urgency, Urgency::OnTime);
    assert!(case.deadline.running);
    assert_eq!((case.reply.clone(), case.reply_score), (None, None));

    let path = format!("/ratings/{}", rating.id);
    expect_error(
        app.post(
            &format!("{path}/reply-rating"),
            &json!({"score": 4}),
            Some(&who.citizen),
        )
        .await,
        StatusCode::CONFLICT,
        "no reply to score yet",
    )
    .await;
    let open: Vec<Rating> = expect(
        app.send(
            Method::GET,
            "/staff/ratings?open=true",
            None,
            Some(&who.staff),
        )
        .await,
        StatusCode::OK,
        "the hall's open cases",
    )
    .await;
    assert_eq!(open, std::slice::from_ref(&rating));
    let theirs: Vec<Rating> = expect(
        app.send(Method::GET, "/staff/ratings", None, Some(&elsewhere))
            .await,
        StatusCode::OK,
        "another hall's cases",
    )
    .await;
    assert!(theirs.is_empty(), "another hall lists none of this hall's");
    expect_error(
        app.send(Method::GET, &path, None, Some(&elsewhere)).await,
        StatusCode::NOT_FOUND,
        "another hall's staff do not see the rating",
    )
    .await;

    let reply = format!("{}/reply", path.replace("/ratings/", "/staff/ratings/"));
    let answer = json!({"text": "已约谈窗口负责人，今后材料一次性告知，感谢您的监督。"});
    for (token, why) in [
        (&elsewhere, "another hall's staff"),
        (&who.citizen, "a citizen, the rater even"),
    ] {
        expect_error(
            app.post(&reply, &answer, Some(token)).await,
            StatusCode::FORBIDDEN,
            why,
        )
        .await;
    }
    let blank = expect_error(
        app.post(&reply, &json!({"text": "   "}), Some(&who.staff))
            .await,
        StatusCode::BAD_REQUEST,
        "a blank reply",
    )
    .await;
    assert_eq!(blank.fields[0].field, "text");
    let replied: Rating = expect(
        app.post(&reply, &answer, Some(&who.staff)).await,
        StatusCode::OK,
        "the hall answers",
    )
    .await;
    let case = replied.case.clone().expect("the case");
    let given = case.reply.clone().expect("the reply");
    assert_eq!(given.staff, PEOPLE[4].name);
    assert_eq!(
        given.text,
        "已约谈窗口负责人，今后材料一次性告知，感谢您的监督。"
    );
    assert!(!case.deadline.running, "answered: the clock stops");
    expect_error(
        app.post(&reply, &answer, Some(&who.staff)).await,
        StatusCode::CONFLICT,
        "answered once",
    )
    .await;
    let still_open: Vec<Rating> = expect(
        app.send(
            Method::GET,
            "/staff/ratings?open=true",
            None,
            Some(&who.staff),
        )
        .await,
        StatusCode::OK,
        "the hall's open cases",
    )
    .await;
    assert!(still_open.is_empty(), "an answered case is not open");

    let notices = feed(&app, &who.citizen, 0).await;
    let notice = notices.last().expect("the reply's notification");
    assert_eq!(notice.kind, NotificationKind::Reply);
    assert_eq!(
        notice.number.as_ref().map(ToString::to_string),
        Some(number.clone())
    );
    assert_eq!(notice.title, "评价答复：结婚登记");
    assert!(notice.body.contains("感谢您的监督"), "{}", notice.body);

    let scored: Rating = expect(
        app.post(
            &format!("{path}/reply-rating"),
            &json!({"score": 4}),
            Some(&who.citizen),
        )
        .await,
        StatusCode::OK,
        "the rater scores the answer",
    )
    .await;
    assert_eq!(
        scored
            .case
            .expect("the case")
            .reply_score
            .map(|s| s.value()),
        Some(4)
    );
    expect_error(
        app.post(
            &format!("{path}/reply-rating"),
            &json!({"score": 5}),
            Some(&who.citizen),
        )
        .await,
        StatusCode::CONFLICT,
        "the answer is scored once",
    )
    .await;
    expect_error(
        app.post(
            &format!("{path}/reply-rating"),
            &json!({"score": 5}),
            Some(&who.other),
        )
        .await,
        StatusCode::NOT_FOUND,
        "another person's rating is not there for them",
    )
    .await;
    let shown = detail(&app, &who.citizen, &number).await;
    assert_eq!(
        shown
            .rating
            .and_then(|r| r.case)
            .and_then(|c| c.reply_score)
            .map(|s| s.value()),
        Some(4),
        "the application's page shows the case as it stands"
    );
}

#[tokio::test]
async fn a_halls_figures_count_its_ratings() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let empty: HallRatings = app.get_ok("/halls/shizhi/ratings").await;
    assert_eq!(
        empty,
        HallRatings {
            count: 0,
            satisfied_permille: 1000,
            bad: 0,
            answered: 0
        }
    );
    let mut bad = None;
    for (key, body) in [
        ("figures-1", json!({"score": 5})),
        ("figures-2", json!({"score": 3})),
        ("figures-3", json!({"score": 2, "reason": "等候时间太长了"})),
    ] {
        let number = moved(&app, &who, key, &to_completion()).await;
        let rating = rated(&app, &who.citizen, &number, body).await;
        if rating.case.is_some() {
            bad = Some(rating.id);
        }
    }
    let figures: HallRatings = app.get_ok("/halls/shizhi/ratings").await;
    assert_eq!(
        figures,
        HallRatings {
            count: 3,
            satisfied_permille: 666,
            bad: 1,
            answered: 0
        }
    );
    let bad = bad.expect("the bad rating");
    expect::<Rating>(
        app.post(
            &format!("/staff/ratings/{bad}/reply"),
            &json!({"text": "已调整窗口排班，高峰期增开窗口。"}),
            Some(&who.staff),
        )
        .await,
        StatusCode::OK,
        "the hall answers",
    )
    .await;
    let figures: HallRatings = app.get_ok("/halls/shizhi/ratings").await;
    assert_eq!((figures.bad, figures.answered), (1, 1));
    let other: HallRatings = app.get_ok("/halls/qiaocheng/ratings").await;
    assert_eq!(other.count, 0, "another hall's figures are its own");
    expect_error(
        app.get("/halls/nowhere/ratings").await,
        StatusCode::NOT_FOUND,
        "no such hall",
    )
    .await;
}

/// Books the marriage registration at 市政务服务中心 on `date` at `starts` as `token`.
async fn booked(app: &TestApp, token: &str, key: &str, date: &str, starts: &str) -> Booking {
    let item = marriage_code(app).await;
    expect(
        app.post_once(
            "/bookings",
            &json!({ "item_code": item, "date": date, "starts": starts }),
            token,
            key,
        )
        .await,
        StatusCode::CREATED,
        "the citizen books a visit",
    )
    .await
}

async fn check_in(app: &TestApp, token: &str, hall: &str, code: &str) -> reqwest::Response {
    app.post(
        &format!("/halls/{hall}/check-ins"),
        &json!({ "check_in_code": code }),
        Some(token),
    )
    .await
}

#[tokio::test]
async fn a_visit_checked_in_at_the_kiosk_is_rated_once() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let booking = booked(&app, &who.citizen, "visit-booking-1", "2026-11-20", "14:00").await;
    assert!(!booking.rated);
    let evaluation = format!("/bookings/{}/evaluation", booking.id);
    let visit = json!({"score": 4, "dimensions": [{"dimension": "attitude", "score": 5}]});
    expect_error(
        app.post(&evaluation, &visit, Some(&who.citizen)).await,
        StatusCode::CONFLICT,
        "a visit not checked in",
    )
    .await;

    let checked: Booking = expect(
        check_in(&app, &who.staff, "shizhi", &booking.check_in_code).await,
        StatusCode::OK,
        "the kiosk checks the booking in on its day",
    )
    .await;
    assert_eq!(checked.status, BookingStatus::CheckedIn);
    assert_eq!(checked.id, booking.id);
    expect_error(
        check_in(&app, &who.staff, "shizhi", &booking.check_in_code).await,
        StatusCode::CONFLICT,
        "checked in once",
    )
    .await;
    let cancel = expect_error(
        app.send(
            Method::DELETE,
            &format!("/bookings/{}", booking.id),
            None,
            Some(&who.citizen),
        )
        .await,
        StatusCode::CONFLICT,
        "a visit checked in is not cancelled",
    )
    .await;
    assert_eq!(cancel.message, "这个预约已经签到，不能再取消或改期");

    expect_error(
        app.post(&evaluation, &visit, Some(&who.other)).await,
        StatusCode::NOT_FOUND,
        "another person's booking is not there for them",
    )
    .await;
    let wrong = expect_error(
        app.post(
            &evaluation,
            &json!({"score": 4, "dimensions": [{"dimension": "guide_accuracy", "score": 5}]}),
            Some(&who.citizen),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a dimension of applications for a visit",
    )
    .await;
    assert_eq!(wrong.fields[0].field, "dimensions[0].dimension");
    let rating: Rating = expect(
        app.post(&evaluation, &visit, Some(&who.citizen)).await,
        StatusCode::CREATED,
        "the visit is rated",
    )
    .await;
    assert_eq!(
        rating.subject,
        RatingSubject::Visit {
            booking: booking.id.clone()
        }
    );
    expect_error(
        app.post(&evaluation, &visit, Some(&who.citizen)).await,
        StatusCode::CONFLICT,
        "a visit is rated once",
    )
    .await;
    let shown: Booking = expect(
        app.send(
            Method::GET,
            &format!("/bookings/{}", booking.id),
            None,
            Some(&who.citizen),
        )
        .await,
        StatusCode::OK,
        "the booking",
    )
    .await;
    assert!(shown.rated, "the booking says it is rated");
}

#[tokio::test]
async fn only_the_halls_kiosk_checks_in_a_booking_of_today() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let elsewhere = other_halls_staff(&app).await;
    let today = booked(&app, &who.citizen, "kiosk-booking-1", "2026-11-20", "15:00").await;
    let monday = booked(&app, &who.citizen, "kiosk-booking-2", "2026-11-23", "09:00").await;
    let cancelled = booked(&app, &who.other, "kiosk-booking-3", "2026-11-20", "15:30").await;
    expect::<Booking>(
        app.send(
            Method::DELETE,
            &format!("/bookings/{}", cancelled.id),
            None,
            Some(&who.other),
        )
        .await,
        StatusCode::OK,
        "cancelled",
    )
    .await;

    for (token, hall, why) in [
        (&who.citizen, "shizhi", "a citizen"),
        (&elsewhere, "shizhi", "another hall's staff"),
    ] {
        expect_error(
            check_in(&app, token, hall, &today.check_in_code).await,
            StatusCode::FORBIDDEN,
            why,
        )
        .await;
    }
    expect_error(
        check_in(&app, &elsewhere, "qiaocheng", &today.check_in_code).await,
        StatusCode::NOT_FOUND,
        "another hall has no booking of that code",
    )
    .await;
    let unknown = if today.check_in_code == "00000000" {
        "00000001"
    } else {
        "00000000"
    };
    expect_error(
        check_in(&app, &who.staff, "shizhi", unknown).await,
        StatusCode::NOT_FOUND,
        "no booking holds the code",
    )
    .await;
    let malformed = expect_error(
        check_in(&app, &who.staff, "shizhi", "12ab").await,
        StatusCode::BAD_REQUEST,
        "not eight digits",
    )
    .await;
    assert_eq!(malformed.fields[0].field, "check_in_code");
    let early = expect_error(
        check_in(&app, &who.staff, "shizhi", &monday.check_in_code).await,
        StatusCode::CONFLICT,
        "a booking of another day",
    )
    .await;
    assert_eq!(early.message, "这个预约在 11月23日，只能在预约当天签到");
    expect_error(
        check_in(&app, &who.staff, "shizhi", &cancelled.check_in_code).await,
        StatusCode::CONFLICT,
        "a cancelled booking",
    )
    .await;
    expect_error(
        check_in(&app, &who.staff, "nowhere", &today.check_in_code).await,
        StatusCode::NOT_FOUND,
        "no such hall",
    )
    .await;
    let checked: Booking = expect(
        check_in(&app, &who.staff, "shizhi", &today.check_in_code).await,
        StatusCode::OK,
        "today's booking at its hall's kiosk",
    )
    .await;
    assert_eq!(checked.status, BookingStatus::CheckedIn);
}
