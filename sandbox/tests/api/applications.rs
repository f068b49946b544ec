//! Submitting applications: pre-review against the form and the guide's
//! materials (uploads finished, the caller's and unused; e-licences on file; 30
//! MB in all), exactly once per Idempotency-Key (replay, different body, in
//! flight), pages handed in staying with their application, who may act for
//! whom, and each caller seeing only their own applications.

use banshi_api::applications::{Application, SubmittedMaterial};
use banshi_api::catalog::ItemPage;
use banshi_api::{ApiError, ErrorCode};
use banshi_sandbox::demo_accounts::{ENTERPRISE, PEOPLE};
use banshi_sandbox::files::local::{LocalFolder, upload_file};
use banshi_sandbox::jobs::upload_expiry::{self, UPLOAD_LIFETIME};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{PHOTO, TestApp, demo_token, expect, expect_error, png, spawn_app, upload_id};

/// The marriage guide's photo of the couple (its third material).
const COUPLE_PHOTO: &str = "三张2寸近期半身免冠合影照片";
/// The marriage guide's signed declaration (its fourth material).
const DECLARATION: &str = "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明";

pub(crate) async fn marriage_code(app: &TestApp) -> String {
    let page: ItemPage = app.get_ok("/catalog/items?q=结婚登记&hall=shizhi").await;
    page.items
        .into_iter()
        .find(|item| item.name == "结婚登记")
        .expect("结婚登记")
        .code
        .to_string()
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

/// The materials of a marriage application: the ID cards and the household
/// register as e-licences on file, the photo and the two-page declaration
/// uploaded by `token` just now.
async fn marriage_materials(app: &TestApp, token: &str) -> Value {
    let photo = std::fs::read(PHOTO).expect("the fixture photo");
    json!([
        { "material": 0, "licence": "居民身份证" },
        { "material": 1, "licence": "居民户口簿" },
        { "material": 2, "uploads": [app.upload(token, &photo).await] },
        { "material": 3, "uploads": [app.upload(token, &photo).await, app.upload(token, &photo).await] },
    ])
}

/// A complete marriage application with every material, its pages freshly
/// uploaded by `token`.
pub(crate) async fn complete_marriage(app: &TestApp, token: &str, code: &str) -> Value {
    let mut body = marriage(code);
    body["materials"] = marriage_materials(app, token).await;
    body
}

/// The problems pre-review found, as (field, message).
fn problems(error: &ApiError) -> Vec<(&str, &str)> {
    error
        .fields
        .iter()
        .map(|problem| (problem.field.as_str(), problem.message.as_str()))
        .collect()
}

pub(crate) async fn submit(
    app: &TestApp,
    token: &str,
    key: Option<&str>,
    body: &Value,
) -> reqwest::Response {
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
    let code = marriage_code(&app).await;
    let body = complete_marriage(&app, &citizen, &code).await;

    let first: Application = expect(
        submit(&app, &citizen, Some("draft-1-submit"), &body).await,
        StatusCode::CREATED,
        "a complete application passes pre-review",
    )
    .await;
    assert!(
        first.number.as_str().starts_with("BZ") && first.number.as_str().ends_with("000001"),
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

    // Another application needs pages of its own: those sent are the first's.
    let mut changed = complete_marriage(&app, &citizen, &code).await;
    changed["delivery"] = json!("ems");
    changed["recipient"] = json!({
        "name": "张晓明",
        "mobile": PEOPLE[0].mobile,
        "address": { "province": "34", "city": "3416", "district": "341602", "detail": "芍花路 88 号" },
    });
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
    assert!(second.number.as_str().ends_with("000002"));
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
    body["materials"] = json!([{ "material": 0, "licence": "居民身份证" }]);
    let error = expect_error(
        submit(&app, &citizen, Some("draft-3-submit"), &body).await,
        StatusCode::BAD_REQUEST,
        "pre-review refuses an incomplete application",
    )
    .await;
    assert_eq!(error.message, "预审未通过：有 6 处需要补充或修改");
    let fields: Vec<_> = error.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "applicant_occupation",
            "partner_resident_id",
            "partner_status_since",
            "materials.1",
            "materials.2",
            "materials.3",
        ],
        "the answers' problems and the materials missing come in one answer"
    );
    assert_eq!(
        error.fields[5].message,
        format!("请上传“{DECLARATION}”"),
        "a missing material is named"
    );
    assert!(mine(&app, &citizen).await.is_empty());
    expect::<Application>(
        submit(
            &app,
            &citizen,
            Some("draft-3-submit"),
            &complete_marriage(&app, &citizen, &code).await,
        )
        .await,
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
async fn a_submission_still_in_flight_is_a_conflict_until_its_claim_goes_stale() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let mut body = marriage(&marriage_code(&app).await);
    body["materials"] = json!([
        { "material": 0, "licence": "居民身份证" },
        { "material": 1, "licence": "居民户口簿" },
    ]);
    // The first request holds the key and has not answered yet.
    let user_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE mobile = ?")
        .bind(PEOPLE[0].mobile)
        .fetch_one(&app.database().await)
        .await
        .expect("the citizen exists");
    let digest = banshi_sandbox::domain::idempotency::request_digest(
        "POST /applications",
        body.to_string().as_bytes(),
    );
    sqlx::query(
        "INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES (?, ?, ?, ?)",
    )
    .bind(user_id)
    .bind("in-flight-key")
    .bind(digest)
    .bind(banshi_sandbox::clock::now())
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
    // The first request died without creating anything (had it created the
    // application, the same transaction would have completed its key).
    sqlx::query("UPDATE idempotency_keys SET created_at = created_at - ?")
        .bind(banshi_sandbox::domain::idempotency::CLAIM_LEASE_SECONDS + 1)
        .execute(&app.database().await)
        .await
        .expect("the claim is backdated");
    let error = expect_error(
        submit(&app, &citizen, Some("in-flight-key"), &body).await,
        StatusCode::BAD_REQUEST,
        "once the claim is stale a retry takes the key over and is handled",
    )
    .await;
    assert!(
        error.message.starts_with("预审未通过"),
        "the retry was pre-reviewed, not held up: {}",
        error.message
    );
}

#[tokio::test]
async fn a_submission_cut_off_half_way_and_retried_is_made_once() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let body = complete_marriage(&app, &citizen, &marriage_code(&app).await).await;
    // The client gives up before the hall answers, as a phone going into a
    // tunnel does: the whole request is sent and the connection dropped at
    // once, so the hall may be anywhere in handling it (or cancelled).
    let url = reqwest::Url::parse(&app.api_url).expect("the sandbox's URL");
    let address = format!(
        "{}:{}",
        url.host_str().expect("a host"),
        url.port().expect("a port")
    );
    let json = serde_json::to_vec(&body).expect("a JSON body");
    let head = format!(
        "POST {}/applications HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {citizen}\r\n\
         Idempotency-Key: cut-off-key\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n",
        url.path(),
        json.len()
    );
    {
        use tokio::io::AsyncWriteExt;
        let mut connection = tokio::net::TcpStream::connect(&address)
            .await
            .expect("the sandbox listens");
        connection.write_all(head.as_bytes()).await.expect("sent");
        connection.write_all(&json).await.expect("sent");
        // Dropped here, before a byte of the answer is read.
    }
    // Retried until the hall answers with the application (a retry while the
    // first is in flight, or whose claim is not stale yet, is a 409).
    let mut answers = Vec::new();
    for _ in 0..3 {
        let answer = submit(&app, &citizen, Some("cut-off-key"), &body).await;
        let status = answer.status();
        answers.push(status);
        if status == StatusCode::CREATED {
            break;
        }
        assert_eq!(status, StatusCode::CONFLICT, "{answers:?}");
        sqlx::query("UPDATE idempotency_keys SET created_at = created_at - ?")
            .bind(banshi_sandbox::domain::idempotency::CLAIM_LEASE_SECONDS + 1)
            .execute(&app.database().await)
            .await
            .expect("the claim is backdated");
    }
    assert_eq!(
        answers.last(),
        Some(&StatusCode::CREATED),
        "the retry gets the application: {answers:?}"
    );
    let again: Application = expect(
        submit(&app, &citizen, Some("cut-off-key"), &body).await,
        StatusCode::CREATED,
        "and every later retry the same one",
    )
    .await;
    let all = mine(&app, &citizen).await;
    assert_eq!(
        all.len(),
        1,
        "one application however the first request ended"
    );
    assert_eq!(all[0].number, again.number);
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
    assert_eq!(error.message, "您不是该企业的经办人员，不能代表它办理");

    expect::<Application>(
        submit(
            &app,
            &citizen,
            Some("citizen-own"),
            &complete_marriage(&app, &citizen, &code).await,
        )
        .await,
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

#[tokio::test]
async fn pages_handed_in_stay_with_their_application() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let code = marriage_code(&app).await;
    let body = complete_marriage(&app, &citizen, &code).await;
    let application: Application = expect(
        submit(&app, &citizen, Some("with-materials"), &body).await,
        StatusCode::CREATED,
        "finished uploads and e-licences on file pass pre-review",
    )
    .await;

    let (materials, linked): (String, i64) = sqlx::query_as(
        "SELECT a.materials, (SELECT COUNT(*) FROM uploads u WHERE u.application_id = a.id)
         FROM applications a WHERE a.number = ?",
    )
    .bind(&application.number)
    .fetch_one(&app.database().await)
    .await
    .expect("the application is stored");
    let stored: Vec<SubmittedMaterial> =
        serde_json::from_str(&materials).expect("the materials as JSON");
    let sent: Vec<SubmittedMaterial> =
        serde_json::from_value(body["materials"].clone()).expect("materials as the API takes them");
    assert_eq!(
        stored, sent,
        "the hall knows which pages make which material"
    );
    assert_eq!(
        linked, 3,
        "each of the three pages is linked to the application"
    );

    let declaration = body["materials"][3]["uploads"][0]
        .as_str()
        .expect("an upload id");
    let error = expect_error(
        app.tus(Method::DELETE, &format!("/uploads/{declaration}"), &citizen)
            .send()
            .await
            .expect("the sandbox answers"),
        StatusCode::CONFLICT,
        "a page handed in cannot be terminated",
    )
    .await;
    assert_eq!(error.message, "这一页已随申请提交，不能再删除");

    let mut again = complete_marriage(&app, &citizen, &code).await;
    again["materials"][3]["uploads"][1] = json!(declaration);
    let error = expect_error(
        submit(&app, &citizen, Some("reusing-a-page"), &again).await,
        StatusCode::BAD_REQUEST,
        "a page of one application is not one of another",
    )
    .await;
    assert_eq!(
        problems(&error),
        [(
            "materials.3",
            format!("“{DECLARATION}”的第 2 页已随另一份申请提交，请重新上传").as_str()
        )]
    );

    // A week on, the pages never handed in (those of the refused second
    // application) are deleted, files and all; those handed in stay.
    let folder = app.data.path().join("uploads");
    let a_week_on = banshi_sandbox::clock::now() + UPLOAD_LIFETIME + 1;
    let expired = upload_expiry::expire(&*app.db, &LocalFolder::new(&folder), a_week_on)
        .await
        .expect("expiring uploads");
    assert_eq!(expired, 3, "the refused application's three new pages");
    let head = |id: String| {
        let citizen = citizen.clone();
        let app = &app;
        async move {
            app.tus(Method::HEAD, &format!("/uploads/{id}"), &citizen)
                .send()
                .await
                .expect("the sandbox answers")
                .status()
        }
    };
    let unclaimed = again["materials"][2]["uploads"][0].as_str().expect("an id");
    assert_eq!(head(unclaimed.to_owned()).await, StatusCode::NOT_FOUND);
    assert!(!upload_file(&folder, unclaimed).exists());
    assert_eq!(head(declaration.to_owned()).await, StatusCode::OK);
    assert!(upload_file(&folder, declaration).exists());
}

#[tokio::test]
async fn every_page_and_licence_that_is_not_there_is_reported() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let other = demo_token(&app, PEOPLE[2].mobile).await;
    let code = marriage_code(&app).await;
    let photo = std::fs::read(PHOTO).expect("the fixture photo");
    let unfinished = app.create_upload(&citizen, photo.len()).await;
    let response = app
        .patch_upload(&citizen, &unfinished, 0, &photo[..1000], None)
        .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let others = app.upload(&other, &photo).await;
    let mine = app.upload(&citizen, &photo).await;

    let mut body = marriage(&code);
    body["materials"] = json!([
        { "material": 0, "licence": "营业执照" },
        { "material": 1, "licence": "居民户口簿" },
        { "material": 2, "uploads": [upload_id(&unfinished), others] },
        { "material": 3, "uploads": [mine, "ffffffffffffffffffffffffffffffff", mine] },
        { "material": 9, "licence": "结婚证" },
    ]);
    let error = expect_error(
        submit(&app, &citizen, Some("bad-pages"), &body).await,
        StatusCode::BAD_REQUEST,
        "pre-review checks every page and licence named",
    )
    .await;
    assert_eq!(
        problems(&error),
        [
            (
                "materials.0",
                "没有找到您的电子证照“营业执照”，请上传“双方居民身份证”"
            ),
            (
                "materials.2",
                format!("“{COUPLE_PHOTO}”的第 1 页还没有上传完，请等上传完成后再提交").as_str()
            ),
            (
                "materials.2",
                format!("“{COUPLE_PHOTO}”的第 2 页没有上传，请重新上传").as_str()
            ),
            (
                "materials.3",
                format!("“{DECLARATION}”的第 2 页没有上传，请重新上传").as_str()
            ),
            (
                "materials.3",
                format!("“{DECLARATION}”的第 3 页重复了").as_str()
            ),
            ("materials.9", "这个事项没有第 10 项材料"),
        ],
        "an unfinished page, another user's, an unknown one, a repeated one, a licence not on \
         file and a material the guide does not have are each reported on their material"
    );
    assert_eq!(error.message, "预审未通过：有 6 处需要补充或修改");
}

#[tokio::test]
async fn one_acting_for_an_enterprise_may_hand_in_its_licences() {
    let app = spawn_app().await;
    let staff = demo_token(&app, ENTERPRISE.staff[0].0).await;
    let code = marriage_code(&app).await;
    let mut body = complete_marriage(&app, &staff, &code).await;
    body["materials"][0]["licence"] = json!("营业执照");
    body["materials"][1]["licence"] = json!("居民身份证");
    let error = expect_error(
        submit(&app, &staff, Some("own-behalf"), &body).await,
        StatusCode::BAD_REQUEST,
        "for themself, a member holds only their own licences",
    )
    .await;
    assert_eq!(
        problems(&error),
        [(
            "materials.0",
            "没有找到您的电子证照“营业执照”，请上传“双方居民身份证”"
        )]
    );
    body["acting_as"] = json!(ENTERPRISE.uscc);
    expect::<Application>(
        submit(&app, &staff, Some("for-the-enterprise"), &body).await,
        StatusCode::CREATED,
        "acting for the enterprise, its business licence is on file, beside their own ID card",
    )
    .await;
}

#[tokio::test]
async fn the_pages_of_one_application_weigh_at_most_30_mb() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let code = marriage_code(&app).await;
    let mut body = complete_marriage(&app, &citizen, &code).await;
    let scan = png(2000, 1500, 8 * 1024 * 1024);
    let mut pages = Vec::new();
    for _ in 0..4 {
        pages.push(app.upload(&citizen, &scan).await);
    }
    body["materials"][2]["uploads"] = json!(pages);
    let error = expect_error(
        submit(&app, &citizen, Some("too-heavy"), &body).await,
        StatusCode::BAD_REQUEST,
        "four 8 MB scans and a few photos weigh more than 30 MB",
    )
    .await;
    assert_eq!(
        problems(&error),
        [(
            "materials.2",
            format!("材料合计超过 30 MB，请压缩“{COUPLE_PHOTO}”后再提交").as_str()
        )],
        "the material that crosses the limit is named, once"
    );
    body["materials"][2]["uploads"] = json!(&pages[..3]);
    expect::<Application>(
        submit(&app, &citizen, Some("heavy-enough"), &body).await,
        StatusCode::CREATED,
        "three 8 MB scans and a few photos fit",
    )
    .await;
}

#[tokio::test]
async fn an_item_whose_materials_the_hall_fetches_needs_none_sent() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let page: ItemPage = app.get_ok("/catalog/items?q=生育登记&hall=shizhi").await;
    let code = page
        .items
        .into_iter()
        .find(|item| item.name == "生育登记")
        .expect("生育登记")
        .code;
    let body = json!({
        "item_code": code,
        "form_version": 1,
        "delivery": "pick_up",
        "answers": {
            "name": "张晓明",
            "resident_id": PEOPLE[0].resident_id,
            "mobile": PEOPLE[0].mobile,
            "address": {
                "province": "34", "city": "3416", "district": "341602",
                "detail": "芍花路 1 号",
            },
            "details": "申请办理第一个孩子的生育登记",
            "agent": false,
        },
    });
    let mut elsewhere = body.clone();
    // 谯城区 is in 亳州市, not in 合肥市 (3401).
    elsewhere["answers"]["address"]["city"] = json!("3401");
    let error = expect_error(
        submit(&app, &citizen, Some("no-materials"), &elsewhere).await,
        StatusCode::BAD_REQUEST,
        "an address whose district is not in its city is refused",
    )
    .await;
    assert_eq!(
        problems(&error),
        [("address", "请从列表中重新选择联系地址的省、市、区县")]
    );
    expect::<Application>(
        submit(&app, &citizen, Some("no-materials"), &body).await,
        StatusCode::CREATED,
        "an item whose required materials all come from the e-licence library takes a \
         submission without materials, as before",
    )
    .await;
}

#[tokio::test]
async fn the_hall_fills_the_applicants_id_and_mobile_left_blank_but_checks_typed_ones() {
    let app = spawn_app().await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let code = marriage_code(&app).await;
    let mut body = complete_marriage(&app, &citizen, &code).await;
    body["answers"]["applicant_resident_id"] = json!("341602198503120218");
    let error = expect_error(
        submit(&app, &citizen, Some("draft-id-typed"), &body).await,
        StatusCode::BAD_REQUEST,
        "an ID typed with a wrong check digit is still refused",
    )
    .await;
    assert_eq!(problems(&error)[0].0, "applicant_resident_id");

    for field in ["applicant_resident_id", "contact_mobile"] {
        body["answers"].as_object_mut().unwrap().remove(field);
    }
    expect::<Application>(
        submit(&app, &citizen, Some("draft-id-blank"), &body).await,
        StatusCode::CREATED,
        "left blank, the caller's verified ID and mobile are used",
    )
    .await;
}
