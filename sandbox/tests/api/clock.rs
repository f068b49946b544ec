//! One clock: with the sandbox's clock set years away from the real time, in
//! either direction, every time-based rule goes by it — the ID card's validity
//! at registration, the codes and sessions and their expiry, the limits'
//! windows, uploads, idempotency claims, an application's submission time and
//! promised date — so a demo (or a timeline) never mixes two clocks.

use banshi_api::applications::Application;
use banshi_sandbox::clock;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{PHOTO, expect, mobile, register, registered_session, spawn_app_at};

/// Whether `time` (Unix seconds) lies within two minutes after `start`.
fn near(time: i64, start: i64) -> bool {
    (start..start + 120).contains(&time)
}

#[tokio::test]
async fn every_time_based_rule_follows_the_sandboxs_clock() {
    for (moment, year) in [("2023-03-06T10:00", 2023), ("2031-06-02T10:00", 2031)] {
        let start = clock::parse_china_instant(moment).expect("a China time");
        let app = spawn_app_at(moment).await;

        let profile = register(&app, 1).await;
        assert_eq!(
            profile["licences"][0]["valid_until"],
            format!("{}-{}", year + 20, &moment[5..10]),
            "{moment}: the ID card found at registration is valid 20 years from the sandbox's today"
        );
        let tokens = registered_session(&app, 2).await;
        let token = tokens["access_token"].as_str().expect("a token");
        assert_eq!(
            app.send(Method::GET, "/me", None, Some(token))
                .await
                .status(),
            StatusCode::OK,
            "{moment}: a session minted by the sandbox's clock is live by it"
        );
        let sent = app
            .post("/sessions/sms-codes", &json!({ "mobile": mobile(2) }), None)
            .await;
        assert_eq!(sent.status(), StatusCode::ACCEPTED);
        let code: Value = app.get_ok(&format!("/dev/sms-codes/{}", mobile(2))).await;
        assert!(
            (295..=300).contains(&code["expires_in"].as_i64().expect("seconds")),
            "{moment}: a code lives five minutes by the sandbox's clock: {code}"
        );

        let photo = std::fs::read(PHOTO).expect("the fixture photo");
        app.upload(token, &photo).await;
        let page: banshi_api::catalog::ItemPage =
            app.get_ok("/catalog/items?q=生育登记&hall=shizhi").await;
        let item = &page
            .items
            .iter()
            .find(|item| item.name == "生育登记")
            .expect("生育登记")
            .code;
        let application: Application = expect(
            app.post_once(
                "/applications",
                &json!({
                    "item_code": item, "form_version": 1, "delivery": "pick_up",
                    "answers": {
                        "name": "张三",
                        "address": {
                            "province": "34", "city": "3416", "district": "341602",
                            "detail": "芍花路 1 号",
                        },
                        "details": "申请办理第一个孩子的生育登记",
                        "agent": false,
                    },
                }),
                token,
                "clock-submit",
            )
            .await,
            StatusCode::CREATED,
            "the application is submitted",
        )
        .await;
        assert!(
            near(application.submitted_at, start),
            "{moment}: submitted at the sandbox's now, not the real one ({})",
            application.submitted_at
        );

        let database = app.database().await;
        for (what, query) in [
            ("an upload's start", "SELECT MIN(created_at) FROM uploads"),
            (
                "an application's first event",
                "SELECT MIN(at) FROM application_events",
            ),
            (
                "an idempotency claim",
                "SELECT MIN(created_at) FROM idempotency_keys",
            ),
            (
                "a limit's window",
                "SELECT MIN(window_started_at) FROM rate_limits",
            ),
            ("an account", "SELECT MIN(created_at) FROM users"),
        ] {
            let time: i64 = sqlx::query_scalar(query)
                .fetch_one(&database)
                .await
                .expect("the time is stored");
            assert!(
                near(time, start - 60),
                "{moment}: {what} is dated by the sandbox's clock ({time}, clock started at {start})"
            );
        }
    }
}
