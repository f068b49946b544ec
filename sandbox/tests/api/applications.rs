//! Submitting applications: pre-review against the form, exactly once per
//! Idempotency-Key (replay, different body, in flight), who may act for whom,
//! and each caller seeing only their own applications.

use banshi_api::ErrorCode;
use banshi_api::applications::Application;
use banshi_api::catalog::ItemPage;
use banshi_sandbox::demo_accounts::{ENTERPRISE, PEOPLE};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, demo_token, expect, expect_error, spawn_app};

async fn marriage_code(app: &TestApp) -> String {
    let page: ItemPage = app.get_ok("/catalog/items?q=结婚登记&hall=shizhi").await;
    page.items
        .into_iter()
        .find(|item| item.name == "结婚登记")
        .expect("结婚登记")
        .code
}

/// A complete, valid marriage application for the demo citizen.
fn marriage(code: &str) -> Value {
    json!({
        "item_code": code,
        "form_version": 1,
        "delivery": "pick_up",
        "answers": {
            "applicant_name": "张晓明",
            "applicant_resident_id": PEOPLE[0].resident_id,
            "applicant_ethnic_group": "汉族",
            "applicant_education": "大学本科",
            "applicant_occupation": "教师",
            "applicant_status": "未婚",
            "partner_name": "王芳",
            "partner_resident_id": PEOPLE[2].resident_id,
            "partner_ethnic_group": "回族",
            "partner_education": "研究生",
            "partner_occupation": "医生",
            "partner_status": "离婚",
            "partner_status_since": "2020-05-01",
            "registration_date": "2026-12-01",
            "ceremony": true,
            "contact_mobile": PEOPLE[0].mobile,
        },
    })
}

async fn submit(app: &TestApp, token: &str, key: Option<&str>, body: &Value) -> reqwest::Response {
    let mut request = app
        .client
        .post(format!("{}/applications", app.api_url))
        .bearer_auth(token)
        .json(body);
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    request
        .send()
        .await
        .expect("the request reaches the sandbox")
}

async fn mine(app: &TestApp, token: &str) -> Vec<Application> {
    expect(
        app.send(Method::GET, "/applications", None, Some(token))
            .await,
        StatusCode::OK,
        "the caller's applications are listed",
    )
    .await
}

#[tokio::test]
async fn a_submission_is_made_once_however_often_it_is_sent() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let body = marriage(&marriage_code(&app).await);

    let first: Application = expect(
        submit(&app, &citizen, Some("draft-1-submit"), &body).await,
        StatusCode::CREATED,
        "a complete application passes pre-review",
    )
    .await;
    assert!(
        first.number.starts_with("BZ") && first.number.ends_with("000001"),
        "{}",
        first.number
    );
    assert_eq!(first.item_name, "结婚登记");
    let again: Application = expect(
        submit(&app, &citizen, Some("draft-1-submit"), &body).await,
        StatusCode::CREATED,
        "a retry gets the first answer again",
    )
    .await;
    assert_eq!(again, first);
    assert_eq!(
        mine(&app, &citizen).await,
        std::slice::from_ref(&first),
        "and no second application"
    );

    let mut changed = body.clone();
    changed["delivery"] = json!("ems");
    let error = expect_error(
        submit(&app, &citizen, Some("draft-1-submit"), &changed).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a key reused with another request is refused",
    )
    .await;
    assert_eq!(error.code, ErrorCode::KeyReused);

    let second: Application = expect(
        submit(&app, &citizen, Some("draft-2-submit"), &changed).await,
        StatusCode::CREATED,
        "a new key is a new application",
    )
    .await;
    assert!(second.number.ends_with("000002"));
    assert_eq!(
        mine(&app, &citizen).await,
        [second, first],
        "the newest first"
    );
}

#[tokio::test]
async fn pre_review_reports_every_problem_and_lets_the_key_go() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let code = marriage_code(&app).await;
    let mut body = marriage(&code);
    body["answers"]["partner_resident_id"] = json!("341602199204170461");
    body["answers"]
        .as_object_mut()
        .unwrap()
        .remove("applicant_occupation");
    body["answers"]
        .as_object_mut()
        .unwrap()
        .remove("partner_status_since");
    let error = expect_error(
        submit(&app, &citizen, Some("draft-3-submit"), &body).await,
        StatusCode::BAD_REQUEST,
        "pre-review refuses an incomplete application",
    )
    .await;
    assert_eq!(error.message, "预审未通过：有 3 处需要补充或修改");
    let fields: Vec<_> = error.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "applicant_occupation",
            "partner_resident_id",
            "partner_status_since"
        ]
    );
    assert!(mine(&app, &citizen).await.is_empty());
    expect::<Application>(
        submit(&app, &citizen, Some("draft-3-submit"), &marriage(&code)).await,
        StatusCode::CREATED,
        "the fixed application goes through under the same key",
    )
    .await;

    let error = expect_error(
        submit(&app, &citizen, None, &marriage(&code)).await,
        StatusCode::BAD_REQUEST,
        "a submission needs an Idempotency-Key",
    )
    .await;
    assert!(error.message.contains("Idempotency-Key"));
}

#[tokio::test]
async fn a_submission_still_in_flight_is_a_conflict() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let body = marriage(&marriage_code(&app).await);
    // The first request holds the key and has not answered yet.
    let user_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE mobile = ?")
        .bind(PEOPLE[0].mobile)
        .fetch_one(&app.database().await)
        .await
        .expect("the citizen exists");
    let digest = banshi_sandbox::routes::idempotency::request_digest(
        "POST /applications",
        body.to_string().as_bytes(),
    );
    sqlx::query(
        "INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES (?, ?, ?, 0)",
    )
    .bind(user_id)
    .bind("in-flight-key")
    .bind(digest)
    .execute(&app.database().await)
    .await
    .expect("the key is held");
    let error = expect_error(
        submit(&app, &citizen, Some("in-flight-key"), &body).await,
        StatusCode::CONFLICT,
        "the duplicate waits for the first",
    )
    .await;
    assert_eq!(error.message, "同一个请求正在处理，请稍候查看结果");
}

#[tokio::test]
async fn nobody_applies_for_an_enterprise_they_do_not_belong_to_or_sees_others_applications() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let staff = demo_token(&app, ENTERPRISE.staff[0].0).await;
    let code = marriage_code(&app).await;
    let mut body = marriage(&code);
    body["acting_as"] = json!(ENTERPRISE.uscc);
    let error = expect_error(
        submit(&app, &citizen, Some("not-a-member"), &body).await,
        StatusCode::FORBIDDEN,
        "the citizen is no member of the enterprise",
    )
    .await;
    assert_eq!(error.message, "您不能代表这家企业提交申请");

    expect::<Application>(
        submit(&app, &citizen, Some("citizen-own"), &marriage(&code)).await,
        StatusCode::CREATED,
        "the citizen applies for themself",
    )
    .await;
    assert!(
        mine(&app, &staff).await.is_empty(),
        "one user never sees another's applications"
    );
    let response = app.send(Method::GET, "/applications", None, None).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
