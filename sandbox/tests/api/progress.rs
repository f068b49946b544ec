//! Following an application to its result: every move of the state machine
//! allowed and refused (409 with the reason), only the handling hall's staff
//! acting, the one-time correction round trip, the deadline's clock stopping,
//! the licence filed with the result, the notifications feed and its stream,
//! the SMS that go with them, and the public lookup that tells nothing to a
//! prober.

use std::time::Duration;

use banshi_api::ApiError;
use banshi_api::accounts::DevSmsMessages;
use banshi_api::applications::{
    Application, ApplicationAction, ApplicationDetail, ApplicationStatus, LookupResult,
    StaffApplication,
};
use banshi_api::notifications::{Notification, NotificationKind};
use banshi_sandbox::demo_accounts::PEOPLE;
use banshi_sandbox::files::local::upload_file;
use futures_util::StreamExt;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::applications::{complete_marriage, marriage_code, submit};
use crate::helpers::{TestApp, demo_token, expect, expect_error, png, spawn_app};

/// The demo citizen, the demo hall staff of 市政务服务中心 (who handles the
/// marriage registration), and another citizen.
pub(crate) struct People {
    pub citizen: String,
    pub staff: String,
    pub other: String,
}

pub(crate) async fn people(app: &TestApp) -> People {
    People {
        citizen: demo_token(app, PEOPLE[0].mobile).await,
        staff: demo_token(app, PEOPLE[4].mobile).await,
        other: demo_token(app, PEOPLE[1].mobile).await,
    }
}

/// Submits a complete marriage application as `token`; answers its number.
pub(crate) async fn submitted(app: &TestApp, token: &str, key: &str) -> String {
    let code = marriage_code(app).await;
    let body = complete_marriage(app, token, &code).await;
    let application: Application = expect(
        submit(app, token, Some(key), &body).await,
        StatusCode::CREATED,
        "the application is submitted",
    )
    .await;
    application.number.to_string()
}

async fn act(app: &TestApp, token: &str, number: &str, body: &Value) -> reqwest::Response {
    app.send(
        Method::POST,
        &format!("/staff/applications/{number}/actions"),
        Some(body),
        Some(token),
    )
    .await
}

pub(crate) async fn acted(
    app: &TestApp,
    staff: &str,
    number: &str,
    body: Value,
) -> ApplicationDetail {
    let why = format!("the staff's {body}");
    expect(act(app, staff, number, &body).await, StatusCode::OK, &why).await
}

pub(crate) async fn detail(app: &TestApp, token: &str, number: &str) -> ApplicationDetail {
    expect(
        app.send(
            Method::GET,
            &format!("/applications/{number}"),
            None,
            Some(token),
        )
        .await,
        StatusCode::OK,
        "the applicant reads their application",
    )
    .await
}

pub(crate) async fn feed(app: &TestApp, token: &str, after: i64) -> Vec<Notification> {
    expect(
        app.send(
            Method::GET,
            &format!("/notifications?after={after}"),
            None,
            Some(token),
        )
        .await,
        StatusCode::OK,
        "the caller's notifications",
    )
    .await
}

async fn texts_to(app: &TestApp, mobile: &str) -> Vec<String> {
    let sent: DevSmsMessages = app.get_ok(&format!("/dev/sms/{mobile}")).await;
    sent.messages
}

fn statuses(detail: &ApplicationDetail) -> Vec<ApplicationStatus> {
    detail.events.iter().map(|event| event.status).collect()
}

#[tokio::test]
async fn an_application_goes_from_submission_to_a_licence_on_file() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "path-submit-1").await;
    let waiting = detail(&app, &who.citizen, &number).await;
    assert_eq!(statuses(&waiting), [ApplicationStatus::Submitted]);
    assert_eq!(
        waiting.application.deadline, None,
        "no clock before acceptance"
    );
    assert_eq!(
        waiting.actions,
        [ApplicationAction::Withdraw],
        "before acceptance the applicant may withdraw"
    );

    let accepted = acted(&app, &who.staff, &number, json!({"action": "accept"})).await;
    let deadline = accepted
        .application
        .deadline
        .expect("a deadline once accepted");
    assert_eq!(deadline.promised_days, accepted.application.promised_days);
    assert_eq!(deadline.days_left, i32::from(deadline.promised_days));
    assert!(deadline.running);
    let acceptance = accepted.events.last().expect("the acceptance");
    assert_eq!(acceptance.action, Some(ApplicationAction::Accept));
    assert_eq!(acceptance.staff.as_deref(), Some(PEOPLE[4].name));
    assert!(acceptance.window.is_some(), "at the department's window");
    assert!(
        accepted.actions.is_empty(),
        "no withdrawal after acceptance"
    );

    acted(&app, &who.staff, &number, json!({"action": "review"})).await;
    acted(&app, &who.staff, &number, json!({"action": "approve"})).await;
    let done = acted(&app, &who.staff, &number, json!({"action": "complete"})).await;
    assert_eq!(
        statuses(&done),
        [
            ApplicationStatus::Submitted,
            ApplicationStatus::Accepted,
            ApplicationStatus::InReview,
            ApplicationStatus::Approved,
            ApplicationStatus::Completed,
        ]
    );
    assert_eq!(done, detail(&app, &who.citizen, &number).await, "as stored");
    assert!(!done.application.deadline.expect("kept").running, "ended");

    let me: Value = expect(
        app.send(Method::GET, "/me", None, Some(&who.citizen)).await,
        StatusCode::OK,
        "the profile",
    )
    .await;
    let licences = me["licences"].as_array().expect("licences");
    assert!(
        licences
            .iter()
            .any(|licence| licence["kind"] == "结婚证" && licence["holder"] == PEOPLE[0].name),
        "the result is among the e-licences: {licences:?}"
    );

    let notices = feed(&app, &who.citizen, 0).await;
    assert_eq!(notices.len(), 4, "one per move: {notices:?}");
    assert!(notices.windows(2).all(|pair| pair[0].id < pair[1].id));
    assert_eq!(notices[0].kind, NotificationKind::StatusChanged);
    assert_eq!(notices[3].kind, NotificationKind::Result);
    assert_eq!(notices[3].status, Some(ApplicationStatus::Completed));
    assert_eq!(notices[3].title, "结婚登记：已办结");
    assert_eq!(feed(&app, &who.citizen, notices[1].id).await, notices[2..]);
    assert!(
        feed(&app, &who.other, 0).await.is_empty(),
        "only the caller's"
    );
    let texts = texts_to(&app, PEOPLE[0].mobile).await;
    assert!(
        texts
            .iter()
            .any(|text| text.contains(&number) && text.contains("已办结")),
        "the result goes out by SMS too: {texts:?}"
    );
    assert!(
        !texts.iter().any(|text| text.contains("已受理")),
        "an acceptance is no SMS"
    );
}

#[tokio::test]
async fn every_move_the_table_does_not_allow_is_refused_with_the_reason() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "refuse-submit-1").await;
    for (action, reason) in [
        ("complete", "办件已提交，不能办结"),
        ("approve", "办件已提交，不能审批通过"),
        ("resume", "办件已提交，不能恢复办理"),
    ] {
        let error = expect_error(
            act(&app, &who.staff, &number, &json!({ "action": action })).await,
            StatusCode::CONFLICT,
            action,
        )
        .await;
        assert_eq!(error.message, reason);
    }
    let error = expect_error(
        act(&app, &who.staff, &number, &json!({"action": "withdraw"})).await,
        StatusCode::BAD_REQUEST,
        "staff cannot withdraw for the applicant",
    )
    .await;
    assert_eq!(error.fields[0].field, "action");

    acted(&app, &who.staff, &number, json!({"action": "accept"})).await;
    let error = expect_error(
        app.send(
            Method::POST,
            &format!("/applications/{number}/withdrawal"),
            None,
            Some(&who.citizen),
        )
        .await,
        StatusCode::CONFLICT,
        "no withdrawal after acceptance",
    )
    .await;
    assert_eq!(error.message, "办件已受理，不能撤回");
    let second = json!({"action": "request_correction",
        "items": [{"field": "partner_occupation", "problem": "职业填写有误"}]});
    acted(&app, &who.staff, &number, second.clone()).await;
    let error = expect_error(
        act(&app, &who.staff, &number, &second).await,
        StatusCode::CONFLICT,
        "one correction notice at a time",
    )
    .await;
    assert_eq!(error.message, "办件待补正，不能一次性告知补正");
    assert_eq!(detail(&app, &who.citizen, &number).await.events.len(), 3);
}

#[tokio::test]
async fn a_refusal_needs_its_reason_and_legal_basis_and_reaches_the_applicant() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "deny-submit-1").await;
    let error = expect_error(
        act(&app, &who.staff, &number, &json!({"action": "refuse"})).await,
        StatusCode::BAD_REQUEST,
        "a refusal without reasons",
    )
    .await;
    let fields: Vec<&str> = error.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["reason", "legal_basis"]);
    let refused = acted(
        &app,
        &who.staff,
        &number,
        json!({"action": "refuse", "reason": "申请事项不属于本机关职权范围",
            "legal_basis": "《中华人民共和国行政许可法》第三十二条"}),
    )
    .await;
    assert_eq!(refused.application.status, ApplicationStatus::Rejected);
    let event = refused.events.last().expect("the refusal");
    assert_eq!(
        event.reason.as_deref(),
        Some("申请事项不属于本机关职权范围")
    );
    assert!(
        event
            .legal_basis
            .as_deref()
            .is_some_and(|b| b.contains("第三十二条"))
    );
    let texts = texts_to(&app, PEOPLE[0].mobile).await;
    assert!(
        texts
            .iter()
            .any(|text| text.contains("不予受理") && text.contains("第三十二条")),
        "{texts:?}"
    );
    let error = expect_error(
        act(&app, &who.staff, &number, &json!({"action": "accept"})).await,
        StatusCode::CONFLICT,
        "a refused application is final",
    )
    .await;
    assert_eq!(error.message, "办件不予受理，不能受理");
}

#[tokio::test]
async fn only_the_handling_halls_staff_act_and_only_the_applicant_follows() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "owner-submit-1").await;
    // Another hall's staff member.
    sqlx::query("UPDATE users SET staff_hall = 'qiaocheng' WHERE mobile = ?")
        .bind(PEOPLE[3].mobile)
        .execute(&app.database().await)
        .await
        .expect("make a staff member of another hall");
    let elsewhere = demo_token(&app, PEOPLE[3].mobile).await;
    let accept = json!({"action": "accept"});
    for (token, why) in [
        (&who.citizen, "the applicant"),
        (&elsewhere, "another hall's staff"),
    ] {
        expect_error(
            act(&app, token, &number, &accept).await,
            StatusCode::FORBIDDEN,
            why,
        )
        .await;
    }
    let listed: Vec<StaffApplication> = expect(
        app.send(Method::GET, "/staff/applications", None, Some(&elsewhere))
            .await,
        StatusCode::OK,
        "another hall's list",
    )
    .await;
    assert!(listed.is_empty(), "another hall lists none of this hall's");
    expect_error(
        app.send(Method::GET, "/staff/applications", None, Some(&who.other))
            .await,
        StatusCode::FORBIDDEN,
        "a citizen lists nothing",
    )
    .await;
    for (method, path) in [
        (Method::GET, format!("/applications/{number}")),
        (Method::POST, format!("/applications/{number}/withdrawal")),
    ] {
        expect_error(
            app.send(method, &path, None, Some(&who.other)).await,
            StatusCode::NOT_FOUND,
            "another citizen finds nothing",
        )
        .await;
    }
    let correction = app
        .client
        .post(format!("{}/applications/{number}/corrections", app.api_url))
        .bearer_auth(&who.other)
        .header("Idempotency-Key", "other-correction-1")
        .json(&json!({}))
        .send()
        .await
        .expect("the request reaches the sandbox");
    expect_error(correction, StatusCode::NOT_FOUND, "nor corrects it").await;
    assert_eq!(
        detail(&app, &who.citizen, &number).await.application.status,
        ApplicationStatus::Submitted,
        "nothing moved"
    );
}

#[tokio::test]
async fn a_correction_fixes_exactly_what_the_notice_lists_and_loses_nothing() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "fix-submit-1").await;
    let notice = json!({"action": "request_correction", "items": [
        {"field": "partner_occupation", "problem": "职业请填写具体岗位"},
        {"field": "materials.2", "problem": "照片模糊，请重新拍摄合影照片"},
    ]});
    let unknown = json!({"action": "request_correction", "items": [
        {"field": "no_such_field", "problem": "？"}]});
    let error = expect_error(
        act(&app, &who.staff, &number, &unknown).await,
        StatusCode::BAD_REQUEST,
        "a notice names only what the application has",
    )
    .await;
    assert_eq!(error.fields[0].field, "items.0");
    let waiting = acted(&app, &who.staff, &number, notice).await;
    assert_eq!(
        waiting.application.status,
        ApplicationStatus::AwaitingCorrection
    );
    let listed = waiting.correction.as_ref().expect("the notice");
    assert_eq!(listed.items.len(), 2);
    let texts = texts_to(&app, PEOPLE[0].mobile).await;
    assert!(
        texts.iter().any(|text| text.contains("需要补正")),
        "{texts:?}"
    );

    let photo = png(640, 480, 40_000);
    let upload = app.upload(&who.citizen, &photo).await;
    let untouched = json!({"answers": {"partner_name": "王小芳", "partner_occupation": "主治医师"},
        "materials": [{"material": 2, "uploads": [upload]}]});
    let error = expect_error(
        app.post_once(
            &format!("/applications/{number}/corrections"),
            &untouched,
            &who.citizen,
            "correction-key-1",
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a field not listed is not changed",
    )
    .await;
    assert_eq!(error.fields[0].field, "partner_name");
    let half = json!({"answers": {"partner_occupation": "主治医师"}});
    let error = expect_error(
        app.post_once(
            &format!("/applications/{number}/corrections"),
            &half,
            &who.citizen,
            "correction-key-2",
        )
        .await,
        StatusCode::BAD_REQUEST,
        "every listed item is answered",
    )
    .await;
    assert_eq!(error.fields[0].field, "materials.2");

    let fixed = json!({"answers": {"partner_occupation": "主治医师"},
        "materials": [{"material": 2, "uploads": [upload]}]});
    let first: ApplicationDetail = expect(
        app.post_once(
            &format!("/applications/{number}/corrections"),
            &fixed,
            &who.citizen,
            "correction-key-3",
        )
        .await,
        StatusCode::CREATED,
        "the correction is handed in",
    )
    .await;
    let again: ApplicationDetail = expect(
        app.post_once(
            &format!("/applications/{number}/corrections"),
            &fixed,
            &who.citizen,
            "correction-key-3",
        )
        .await,
        StatusCode::CREATED,
        "a retry answers the same",
    )
    .await;
    assert_eq!(first, again);
    assert_eq!(
        first.application.status,
        ApplicationStatus::Submitted,
        "back to where it was"
    );
    assert_eq!(first.correction, None, "the notice is answered");
    assert_eq!(
        json!(first.answers["partner_occupation"]),
        json!("主治医师")
    );
    assert_eq!(
        json!(first.answers["partner_name"]),
        json!("王芳"),
        "the rest as handed in"
    );
    assert_eq!(first.materials.len(), 4, "every material still there");
    assert_eq!(first.materials[2].uploads.len(), 1);
    assert_eq!(first.materials[2].uploads[0].as_str(), upload);
    let stored = std::fs::read(upload_file(&app.data.path().join("uploads"), &upload))
        .expect("the new page's file");
    assert_eq!(stored, photo, "the new page byte for byte");
    let pages: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM uploads WHERE application_id = (SELECT id FROM applications WHERE number = ?)",
    )
    .bind(&number)
    .fetch_one(&app.database().await)
    .await
    .expect("count the pages");
    assert_eq!(pages, 4, "the old photo is kept with the application too");
    assert_eq!(
        detail(&app, &who.citizen, &number).await.events.len(),
        3,
        "corrected once"
    );
}

#[tokio::test]
async fn a_suspension_stops_the_deadline_and_resuming_restarts_it() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "pause-submit-1").await;
    acted(&app, &who.staff, &number, json!({"action": "accept"})).await;
    let error = expect_error(
        act(&app, &who.staff, &number, &json!({"action": "suspend"})).await,
        StatusCode::BAD_REQUEST,
        "a suspension says why",
    )
    .await;
    assert_eq!(error.fields[0].field, "reason");
    let suspended = acted(
        &app,
        &who.staff,
        &number,
        json!({"action": "suspend", "reason": "需要现场核查"}),
    )
    .await;
    let deadline = suspended.application.deadline.expect("a deadline");
    assert!(!deadline.running, "the clock stands while suspended");
    let resumed = acted(&app, &who.staff, &number, json!({"action": "resume"})).await;
    assert_eq!(resumed.application.status, ApplicationStatus::InReview);
    let restarted = resumed.application.deadline.expect("a deadline");
    assert!(restarted.running);
    assert_eq!(
        restarted.days_left, deadline.days_left,
        "no working day passed"
    );
}

#[tokio::test]
async fn concurrent_actions_on_one_application_move_it_once() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "race-submit-1").await;
    let accept = json!({"action": "accept"});
    let refuse = json!({"action": "refuse", "reason": "材料不齐", "legal_basis": "第三十二条"});
    let attempts = (0..12).map(|i| {
        let body = if i % 2 == 0 { &accept } else { &refuse };
        act(&app, &who.staff, &number, body)
    });
    let answers = futures_util::future::join_all(attempts).await;
    let won = answers
        .iter()
        .filter(|a| a.status() == StatusCode::OK)
        .count();
    let lost = answers
        .iter()
        .filter(|a| a.status() == StatusCode::CONFLICT)
        .count();
    assert_eq!((won, lost), (1, 11), "one move wins, the rest are refused");
    let after = detail(&app, &who.citizen, &number).await;
    assert_eq!(after.events.len(), 2, "one event of the one move");
    assert_eq!(
        feed(&app, &who.citizen, 0).await.len(),
        1,
        "one notification"
    );
}

#[tokio::test]
async fn the_staffs_list_puts_the_soonest_due_first_and_filters() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let first = submitted(&app, &who.citizen, "list-submit-1").await;
    let second = submitted(&app, &who.citizen, "list-submit-2").await;
    let third = submitted(&app, &who.citizen, "list-submit-3").await;
    acted(&app, &who.staff, &second, json!({"action": "accept"})).await;
    expect::<ApplicationDetail>(
        app.send(
            Method::POST,
            &format!("/applications/{third}/withdrawal"),
            None,
            Some(&who.citizen),
        )
        .await,
        StatusCode::OK,
        "the applicant withdraws",
    )
    .await;
    let list = |query: &'static str| {
        let app = &app;
        let staff = who.staff.clone();
        async move {
            let listed: Vec<StaffApplication> = expect(
                app.send(
                    Method::GET,
                    &format!("/staff/applications{query}"),
                    None,
                    Some(&staff),
                )
                .await,
                StatusCode::OK,
                "the hall's list",
            )
            .await;
            listed
                .into_iter()
                .map(|listed| (listed.application.number.to_string(), listed.applicant))
                .collect::<Vec<_>>()
        }
    };
    let everything = list("").await;
    assert_eq!(
        everything,
        [
            (second.clone(), PEOPLE[0].name.to_owned()),
            (first.clone(), PEOPLE[0].name.to_owned()),
        ],
        "the due one first, then the one waiting for acceptance"
    );
    assert_eq!(list("?state=submitted").await.len(), 1);
    assert_eq!(list("?due_before=2000-01-01").await, []);
    expect_error(
        app.send(
            Method::GET,
            "/staff/applications?state=lost",
            None,
            Some(&who.staff),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "an unknown state",
    )
    .await;
}

#[tokio::test]
async fn the_public_lookup_tells_a_prober_nothing_and_is_rate_limited() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "lookup-submit-1").await;
    acted(&app, &who.staff, &number, json!({"action": "accept"})).await;
    let name = PEOPLE[0].name;
    let found: Value = expect(
        app.get(&format!("/lookup?number={number}&name={name}"))
            .await,
        StatusCode::OK,
        "found by number and name without logging in",
    )
    .await;
    let result: LookupResult = serde_json::from_value(found.clone()).expect("a lookup result");
    assert_eq!(result.status, ApplicationStatus::Accepted);
    assert_eq!(result.steps.len(), 2);
    assert!(result.deadline.is_some());
    let text = found.to_string();
    for personal in [
        name,
        PEOPLE[0].resident_id,
        PEOPLE[0].mobile,
        PEOPLE[4].name,
    ] {
        assert!(
            !text.contains(personal),
            "nothing personal: {personal} in {text}"
        );
    }
    let unknown = app
        .get(&format!("/lookup?number=BZ20200101999999&name={name}"))
        .await;
    let wrong_name = app.get(&format!("/lookup?number={number}&name=李四")).await;
    let unknown = expect_error(unknown, StatusCode::NOT_FOUND, "an unknown number").await;
    let wrong_name = expect_error(wrong_name, StatusCode::NOT_FOUND, "a wrong name").await;
    assert_eq!(unknown, wrong_name, "the same answer for both");
    let malformed: ApiError = expect_error(
        app.get(&format!("/lookup?number=BZ123&name={name}")).await,
        StatusCode::BAD_REQUEST,
        "a malformed number",
    )
    .await;
    assert_eq!(malformed.fields[0].field, "number");
    let mut limited = None;
    for _ in 0..40 {
        let response = app
            .get(&format!("/lookup?number={number}&name={name}"))
            .await;
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(response);
            break;
        }
    }
    let limited = limited.expect("a client that looks up too often is stopped");
    assert!(limited.headers().contains_key("retry-after"));
    let error = expect_error(limited, StatusCode::TOO_MANY_REQUESTS, "limited").await;
    assert!(
        error.message.starts_with("查询办件过于频繁"),
        "{}",
        error.message
    );
}

#[tokio::test]
async fn the_stream_sends_what_was_missed_then_each_move_as_it_happens() {
    let app = spawn_app().await;
    let who = people(&app).await;
    let number = submitted(&app, &who.citizen, "stream-submit-1").await;
    acted(&app, &who.staff, &number, json!({"action": "accept"})).await;
    let response = app
        .client
        .get(format!("{}/notifications/stream?after=0", app.api_url))
        .bearer_auth(&who.citizen)
        .send()
        .await
        .expect("the stream opens");
    assert_eq!(response.status(), StatusCode::OK);
    let mut events = eventsource_stream::Eventsource::eventsource(response.bytes_stream());
    let mut next = async || {
        let event = tokio::time::timeout(Duration::from_secs(10), events.next())
            .await
            .expect("an event in time")
            .expect("the stream goes on")
            .expect("a well-formed event");
        assert_eq!(event.event, "notification");
        let notification: Notification = serde_json::from_str(&event.data).expect("a notification");
        assert_eq!(event.id, notification.id.to_string());
        notification
    };
    let missed = next().await;
    assert_eq!(
        missed.status,
        Some(ApplicationStatus::Accepted),
        "the one missed first"
    );
    acted(&app, &who.staff, &number, json!({"action": "review"})).await;
    let live = next().await;
    assert_eq!(live.status, Some(ApplicationStatus::InReview));
    assert!(live.id > missed.id);
    let other = app
        .client
        .get(format!("{}/notifications/stream", app.api_url))
        .bearer_auth(&who.other)
        .send()
        .await
        .expect("another's stream opens");
    let mut theirs = eventsource_stream::Eventsource::eventsource(other.bytes_stream());
    let nothing = tokio::time::timeout(Duration::from_millis(500), theirs.next()).await;
    assert!(
        nothing.is_err(),
        "another person's stream carries none of it"
    );
}

#[tokio::test]
async fn the_demo_hall_moves_applications_only_along_the_table() {
    let app = crate::helpers::spawn_with(|settings| settings.process_pace = 1).await;
    let who = people(&app).await;
    let mut numbers = Vec::new();
    for key in ["demo-submit-1", "demo-submit-2", "demo-submit-3"] {
        numbers.push(submitted(&app, &who.citizen, key).await);
    }
    for number in &numbers {
        let mut settled = None;
        for _ in 0..100 {
            let now = detail(&app, &who.citizen, number).await;
            if now.application.status.is_final()
                || now.application.status == ApplicationStatus::AwaitingCorrection
            {
                settled = Some(now);
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let settled = settled.expect("the simulated staff take every step within 20 s");
        let mut status = ApplicationStatus::Submitted;
        let mut accepted = false;
        for event in &settled.events[1..] {
            let action = event.action.expect("a step's action");
            status = status
                .apply(action, accepted)
                .expect("a move the table allows");
            accepted |= action == ApplicationAction::Accept;
            assert_eq!(event.status, status);
            assert_eq!(
                event.staff.as_deref(),
                Some(PEOPLE[4].name),
                "by the hall's staff"
            );
        }
    }
}

#[tokio::test]
async fn a_visit_booked_within_a_day_is_reminded_of_once() {
    // Monday 10:00; one visit on Tuesday at 09:00 (23 hours ahead), one on Wednesday.
    let app = crate::helpers::spawn_app_at("2026-11-23T10:00").await;
    let who = people(&app).await;
    let item = marriage_code(&app).await;
    for (key, date) in [
        ("remind-soon", "2026-11-24"),
        ("remind-later", "2026-11-25"),
    ] {
        let body = json!({ "item_code": item, "date": date, "starts": "09:00" });
        let response = app.post_once("/bookings", &body, &who.citizen, key).await;
        assert_eq!(response.status(), StatusCode::CREATED, "booked for {date}");
    }
    let first = feed(&app, &who.citizen, 0).await;
    assert_eq!(first.len(), 1, "only the visit within a day: {first:?}");
    assert_eq!(first[0].kind, NotificationKind::BookingReminder);
    assert!(first[0].booking.is_some());
    assert!(
        first[0].body.contains("11月24日 09:00"),
        "{}",
        first[0].body
    );
    assert_eq!(feed(&app, &who.citizen, 0).await, first, "reminded once");
    assert!(feed(&app, &who.other, 0).await.is_empty());
}
