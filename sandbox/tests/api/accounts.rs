//! The accounts routes: registering, logging in with a password or an SMS code,
//! refresh-token rotation, logging out, the profile, enterprises and members.

use banshi_sandbox::demo_accounts::{ENTERPRISE, PEOPLE};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{
    PASSWORD, TestApp, demo_token, expect, expect_error, mobile, register, registered_session,
    resident_id, spawn_app, spawn_with,
};

/// A valid unified social credit code (GB 32100 check character) numbered `sequence`.
fn credit_code(sequence: u32) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    const WEIGHTS: [usize; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let body = format!("9134160007{sequence:07}");
    let sum: usize = body
        .bytes()
        .zip(WEIGHTS)
        .map(|(c, weight)| ALPHABET.iter().position(|&a| a == c).unwrap() * weight)
        .sum();
    let check = ALPHABET[(31 - sum % 31) % 31] as char;
    format!("{body}{check}")
}

/// Logs person `sequence` in with `password`.
async fn log_in_with(app: &TestApp, sequence: u32, password: &str) -> reqwest::Response {
    app.post(
        "/sessions",
        &json!({ "mobile": mobile(sequence), "password": password }),
        None,
    )
    .await
}

fn access(tokens: &Value) -> &str {
    tokens["access_token"].as_str().expect("an access token")
}

async fn me(app: &TestApp, token: &str) -> reqwest::Response {
    app.send(Method::GET, "/me", None, Some(token)).await
}

#[tokio::test]
async fn registering_answers_the_masked_profile() {
    let app = spawn_app().await;
    let profile = register(&app, 1).await;
    assert_eq!(profile["name"], "张三");
    let id = resident_id(1);
    assert_eq!(
        profile["resident_id"],
        format!("{}{}{}", &id[..1], "*".repeat(16), &id[17..]),
        "the full ID number never leaves the server"
    );
    assert_eq!(
        profile["mobile"], "138****0001",
        "the mobile number is masked too"
    );
}

#[tokio::test]
async fn every_wrong_field_is_reported_at_once() {
    let app = spawn_app().await;
    let response = app
        .post(
            "/accounts",
            &json!({
                "name": "张",
                "resident_id": "12345",
                "mobile": "2380000",
                "password": "short",
            }),
            None,
        )
        .await;
    let error = expect_error(response, StatusCode::BAD_REQUEST, "bad input is a 400").await;
    let mut fields: Vec<_> = error.fields.iter().map(|f| f.field.as_str()).collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        ["mobile", "name", "password", "resident_id"],
        "the form marks every wrong field in one round trip"
    );
    assert!(
        error.fields.iter().all(|f| !f.message.is_empty()),
        "each field says what is wrong with it"
    );
}

/// Starts registering person `sequence`'s details under `mobile`.
async fn start_registration(app: &TestApp, sequence: u32, mobile: &str) -> reqwest::Response {
    app.post(
        "/accounts",
        &json!({"name": "李四", "resident_id": resident_id(sequence), "mobile": mobile, "password": PASSWORD}),
        None,
    )
    .await
}

/// The texts the hall sent to `mobile`.
async fn texts_to(app: &TestApp, mobile: &str) -> Vec<String> {
    let sent: Value = app.get_ok(&format!("/dev/sms/{mobile}")).await;
    serde_json::from_value(sent["messages"].clone()).expect("a list of texts")
}

#[tokio::test]
async fn registering_answers_alike_whether_the_mobile_or_id_is_taken() {
    let app = spawn_app().await;
    register(&app, 1).await;
    let answer = |response: reqwest::Response| async move {
        let status = response.status();
        let mut body: Value = response.json().await.expect("a JSON answer");
        body["mobile"] = Value::Null;
        (status, body)
    };
    let fresh = answer(start_registration(&app, 3, &mobile(3)).await).await;
    let same_mobile = answer(start_registration(&app, 2, &mobile(1)).await).await;
    let same_id = answer(start_registration(&app, 1, &mobile(2)).await).await;
    assert_eq!(
        fresh.0,
        StatusCode::ACCEPTED,
        "a new person's registration starts"
    );
    assert_eq!(
        same_mobile, fresh,
        "a registered mobile number gets the answer a new one gets"
    );
    assert_eq!(
        same_id, fresh,
        "a registered ID number gets the answer a new one gets"
    );

    let to_owner = texts_to(&app, &mobile(1)).await;
    assert!(
        to_owner.iter().any(|text| text.contains("本号码已注册")),
        "the registered number's owner is told someone tried it: {to_owner:?}"
    );
    assert!(
        to_owner.iter().any(|text| text.contains("您的身份证号码")),
        "the ID number's owner is told someone tried it with another number: {to_owner:?}"
    );
    let to_new = texts_to(&app, &mobile(2)).await;
    assert!(
        to_new
            .iter()
            .any(|text| text.contains("身份证号码已注册过账号"))
            && !to_new.iter().any(|text| text.contains("验证码")),
        "the new number learns by text, with no code, that the ID has an account: {to_new:?}"
    );
    let no_code = expect_error(
        app.post(
            "/accounts/confirmation",
            &json!({"mobile": mobile(2), "sms_code": "000000"}),
            None,
        )
        .await,
        StatusCode::UNAUTHORIZED,
        "nothing waits to be confirmed for a taken ID",
    )
    .await;
    assert_eq!(no_code.message, "验证码不正确或已过期");
}

#[tokio::test]
async fn a_registration_is_an_account_only_once_its_code_comes_back() {
    let app = spawn_app().await;
    let started: Value = expect(
        start_registration(&app, 4, &mobile(4)).await,
        StatusCode::ACCEPTED,
        "the registration starts",
    )
    .await;
    assert_eq!(
        started["mobile"], "138****0004",
        "the number is named masked"
    );
    let before = expect_error(
        log_in_with(&app, 4, PASSWORD).await,
        StatusCode::UNAUTHORIZED,
        "no account before the code comes back",
    )
    .await;
    assert_eq!(before.message, "手机号码或密码不正确");
    let code: Value = app.get_ok(&format!("/dev/sms-codes/{}", mobile(4))).await;
    let confirmation = json!({"mobile": mobile(4), "sms_code": code["code"]});
    let profile: Value = expect(
        app.post("/accounts/confirmation", &confirmation, None)
            .await,
        StatusCode::CREATED,
        "the code texted makes the account",
    )
    .await;
    assert_eq!(profile["name"], "李四");
    expect_error(
        app.post("/accounts/confirmation", &confirmation, None)
            .await,
        StatusCode::UNAUTHORIZED,
        "a code is used up by confirming",
    )
    .await;
    assert_eq!(
        log_in_with(&app, 4, PASSWORD).await.status(),
        StatusCode::CREATED,
        "the password given at registration logs in"
    );
}

#[tokio::test]
async fn logging_in_answers_a_token_pair() {
    let app = spawn_app().await;
    let tokens = registered_session(&app, 1).await;
    assert_eq!(
        tokens["access_expires_in"], 900,
        "access tokens live 15 minutes"
    );
    assert_eq!(
        tokens["refresh_expires_in"],
        30 * 24 * 3600,
        "refresh tokens live 30 days"
    );
    assert_ne!(tokens["access_token"], tokens["refresh_token"]);
    let response = me(&app, access(&tokens)).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the access token opens the profile"
    );
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_mobile_look_the_same() {
    let app = spawn_app().await;
    register(&app, 1).await;
    let wrong = expect_error(
        log_in_with(&app, 1, "Wrong#2026").await,
        StatusCode::UNAUTHORIZED,
        "a wrong password is refused",
    )
    .await;
    let unknown = expect_error(
        log_in_with(&app, 9, PASSWORD).await,
        StatusCode::UNAUTHORIZED,
        "an unknown mobile is refused",
    )
    .await;
    assert_eq!(
        wrong, unknown,
        "the answers must not tell who has an account"
    );
    assert_eq!(wrong.message, "手机号码或密码不正确");
}

#[tokio::test]
async fn five_wrong_passwords_lock_the_account() {
    let app = spawn_app().await;
    register(&app, 1).await;
    for attempt in 1..5 {
        let response = log_in_with(&app, 1, "Wrong#2026").await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt} is only refused"
        );
    }
    let fifth = expect_error(
        log_in_with(&app, 1, "Wrong#2026").await,
        StatusCode::LOCKED,
        "the fifth failure in a row locks the account",
    )
    .await;
    assert!(
        fifth.message.contains("15 分钟") && fifth.message.contains("解锁"),
        "the message says when to try again: {}",
        fifth.message
    );
    let right = expect_error(
        log_in_with(&app, 1, PASSWORD).await,
        StatusCode::LOCKED,
        "while locked even the right password is refused",
    )
    .await;
    assert!(right.message.contains("解锁"));
}

#[tokio::test]
async fn a_success_resets_the_failure_count() {
    let app = spawn_app().await;
    register(&app, 1).await;
    for _ in 0..4 {
        log_in_with(&app, 1, "Wrong#2026").await;
    }
    let ok = log_in_with(&app, 1, PASSWORD).await;
    assert_eq!(ok.status(), StatusCode::CREATED);
    let after = log_in_with(&app, 1, "Wrong#2026").await;
    assert_eq!(
        after.status(),
        StatusCode::UNAUTHORIZED,
        "failures count in a row: the success started the count again"
    );
}

async fn send_code(app: &TestApp, sequence: u32) -> String {
    let sent: Value = expect(
        app.post(
            "/sessions/sms-codes",
            &json!({"mobile": mobile(sequence)}),
            None,
        )
        .await,
        StatusCode::ACCEPTED,
        "a code is sent to any well-formed number",
    )
    .await;
    assert_eq!(sent["expires_in"], 300, "codes live 5 minutes");
    let dev: Value = app
        .get_ok(&format!("/dev/sms-codes/{}", mobile(sequence)))
        .await;
    dev["code"].as_str().expect("the sent code").to_owned()
}

async fn log_in_with_code(app: &TestApp, sequence: u32, code: &str) -> reqwest::Response {
    app.post(
        "/sessions",
        &json!({"mobile": mobile(sequence), "sms_code": code}),
        None,
    )
    .await
}

#[tokio::test]
async fn an_sms_code_logs_in_once() {
    let app = spawn_app().await;
    register(&app, 1).await;
    let code = send_code(&app, 1).await;
    assert_eq!(code.len(), 6, "codes have 6 digits");
    let tokens: Value = expect(
        log_in_with_code(&app, 1, &code).await,
        StatusCode::CREATED,
        "the code sent logs in",
    )
    .await;
    assert_eq!(me(&app, access(&tokens)).await.status(), StatusCode::OK);
    let again = expect_error(
        log_in_with_code(&app, 1, &code).await,
        StatusCode::UNAUTHORIZED,
        "a code is used up by logging in",
    )
    .await;
    assert_eq!(again.message, "验证码不正确或已过期");
}

#[tokio::test]
async fn a_wrong_or_expired_sms_code_is_refused() {
    let app = spawn_app().await;
    register(&app, 1).await;
    let code = send_code(&app, 1).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let error = expect_error(
        log_in_with_code(&app, 1, wrong).await,
        StatusCode::UNAUTHORIZED,
        "only the code sent logs in",
    )
    .await;
    assert_eq!(error.message, "验证码不正确或已过期");
    sqlx::query("UPDATE sms_codes SET expires_at = 0")
        .execute(&app.database().await)
        .await
        .expect("the code is backdated");
    let error = expect_error(
        log_in_with_code(&app, 1, &code).await,
        StatusCode::UNAUTHORIZED,
        "an expired code is refused even if right",
    )
    .await;
    assert_eq!(error.message, "验证码不正确或已过期");
}

#[tokio::test]
async fn five_wrong_guesses_discard_an_sms_code() {
    let app = spawn_app().await;
    register(&app, 1).await;
    let code = send_code(&app, 1).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let response = log_in_with_code(&app, 1, wrong).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let error = expect_error(
        log_in_with_code(&app, 1, &code).await,
        StatusCode::UNAUTHORIZED,
        "after five wrong guesses the code is gone, or a million tries would find it",
    )
    .await;
    assert_eq!(error.message, "验证码不正确或已过期");
}

#[tokio::test]
async fn another_code_waits_a_minute() {
    let app = spawn_app().await;
    let first = send_code(&app, 1).await;
    let error = expect_error(
        app.post("/sessions/sms-codes", &json!({"mobile": mobile(1)}), None)
            .await,
        StatusCode::TOO_MANY_REQUESTS,
        "a second code within a minute is refused",
    )
    .await;
    assert!(
        error.message.starts_with("获取验证码过于频繁，请 ")
            && error.message.ends_with(" 秒后再试"),
        "the message says how long to wait: {}",
        error.message
    );
    let still: Value = app.get_ok(&format!("/dev/sms-codes/{}", mobile(1))).await;
    assert_eq!(still["code"], first, "the first code stays valid");
    // A minute later (the resend limit's window backdated by one), a new code goes out.
    sqlx::query("UPDATE rate_limits SET window_started_at = window_started_at - 60")
        .execute(&app.database().await)
        .await
        .expect("the code is backdated");
    send_code(&app, 1).await;
    let other = send_code_response(&app, 2).await;
    assert_eq!(other, StatusCode::ACCEPTED, "other numbers are not held up");
}

async fn send_code_response(app: &TestApp, sequence: u32) -> StatusCode {
    app.post(
        "/sessions/sms-codes",
        &json!({"mobile": mobile(sequence)}),
        None,
    )
    .await
    .status()
}

#[tokio::test]
async fn sent_codes_are_hidden_without_the_dev_flag() {
    let app = spawn_with(|settings| settings.dev_sms = false).await;
    let response = app
        .post("/sessions/sms-codes", &json!({"mobile": mobile(1)}), None)
        .await;
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    app.get_error(
        &format!("/dev/sms-codes/{}", mobile(1)),
        StatusCode::NOT_FOUND,
    )
    .await;
}

async fn refresh(app: &TestApp, refresh_token: &Value) -> reqwest::Response {
    app.post(
        "/sessions/refresh",
        &json!({ "refresh_token": refresh_token }),
        None,
    )
    .await
}

#[tokio::test]
async fn refreshing_rotates_the_pair() {
    let app = spawn_app().await;
    let first = registered_session(&app, 1).await;
    let second: Value = expect(
        refresh(&app, &first["refresh_token"]).await,
        StatusCode::OK,
        "a live refresh token is exchanged",
    )
    .await;
    assert_ne!(
        second["refresh_token"], first["refresh_token"],
        "each refresh issues a new refresh token"
    );
    assert_eq!(
        me(&app, access(&second)).await.status(),
        StatusCode::OK,
        "the new access token works"
    );
    let third = refresh(&app, &second["refresh_token"]).await;
    assert_eq!(
        third.status(),
        StatusCode::OK,
        "the new refresh token is live"
    );
}

#[tokio::test]
async fn reusing_a_refresh_token_revokes_the_whole_session() {
    let app = spawn_app().await;
    let first = registered_session(&app, 1).await;
    let second: Value = expect(
        refresh(&app, &first["refresh_token"]).await,
        StatusCode::OK,
        "the first use rotates",
    )
    .await;
    let reuse = expect_error(
        refresh(&app, &first["refresh_token"]).await,
        StatusCode::UNAUTHORIZED,
        "a used refresh token means it was stolen or replayed",
    )
    .await;
    assert_eq!(reuse.message, "登录已失效，请重新登录");
    assert_eq!(
        me(&app, access(&second)).await.status(),
        StatusCode::UNAUTHORIZED,
        "the thief's (or victim's) newer access token dies with the family"
    );
    assert_eq!(
        refresh(&app, &second["refresh_token"]).await.status(),
        StatusCode::UNAUTHORIZED,
        "so does the newer refresh token"
    );
    let unknown = refresh(&app, &json!("not-a-token")).await;
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn logging_out_revokes_the_session() {
    let app = spawn_app().await;
    let tokens = registered_session(&app, 1).await;
    let response = app
        .send(
            Method::DELETE,
            "/sessions/current",
            None,
            Some(access(&tokens)),
        )
        .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let error = expect_error(
        me(&app, access(&tokens)).await,
        StatusCode::UNAUTHORIZED,
        "a logged-out access token is dead",
    )
    .await;
    assert!(!error.message.is_empty(), "401s use the error shape too");
    assert_eq!(
        refresh(&app, &tokens["refresh_token"]).await.status(),
        StatusCode::UNAUTHORIZED,
        "and so is its refresh token"
    );
}

#[tokio::test]
async fn the_profile_needs_a_token() {
    let app = spawn_app().await;
    let missing = app.send(Method::GET, "/me", None, None).await;
    let _ = expect_error(missing, StatusCode::UNAUTHORIZED, "no token, no profile").await;
    let forged = me(&app, "0123456789abcdef").await;
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_profile_lists_enterprises_and_licences() {
    let app = spawn_app().await;
    let tokens = registered_session(&app, 1).await;
    let uscc = credit_code(1);
    let created: Value = expect(
        app.post(
            "/enterprises",
            &json!({"uscc": uscc, "name": "亳州办事示范有限公司"}),
            Some(access(&tokens)),
        )
        .await,
        StatusCode::CREATED,
        "a valid enterprise is registered",
    )
    .await;
    assert_eq!(created["role"], "legal_representative");
    let profile: Value = expect(
        me(&app, access(&tokens)).await,
        StatusCode::OK,
        "the profile opens",
    )
    .await;
    let id = resident_id(1);
    assert!(
        profile["resident_id"]
            .as_str()
            .is_some_and(|masked| masked.contains("****") && !masked.contains(&id[6..14])),
        "the birth date part of the ID stays hidden"
    );
    assert_eq!(
        profile["enterprises"],
        json!([{"uscc": uscc, "name": "亳州办事示范有限公司", "role": "legal_representative",
                "scope": {"items": [], "halls": [], "until": null}, "state": "active"}]),
        "the caller may act for the enterprise they represent"
    );
    let kinds: Vec<_> = profile["licences"]
        .as_array()
        .expect("a licence list")
        .iter()
        .map(|licence| licence["kind"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        kinds,
        ["居民身份证", "营业执照"],
        "the ID card is on file from registration, the business licence from the enterprise"
    );
    assert_eq!(
        profile["licences"][0]["number"], profile["resident_id"],
        "the ID card's number is masked like the profile's"
    );
}

#[tokio::test]
async fn enterprise_registration_checks_the_credit_code_and_duplicates() {
    let app = spawn_app().await;
    let tokens = registered_session(&app, 1).await;
    let token = Some(access(&tokens));
    let mut bad = credit_code(1);
    bad.pop();
    bad.push(if credit_code(1).ends_with('0') {
        '1'
    } else {
        '0'
    });
    let error = expect_error(
        app.post(
            "/enterprises",
            &json!({"uscc": bad, "name": "某公司"}),
            token,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a wrong check character is caught",
    )
    .await;
    assert_eq!(
        error.fields[0].field, "uscc",
        "the form marks the credit code"
    );
    let body = json!({"uscc": credit_code(1), "name": "某公司"});
    let first = app.post("/enterprises", &body, token).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let again = expect_error(
        app.post("/enterprises", &body, token).await,
        StatusCode::CONFLICT,
        "one registration per credit code",
    )
    .await;
    assert!(again.message.contains(&credit_code(1)), "{}", again.message);
    let anonymous = app.post("/enterprises", &body, None).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_the_legal_representative_adds_members() {
    let app = spawn_app().await;
    let boss = registered_session(&app, 1).await;
    let clerk = registered_session(&app, 2).await;
    let uscc = credit_code(1);
    let path = format!("/enterprises/{uscc}/members");
    app.post(
        "/enterprises",
        &json!({"uscc": uscc, "name": "某公司"}),
        Some(access(&boss)),
    )
    .await;
    let refused = expect_error(
        app.post(
            &path,
            &json!({"mobile": mobile(2), "role": "clerk"}),
            Some(access(&clerk)),
        )
        .await,
        StatusCode::FORBIDDEN,
        "nobody off the staff grants authority",
    )
    .await;
    assert_eq!(refused.message, "您不是该企业的经办人员，不能代表它办理");
    let added: Value = expect(
        app.post(
            &path,
            &json!({"mobile": mobile(2), "role": "clerk"}),
            Some(access(&boss)),
        )
        .await,
        StatusCode::CREATED,
        "the legal representative adds a registered user",
    )
    .await;
    assert_eq!(added["mobile"], "138****0002");
    let profile: Value = expect(
        me(&app, access(&clerk)).await,
        StatusCode::OK,
        "the clerk's profile opens",
    )
    .await;
    assert_eq!(
        profile["enterprises"][0]["role"], "clerk",
        "the member may now act for the enterprise, in their role"
    );
    let unknown = expect_error(
        app.post(
            &path,
            &json!({"mobile": mobile(9), "role": "clerk"}),
            Some(access(&boss)),
        )
        .await,
        StatusCode::NOT_FOUND,
        "only registered users can be added",
    )
    .await;
    assert_eq!(unknown.message, "没有使用该手机号注册的账号");
    assert_eq!(unknown.fields[0].field, "mobile");
}

/// Logs a demo person in with the demo password and answers their profile.
async fn demo_profile(app: &TestApp, mobile: &str) -> Value {
    expect(
        me(app, &demo_token(app, mobile).await).await,
        StatusCode::OK,
        "a demo profile opens",
    )
    .await
}

#[tokio::test]
async fn a_new_server_has_the_demo_people_of_the_readme() {
    let app = spawn_app().await;
    let citizen = demo_profile(&app, PEOPLE[0].mobile).await;
    assert_eq!(citizen["name"], "张晓明");
    assert_eq!(
        citizen["enterprises"],
        json!([]),
        "a citizen acts only for themself"
    );
    let kinds: Vec<_> = citizen["licences"]
        .as_array()
        .expect("a licence list")
        .iter()
        .map(|licence| licence["kind"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        kinds,
        ["居民身份证", "居民户口簿", "机动车驾驶证", "结婚证"]
    );
    assert_eq!(
        citizen["address"],
        json!({"province": "34", "city": "3416", "district": "341602", "detail": "芍花路 1 号"}),
        "the address on file, for forms to fill in"
    );

    let registered = json!({
        "province": "34", "city": "3416", "district": "341602",
        "detail": "亳州高新区药都路 18 号",
    });
    let representative = demo_profile(&app, ENTERPRISE.representative).await;
    assert_eq!(
        representative["enterprises"],
        json!([{
            "uscc": ENTERPRISE.uscc, "name": ENTERPRISE.name, "role": "legal_representative",
            "scope": {"items": [], "halls": [], "until": null}, "state": "active",
            "address": registered,
        }])
    );
    for &(mobile, role) in ENTERPRISE.staff {
        let staff = demo_profile(&app, mobile).await;
        assert_eq!(
            staff["enterprises"],
            json!([{
                "uscc": ENTERPRISE.uscc, "name": ENTERPRISE.name, "role": role,
                "scope": {"items": [], "halls": [], "until": null}, "state": "active",
                "address": registered,
            }]),
            "each staff member may act for the enterprise in their role"
        );
    }
    let hall_staff = demo_profile(&app, PEOPLE[4].mobile).await;
    assert_eq!(
        hall_staff["staff_of"], "shizhi",
        "the hall staff member works at the city hall"
    );
    assert_eq!(citizen["staff_of"], Value::Null);
}

#[tokio::test]
async fn the_address_on_file_is_set_to_a_real_place_only() {
    let app = spawn_app().await;
    let token = demo_token(&app, PEOPLE[3].mobile).await;
    let profile = demo_profile(&app, PEOPLE[3].mobile).await;
    assert_eq!(profile.get("address"), None, "赵磊 has no address on file");

    let put = |body: Value| {
        let token = token.clone();
        let app = &app;
        async move {
            app.send(Method::PUT, "/me/address", Some(&body), Some(&token))
                .await
        }
    };
    // 东城区 is in Beijing, not in 亳州市.
    let error = expect_error(
        put(json!({"province": "34", "city": "3416", "district": "110101", "detail": "芍花路 2 号"})).await,
        StatusCode::BAD_REQUEST,
        "a district outside its city is refused",
    )
    .await;
    assert_eq!(error.fields[0].field, "address");
    assert_eq!(
        error.fields[0].message,
        "请从列表中重新选择常住地址的省、市、区县"
    );

    let profile: Value = expect(
        put(json!({"province": "11", "city": "1101", "district": "110101", "detail": " 东四北大街 1 号 "})).await,
        StatusCode::OK,
        "a real place is kept",
    )
    .await;
    assert_eq!(
        profile["address"],
        json!({"province": "11", "city": "1101", "district": "110101", "detail": "东四北大街 1 号"})
    );
    assert_eq!(
        demo_profile(&app, PEOPLE[3].mobile).await["address"],
        profile["address"],
        "and is on file from now on"
    );
}
