//! What an attacker tries, each a test that failed before its fix: racing the
//! password lockout, guessing SMS codes across resends, asking for codes and
//! registrations without end, writing from many people at once until the
//! database gives up, control characters in names, two upload chunks written at
//! one offset, and answers a cache or a browser could misuse. (That
//! registration answers alike whoever is registered is in `accounts`; that no
//! route shows one person's data to another is in `ownership`.)

use std::time::Duration;

use banshi_api::ErrorCode;
use banshi_sandbox::demo::crowd::log_in_crowd;
use banshi_sandbox::files::local::upload_file;
use futures_util::future::join_all;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{
    PASSWORD, PHOTO, TestApp, expect_error, mobile, register, registered_session, resident_id,
    spawn_app,
};

/// How many of `answers` have `status`.
fn count(answers: &[StatusCode], status: StatusCode) -> usize {
    answers.iter().filter(|&&answer| answer == status).count()
}

/// Sends `body` to `path` `times` times at once; answers the statuses.
async fn at_once(app: &TestApp, path: &str, bodies: Vec<Value>) -> Vec<StatusCode> {
    join_all(
        bodies
            .iter()
            .map(|body| async move { app.post(path, body, None).await.status() }),
    )
    .await
}

/// Expects a 429 whose `Retry-After` is a number of seconds within `window`.
async fn expect_limited(response: reqwest::Response, window: u64, why: &str) {
    let retry_after: u64 = response
        .headers()
        .get("retry-after")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse().ok())
        .unwrap_or_else(|| panic!("{why}: a 429 says when to come back in Retry-After"));
    assert!(
        (1..=window).contains(&retry_after),
        "{why}: Retry-After {retry_after} lies within the limit's window of {window} s"
    );
    let error = expect_error(response, StatusCode::TOO_MANY_REQUESTS, why).await;
    assert!(
        error.message.contains("过于频繁") && error.message.contains("后再试"),
        "{why}: the message says to wait: {}",
        error.message
    );
}

/// Lets the minute between two codes to the same number pass.
async fn a_minute_passes(app: &TestApp) {
    sqlx::query(
        "UPDATE rate_limits SET window_started_at = window_started_at - 60
         WHERE key LIKE 'sms-resend %'",
    )
    .execute(&app.database().await)
    .await
    .expect("the resend window is backdated");
}

async fn send_code(app: &TestApp, mobile: &str) -> reqwest::Response {
    app.post("/sessions/sms-codes", &json!({ "mobile": mobile }), None)
        .await
}

async fn sent_code(app: &TestApp, mobile: &str) -> String {
    let sent: Value = app.get_ok(&format!("/dev/sms-codes/{mobile}")).await;
    sent["code"].as_str().expect("the code sent").to_owned()
}

fn log_in_with_code(mobile: &str, code: &str) -> Value {
    json!({ "mobile": mobile, "sms_code": code })
}

/// A six-digit code that is not `code`.
fn other_than(code: &str) -> &'static str {
    if code == "000000" { "111111" } else { "000000" }
}

#[tokio::test]
async fn thirty_passwords_at_once_get_five_tries_between_them() {
    let app = spawn_app().await;
    register(&app, 1).await;
    let wrong = json!({ "mobile": mobile(1), "password": "Wrong#2026" });
    let answers = at_once(&app, "/sessions", vec![wrong; 30]).await;
    assert_eq!(
        count(&answers, StatusCode::UNAUTHORIZED),
        4,
        "attempts are counted before the (slow) check, so of 30 sent at once four \
         are checked and refused, the fifth locks the account, and the rest are \
         refused unchecked: {answers:?}"
    );
    assert_eq!(count(&answers, StatusCode::LOCKED), 26, "{answers:?}");
    let right = app
        .post(
            "/sessions",
            &json!({ "mobile": mobile(1), "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(
        right.status(),
        StatusCode::LOCKED,
        "a right password after the race finds the account locked"
    );
}

#[tokio::test]
async fn sms_guesses_have_a_daily_budget_that_outlives_each_code() {
    let app = spawn_app().await;
    register(&app, 1).await;
    let mobile = mobile(1);
    for round in 0..2 {
        assert_eq!(
            send_code(&app, &mobile).await.status(),
            StatusCode::ACCEPTED
        );
        let code = sent_code(&app, &mobile).await;
        for guess in 0..5 {
            let answer = app
                .post(
                    "/sessions",
                    &log_in_with_code(&mobile, other_than(&code)),
                    None,
                )
                .await;
            assert_eq!(
                answer.status(),
                StatusCode::UNAUTHORIZED,
                "round {round}, wrong guess {guess} is refused"
            );
        }
        a_minute_passes(&app).await;
    }
    // Ten wrong guesses today: even the right code of a new one is not tried.
    assert_eq!(
        send_code(&app, &mobile).await.status(),
        StatusCode::ACCEPTED
    );
    let code = sent_code(&app, &mobile).await;
    expect_limited(
        app.post("/sessions", &log_in_with_code(&mobile, &code), None)
            .await,
        24 * 3600,
        "a new code does not renew the budget of guesses",
    )
    .await;
}

#[tokio::test]
async fn sms_guesses_sent_at_once_are_each_counted() {
    let app = spawn_app().await;
    register(&app, 2).await;
    let mobile = mobile(2);
    assert_eq!(
        send_code(&app, &mobile).await.status(),
        StatusCode::ACCEPTED
    );
    let code = sent_code(&app, &mobile).await;
    let guess = log_in_with_code(&mobile, other_than(&code));
    let answers = at_once(&app, "/sessions", vec![guess; 50]).await;
    assert_eq!(
        count(&answers, StatusCode::UNAUTHORIZED),
        10,
        "the day's ten guesses are checked, however many arrive at once: {answers:?}"
    );
    assert_eq!(count(&answers, StatusCode::TOO_MANY_REQUESTS), 40);
}

#[tokio::test]
async fn codes_to_one_number_are_limited_per_day() {
    let app = spawn_app().await;
    let mobile = mobile(3);
    for sent in 0..10 {
        assert_eq!(
            send_code(&app, &mobile).await.status(),
            StatusCode::ACCEPTED,
            "code {sent} of the day goes out"
        );
        a_minute_passes(&app).await;
    }
    expect_limited(
        send_code(&app, &mobile).await,
        24 * 3600,
        "an eleventh code to one number in a day is refused, so nobody's phone is flooded",
    )
    .await;
}

#[tokio::test]
async fn codes_asked_for_by_one_client_are_limited_per_hour() {
    let app = spawn_app().await;
    for sequence in 0..20 {
        assert_eq!(
            send_code(&app, &mobile(100 + sequence)).await.status(),
            StatusCode::ACCEPTED
        );
    }
    expect_limited(
        send_code(&app, &mobile(200)).await,
        3600,
        "a twenty-first code asked for by one client in an hour is refused",
    )
    .await;
}

#[tokio::test]
async fn registrations_are_limited_per_client_and_per_number() {
    let app = spawn_app().await;
    let details = |sequence: u32, mobile: String| {
        json!({
            "name": "李四", "resident_id": resident_id(sequence), "mobile": mobile,
            "password": PASSWORD,
        })
    };
    for attempt in 0..5 {
        let started = app
            .post("/accounts", &details(attempt, mobile(7)), None)
            .await;
        assert_eq!(started.status(), StatusCode::ACCEPTED, "attempt {attempt}");
    }
    expect_limited(
        app.post("/accounts", &details(9, mobile(7)), None).await,
        24 * 3600,
        "a sixth registration for one number in a day is refused",
    )
    .await;
    for sequence in 10..14 {
        let started = app
            .post("/accounts", &details(sequence, mobile(sequence)), None)
            .await;
        assert_eq!(started.status(), StatusCode::ACCEPTED);
    }
    expect_limited(
        app.post("/accounts", &details(20, mobile(20)), None).await,
        3600,
        "an eleventh registration from one client in an hour is refused",
    )
    .await;
}

#[tokio::test]
async fn people_writing_at_the_same_moment_all_get_through() {
    let app = spawn_app().await;
    let tokens = log_in_crowd(&*app.db, 12).await.expect("a crowd logs in");
    let page: banshi_api::catalog::ItemPage =
        app.get_ok("/catalog/items?q=生育登记&hall=shizhi").await;
    let item = &page
        .items
        .iter()
        .find(|item| item.name == "生育登记")
        .expect("生育登记")
        .code;
    let work = tokens.iter().enumerate().flat_map(|(person, token)| {
        let draft = json!({
            "id": format!("draft-{person}"),
            "item_code": item,
            "item_name": "生育登记",
            "form": { "item_code": item, "title": "生育登记", "version": 1, "sections": [] },
            "answers": {},
            "updated_at": 1_000 + person,
            "updated_on": "手机",
        });
        let application = json!({
            "item_code": item,
            "form_version": 1,
            "delivery": "pick_up",
            "answers": {
                "name": "排队市民",
                "address": {
                    "province": "34", "city": "3416", "district": "341602",
                    "detail": "芍花路 1 号",
                },
                "details": "申请办理第一个孩子的生育登记",
                "agent": false,
            },
        });
        [
            app.client
                .put(format!("{}/drafts/draft-{person}", app.api_url))
                .bearer_auth(token)
                .json(&draft),
            app.client
                .post(format!("{}/applications", app.api_url))
                .bearer_auth(token)
                .header("Idempotency-Key", format!("submit-{person}"))
                .json(&application),
        ]
    });
    let answers = join_all(work.map(|request| async move {
        let response = request.send().await.expect("the sandbox answers");
        (response.status(), response.text().await.unwrap_or_default())
    }))
    .await;
    let failed: Vec<_> = answers
        .iter()
        .filter(|(status, _)| !status.is_success())
        .collect();
    assert!(
        failed.is_empty(),
        "every draft saved and every application submitted at the same moment is \
         accepted; none is refused because another person was writing: {failed:?}"
    );
}

#[tokio::test]
async fn control_and_direction_characters_are_refused_in_free_text() {
    let app = spawn_app().await;
    for name in [
        "张\u{0}三",
        "张三\u{7}",
        "张三\u{202E}gpj.exe",
        "\u{2066}张三",
    ] {
        let error = expect_error(
            app.post(
                "/accounts",
                &json!({
                    "name": name, "resident_id": resident_id(30), "mobile": mobile(30),
                    "password": PASSWORD,
                }),
                None,
            )
            .await,
            StatusCode::BAD_REQUEST,
            "a name with a control or direction character is refused",
        )
        .await;
        assert_eq!(error.fields[0].field, "name", "{name:?}");
        assert!(
            error.fields[0].message.contains("特殊字符"),
            "the field says why: {}",
            error.fields[0].message
        );
    }
    let tokens = registered_session(&app, 31).await;
    let token = tokens["access_token"].as_str().expect("a token");
    let error = expect_error(
        app.post(
            "/enterprises",
            &json!({ "uscc": "91341602MA2T8K3Q04", "name": "晓光\u{202E}药业" }),
            Some(token),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "an enterprise name with a direction override is refused",
    )
    .await;
    assert_eq!(error.fields[0].field, "name");
    let address = json!({
        "province": "34", "city": "3416", "district": "341602", "detail": "芍花路\u{1b}[2J 1 号",
    });
    let error = expect_error(
        app.send(Method::PUT, "/me/address", Some(&address), Some(token))
            .await,
        StatusCode::BAD_REQUEST,
        "a street with an escape sequence is refused",
    )
    .await;
    assert!(error.message.contains("特殊字符"), "{}", error.message);
    let me: Value = app
        .send(Method::GET, "/me", None, Some(token))
        .await
        .json()
        .await
        .expect("the profile");
    assert!(
        me["address"].is_null(),
        "nothing of the refused address was kept"
    );
}

#[tokio::test]
async fn two_chunks_at_one_offset_do_not_both_write() {
    let app = spawn_app().await;
    let tokens = registered_session(&app, 40).await;
    let token = tokens["access_token"].as_str().expect("a token");
    let photo = std::fs::read(PHOTO).expect("the fixture photo");
    let location = app.create_upload(token, photo.len()).await;
    // The same header over other bytes: both pass the hall's check of a
    // finished photo, so only the offset decides.
    let mut junk = photo.clone();
    let half = junk.len() / 2;
    junk[half..].fill(0x5a);
    let chunks: Vec<&[u8]> = (0..8)
        .map(|index| {
            if index % 2 == 0 {
                &photo[..]
            } else {
                &junk[..]
            }
        })
        .collect();
    let answers = join_all(
        chunks
            .iter()
            .map(|chunk| app.patch_upload(token, &location, 0, chunk, Some(chunk))),
    )
    .await;
    let statuses: Vec<StatusCode> = answers.iter().map(reqwest::Response::status).collect();
    assert_eq!(
        count(&statuses, StatusCode::NO_CONTENT),
        1,
        "one of the chunks sent at one offset is written: {statuses:?}"
    );
    assert_eq!(count(&statuses, StatusCode::CONFLICT), 7, "{statuses:?}");
    let head = app
        .tus(Method::HEAD, &location, token)
        .send()
        .await
        .expect("the sandbox answers");
    assert_eq!(
        head.headers()["upload-offset"],
        photo.len().to_string().as_str()
    );
    let stored = std::fs::read(upload_file(
        &app.data.path().join("uploads"),
        crate::helpers::upload_id(&location),
    ))
    .expect("the finished upload is stored");
    assert!(
        stored == photo || stored == junk,
        "the file is one chunk whole, never one written over another, nor longer \
         than declared ({} bytes of {})",
        stored.len(),
        photo.len()
    );
}

/// One request to every route the document lists, its path parameters filled
/// in; a request without a body or token is enough, as every answer counts.
async fn every_route(app: &TestApp) -> Vec<(String, reqwest::Response)> {
    let document: Value = app.get_ok("/openapi.json").await;
    let mut sent = Vec::new();
    for (path, operations) in document["paths"].as_object().expect("paths") {
        let filled = path
            .replace("{hall}", "shizhi")
            .replace("{group}", "A")
            .replace('{', "x")
            .replace('}', "");
        for method in operations.as_object().expect("operations").keys() {
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("a method");
            let request = app
                .client
                .request(method.clone(), format!("{}{filled}", app.api_url));
            // A stream stays open: its headers are all this needs.
            let response = tokio::time::timeout(Duration::from_secs(5), request.send())
                .await
                .expect("the sandbox answers within five seconds")
                .expect("the sandbox answers");
            sent.push((format!("{method} {path}"), response));
        }
    }
    sent
}

#[tokio::test]
async fn every_answer_is_kept_from_caches_and_browsers() {
    let app = spawn_app().await;
    let mut answers = every_route(&app).await;
    for path in ["/no-such-route", "/halls/%FF", "/catalog/items/%C3"] {
        answers.push((format!("GET {path}"), app.get(path).await));
    }
    answers.push((
        "DELETE /halls".to_owned(),
        app.send(Method::DELETE, "/halls", None, None).await,
    ));
    assert!(answers.len() > 40, "every route of the document was tried");
    for (route, response) in answers {
        let headers = response.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let cache = header("cache-control");
        assert!(
            cache == "no-store" || (route.contains("/documents/") && cache.starts_with("public")),
            "{route}: answers that may hold tokens or personal data are never stored \
             by a cache (only the public blank forms may be): {cache:?}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff", "{route}");
        assert_eq!(header("x-frame-options"), "DENY", "{route}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{route}");
        assert!(
            header("content-security-policy").contains("default-src 'none'"),
            "{route}"
        );
        let status = response.status();
        if !route.starts_with("HEAD") && (status.is_client_error() || status.is_server_error()) {
            let body: Value = response.json().await.unwrap_or_else(|_| {
                panic!("{route}: the {status} answer is in the JSON error shape")
            });
            let code: ErrorCode = serde_json::from_value(body["code"].clone())
                .unwrap_or_else(|_| panic!("{route}: the error has a code: {body}"));
            assert_ne!(code, ErrorCode::Internal, "{route}: never a 500: {body}");
            assert!(
                body["message"]
                    .as_str()
                    .is_some_and(|message| !message.is_empty()),
                "{route}: the error says what is wrong"
            );
        }
    }
}

#[tokio::test]
async fn a_wrong_method_and_an_unreadable_path_are_errors_in_the_shape() {
    let app = spawn_app().await;
    let wrong_method = app.send(Method::DELETE, "/halls", None, None).await;
    assert_eq!(wrong_method.status(), StatusCode::METHOD_NOT_ALLOWED);
    let error: banshi_api::ApiError = wrong_method.json().await.expect("the error shape");
    assert_eq!(error.message, "这个接口不支持这种请求方法");
    let error = expect_error(
        app.get("/halls/%FF").await,
        StatusCode::NOT_FOUND,
        "a path parameter that is not UTF-8 is no such hall",
    )
    .await;
    assert!(error.message.contains("路径参数无效"), "{}", error.message);
}
