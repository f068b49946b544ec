//! 亲友代办: a person authorizes a relative found by mobile, the relative
//! confirms and then applies for the person — the matter is the person's,
//! filled from their identity, and shows who handled it — and every way an
//! act under an authority is refused says why: not confirmed, another's
//! authority, an item outside it, ended, past its last day. Two authorities
//! given at once store one; either side ends it; nobody else sees it.

use banshi_api::accounts::DevSmsMessages;
use banshi_api::applications::{Application, ApplicationDetail};
use banshi_api::forms::Answer;
use banshi_api::relatives::{AuthorityState, RelativeAuthority, Side};
use banshi_sandbox::demo_accounts::PEOPLE;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::applications::{complete_marriage, marriage_code, submit};
use crate::helpers::{TestApp, demo_token, expect, expect_error, spawn_app_at};
use crate::progress::detail;

/// Friday 2026-11-20, mid-morning.
const FRIDAY: &str = "2026-11-20T10:00";

/// The person (张晓明), their relative (王芳) and someone else (赵磊).
struct Family {
    elder: String,
    relative: String,
    stranger: String,
}

async fn family(app: &TestApp) -> Family {
    Family {
        elder: demo_token(app, PEOPLE[0].mobile).await,
        relative: demo_token(app, PEOPLE[2].mobile).await,
        stranger: demo_token(app, PEOPLE[3].mobile).await,
    }
}

async fn give(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.post("/me/relatives", body, Some(token)).await
}

fn invitation(mobile: &str, items: &[&str], until: &str) -> Value {
    json!({ "mobile": mobile, "scope": { "items": items, "until": until } })
}

async fn given(app: &TestApp, token: &str, body: Value) -> RelativeAuthority {
    expect(
        give(app, token, &body).await,
        StatusCode::CREATED,
        "the person authorizes a relative",
    )
    .await
}

async fn confirm(app: &TestApp, token: &str, id: &str) -> reqwest::Response {
    app.send(
        Method::POST,
        &format!("/me/relatives/{id}/confirmation"),
        None,
        Some(token),
    )
    .await
}

/// Ends authority `id` as `token` (either side).
async fn end(app: &TestApp, token: &str, id: &str) -> reqwest::Response {
    app.send(
        Method::DELETE,
        &format!("/me/relatives/{id}"),
        None,
        Some(token),
    )
    .await
}

async fn listed(app: &TestApp, token: &str) -> Vec<RelativeAuthority> {
    expect(
        app.send(Method::GET, "/me/relatives", None, Some(token))
            .await,
        StatusCode::OK,
        "the caller lists their authorities",
    )
    .await
}

/// An active authority of the elder's for the relative, over every item
/// until the end of the year.
async fn active(app: &TestApp, who: &Family) -> RelativeAuthority {
    let authority = given(
        app,
        &who.elder,
        invitation(PEOPLE[2].mobile, &[], "2026-12-31"),
    )
    .await;
    expect(
        confirm(app, &who.relative, authority.id.as_str()).await,
        StatusCode::OK,
        "the relative confirms",
    )
    .await
}

/// A complete marriage application for the elder, its pages uploaded by
/// the relative, under `authority`; the elder's resident ID left for the
/// hall to fill in.
async fn for_elder(app: &TestApp, who: &Family, authority: &str) -> Value {
    let code = marriage_code(app).await;
    let mut body = complete_marriage(app, &who.relative, &code).await;
    body["answers"]["applicant_resident_id"] = json!("");
    body["on_behalf_of"] = json!(authority);
    body
}

#[tokio::test]
async fn a_relative_confirms_then_applies_for_the_person_who_sees_who_handled_it() {
    let app = spawn_app_at(FRIDAY).await;
    let who = family(&app).await;
    let authority = given(
        &app,
        &who.elder,
        invitation(PEOPLE[2].mobile, &[], "2026-12-31"),
    )
    .await;
    assert_eq!(authority.state, AuthorityState::Pending);
    assert_eq!(authority.side, Side::Principal);
    assert_eq!(authority.relative.name, "王*");
    assert_eq!(authority.relative.mobile, "139****0003");
    assert_eq!(authority.principal_data, None);
    let texts: DevSmsMessages = app.get_ok(&format!("/dev/sms/{}", PEOPLE[2].mobile)).await;
    assert!(
        texts
            .messages
            .iter()
            .any(|text| text.contains("张**授权您为其亲友代办人")),
        "the relative is texted who authorized them: {texts:?}"
    );

    let pending = listed(&app, &who.relative).await;
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].side, Side::Relative);
    assert_eq!(pending[0].principal.name, "张**");
    assert_eq!(
        pending[0].principal_data, None,
        "nothing of the person's before the relative confirms"
    );

    let confirmed: RelativeAuthority = expect(
        confirm(&app, &who.relative, authority.id.as_str()).await,
        StatusCode::OK,
        "the relative confirms",
    )
    .await;
    assert_eq!(confirmed.state, AuthorityState::Active);
    let data = confirmed
        .principal_data
        .expect("the person's data, to fill forms");
    assert_eq!(data.name, PEOPLE[0].name);
    assert_eq!(data.mobile, "139****0001");
    assert_ne!(data.resident_id, PEOPLE[0].resident_id, "only masked");

    let body = for_elder(&app, &who, authority.id.as_str()).await;
    let application: Application = expect(
        submit(&app, &who.relative, Some("for-elder-1"), &body).await,
        StatusCode::CREATED,
        "the relative applies for the person",
    )
    .await;
    let number = application.number.to_string();
    assert_eq!(application.handled_by.as_deref(), Some("王*（亲友代办）"));

    let elders: Vec<Application> = expect(
        app.send(Method::GET, "/applications", None, Some(&who.elder))
            .await,
        StatusCode::OK,
        "the person lists their applications",
    )
    .await;
    let theirs = elders
        .iter()
        .find(|listed| listed.number == application.number)
        .expect("the matter is the person's");
    assert_eq!(theirs.handled_by.as_deref(), Some("王*（亲友代办）"));
    let seen: ApplicationDetail = detail(&app, &who.elder, &number).await;
    assert_eq!(
        seen.answers.get("applicant_resident_id"),
        Some(&Answer::Text(PEOPLE[0].resident_id.to_owned())),
        "the hall fills in the person's own resident ID, not the relative's"
    );
    let handled: Vec<Application> = expect(
        app.send(Method::GET, "/applications", None, Some(&who.relative))
            .await,
        StatusCode::OK,
        "the relative lists what they handled",
    )
    .await;
    assert!(
        handled
            .iter()
            .any(|listed| listed.number == application.number)
    );
    detail(&app, &who.relative, &number).await;

    let ended = end(&app, &who.elder, authority.id.as_str()).await;
    assert_eq!(ended.status(), StatusCode::NO_CONTENT);
    expect_error(
        app.send(
            Method::GET,
            &format!("/applications/{number}"),
            None,
            Some(&who.relative),
        )
        .await,
        StatusCode::NOT_FOUND,
        "once the authority ends, the relative no longer sees the person's matter",
    )
    .await;
    let after: Vec<Application> = expect(
        app.send(Method::GET, "/applications", None, Some(&who.relative))
            .await,
        StatusCode::OK,
        "the relative lists their applications",
    )
    .await;
    assert!(
        after
            .iter()
            .all(|listed| listed.number != application.number)
    );
    detail(&app, &who.elder, &number).await;
    app.get_error(&format!("/applications/{number}"), StatusCode::UNAUTHORIZED)
        .await;
    expect_error(
        app.send(
            Method::GET,
            &format!("/applications/{number}"),
            None,
            Some(&who.stranger),
        )
        .await,
        StatusCode::NOT_FOUND,
        "nobody else sees the matter",
    )
    .await;
}

#[tokio::test]
async fn every_refusal_of_an_act_under_an_authority_says_why() {
    let app = spawn_app_at(FRIDAY).await;
    let who = family(&app).await;
    let authority = given(
        &app,
        &who.elder,
        invitation(PEOPLE[2].mobile, &[], "2026-12-31"),
    )
    .await;
    let id = authority.id.as_str();
    let refused = |token: String, body: Value, key: &'static str| {
        let app = &app;
        async move {
            expect_error(
                submit(app, &token, Some(key), &body).await,
                StatusCode::FORBIDDEN,
                key,
            )
            .await
            .message
        }
    };

    let body = for_elder(&app, &who, id).await;
    assert_eq!(
        refused(who.relative.clone(), body.clone(), "not confirmed yet").await,
        "这项授权还未经您确认，请先在“我的 → 亲友代办”中确认"
    );
    expect::<RelativeAuthority>(
        confirm(&app, &who.relative, id).await,
        StatusCode::OK,
        "confirmed",
    )
    .await;
    let mut strangers = for_elder(&app, &who, id).await;
    strangers["materials"] = complete_marriage(&app, &who.stranger, &marriage_code(&app).await)
        .await["materials"]
        .clone();
    assert_eq!(
        refused(who.stranger.clone(), strangers, "someone else's authority").await,
        "您没有获得这位亲友的授权，不能代其办理"
    );

    sqlx::query("UPDATE relative_authorities SET scope = json_set(scope, '$.until', '2026-11-19')")
        .execute(&app.database().await)
        .await
        .expect("let the authority run out");
    assert_eq!(
        refused(who.relative.clone(), body.clone(), "run out of days").await,
        "您的授权已于 2026-11-19 到期，请联系授权人续期"
    );

    expect_error(
        end(&app, &who.stranger, id).await,
        StatusCode::NOT_FOUND,
        "a stranger cannot end it",
    )
    .await;
    let ended = end(&app, &who.elder, id).await;
    assert_eq!(ended.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        refused(who.relative.clone(), body, "withdrawn by the elder").await,
        "您的授权已被撤销，不能再代为办理"
    );
    let again = end(&app, &who.relative, id).await;
    assert_eq!(
        again.status(),
        StatusCode::NO_CONTENT,
        "ending twice is done"
    );
    assert_eq!(
        listed(&app, &who.elder).await[0].state,
        AuthorityState::Withdrawn
    );
}

#[tokio::test]
async fn an_authority_for_named_items_refuses_the_others_by_name() {
    let app = spawn_app_at(FRIDAY).await;
    let who = family(&app).await;
    let birth = app
        .get_ok::<banshi_api::catalog::ItemPage>("/catalog/items?q=生育登记&hall=shizhi")
        .await
        .items
        .into_iter()
        .find(|item| item.name == "生育登记")
        .expect("生育登记")
        .code;
    let authority = given(
        &app,
        &who.elder,
        invitation(PEOPLE[2].mobile, &[birth.as_str()], "2026-12-31"),
    )
    .await;
    assert_eq!(authority.scope.items, [birth]);
    expect::<RelativeAuthority>(
        confirm(&app, &who.relative, authority.id.as_str()).await,
        StatusCode::OK,
        "confirmed",
    )
    .await;
    let body = for_elder(&app, &who, authority.id.as_str()).await;
    let error = expect_error(
        submit(&app, &who.relative, Some("outside-the-scope"), &body).await,
        StatusCode::FORBIDDEN,
        "an item the authority does not name",
    )
    .await;
    assert_eq!(
        error.message,
        "您的授权不包括“结婚登记”，请联系授权人调整授权范围"
    );
}

#[tokio::test]
async fn bad_authorities_are_refused_with_every_reason() {
    let app = spawn_app_at(FRIDAY).await;
    let who = family(&app).await;
    let error = expect_error(
        give(
            &app,
            &who.elder,
            &json!({
                "mobile": "1390000",
                "scope": {
                    "items": ["11341600MB0000000X000000000000000"],
                    "halls": ["shizhi"],
                    "until": "2026-11-19"
                }
            }),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "everything wrong at once",
    )
    .await;
    let mut fields: Vec<&str> = error.fields.iter().map(|f| f.field.as_str()).collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        ["mobile", "scope.halls", "scope.items", "scope.until"],
        "{error:?}"
    );
    let no_day = expect_error(
        give(
            &app,
            &who.elder,
            &json!({ "mobile": PEOPLE[2].mobile, "scope": {} }),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a relative's authority needs a last day",
    )
    .await;
    assert_eq!(no_day.fields[0].field, "scope.until");
    assert_eq!(no_day.fields[0].message, "请选择授权期限");
    let too_far = expect_error(
        give(
            &app,
            &who.elder,
            &invitation(PEOPLE[2].mobile, &[], "2032-01-01"),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "more than five years",
    )
    .await;
    assert_eq!(too_far.fields[0].message, "授权期限最长五年");
    let own = expect_error(
        give(
            &app,
            &who.elder,
            &invitation(PEOPLE[0].mobile, &[], "2026-12-31"),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "oneself",
    )
    .await;
    assert_eq!(own.fields[0].message, "不能授权给自己");
    let nobody = expect_error(
        give(
            &app,
            &who.elder,
            &invitation("13912345678", &[], "2026-12-31"),
        )
        .await,
        StatusCode::NOT_FOUND,
        "no account has that number",
    )
    .await;
    assert_eq!(
        nobody.message,
        "手机号码 139****5678 尚未注册，请先请对方注册账号"
    );
    assert!(
        listed(&app, &who.elder).await.is_empty(),
        "nothing was stored"
    );
}

#[tokio::test]
async fn six_authorities_for_one_relative_at_once_store_one() {
    let app = spawn_app_at(FRIDAY).await;
    let who = family(&app).await;
    let body = invitation(PEOPLE[2].mobile, &[], "2026-12-31");
    let answers =
        futures_util::future::join_all((0..6).map(|_| give(&app, &who.elder, &body))).await;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.status().as_u16()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409, 409, 409, 409, 409]);
    assert_eq!(listed(&app, &who.elder).await.len(), 1);
}

#[tokio::test]
async fn a_confirmation_racing_a_withdrawal_never_revives_it() {
    let app = spawn_app_at(FRIDAY).await;
    let who = family(&app).await;
    for round in 0..4 {
        let authority = given(
            &app,
            &who.elder,
            invitation(PEOPLE[2].mobile, &[], "2026-12-31"),
        )
        .await;
        let id = authority.id.as_str();
        let (confirmed, withdrawn) =
            tokio::join!(confirm(&app, &who.relative, id), end(&app, &who.elder, id));
        assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT, "round {round}");
        assert!(
            [StatusCode::OK, StatusCode::CONFLICT].contains(&confirmed.status()),
            "round {round}: {}",
            confirmed.status()
        );
        let now = listed(&app, &who.relative).await;
        let state = now
            .iter()
            .find(|a| a.id == authority.id)
            .expect("listed")
            .state;
        assert_eq!(state, AuthorityState::Withdrawn, "round {round}");
    }
}

#[tokio::test]
async fn nobody_else_sees_or_confirms_an_authority() {
    let app = spawn_app_at(FRIDAY).await;
    let who = family(&app).await;
    let authority = active(&app, &who).await;
    assert!(listed(&app, &who.stranger).await.is_empty());
    expect_error(
        confirm(&app, &who.stranger, authority.id.as_str()).await,
        StatusCode::NOT_FOUND,
        "a stranger cannot confirm",
    )
    .await;
    expect_error(
        confirm(&app, &who.elder, authority.id.as_str()).await,
        StatusCode::NOT_FOUND,
        "the person cannot confirm their own authority",
    )
    .await;
    let twice = expect_error(
        confirm(&app, &who.relative, authority.id.as_str()).await,
        StatusCode::CONFLICT,
        "confirmed already",
    )
    .await;
    assert_eq!(twice.message, "这项授权已确认过了");
}
