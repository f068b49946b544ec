//! The queue against a real sandbox whose clock is a Monday morning: a number
//! taken, and the hall's queue followed live while staff call the next one.

use std::time::Duration;

use banshi_api::accounts::TokenPair;
use banshi_api::queue::TicketRequest;
use banshi_sandbox::demo_accounts::{DEMO_PASSWORD, PEOPLE};

use super::Queues;
use crate::context::Context;
use crate::test_support::{api, demo_login, device_folder, sandbox_at};

const CITY_HALL: &str = "shizhi";

#[tokio::test]
async fn the_queue_is_followed_live() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox_at(server.path(), "2026-11-23T10:00").await;
    let api = api(&url, device.path());
    let ctx = Context::new(api.clone());
    let accounts = ctx.accounts();
    let queues = Queues::new(ctx.clone());
    accounts
        .log_in(&api, &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let ticket = queues
        .take_ticket(CITY_HALL, &TicketRequest { group: "A".into() })
        .await
        .unwrap();
    assert!(ticket.number.starts_with('A'));

    let (sender, mut changes) = tokio::sync::mpsc::unbounded_channel();
    queues.watch(CITY_HALL, move |queue| sender.send(queue).is_ok());
    let mut next_change = async || {
        tokio::time::timeout(Duration::from_secs(10), changes.recv())
            .await
            .expect("a change within 10 s")
            .expect("the watch goes on")
    };
    let first = next_change().await;
    let serving = |queue: &banshi_api::queue::Queue| {
        queue
            .groups
            .iter()
            .find(|g| g.code == "A")
            .and_then(|g| g.now_serving.clone())
    };

    let staff = PEOPLE.iter().find(|p| p.mobile == "13900000009").unwrap();
    let http = reqwest::Client::new();
    let pair: TokenPair = http
        .post(format!("{url}/sessions"))
        .json(&serde_json::json!({ "mobile": staff.mobile, "password": DEMO_PASSWORD }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let called = http
        .post(format!("{url}/halls/{CITY_HALL}/queue/A/call"))
        .bearer_auth(&pair.access_token)
        .send()
        .await
        .unwrap();
    assert!(called.status().is_success(), "{}", called.status());
    let next = next_change().await;
    assert_ne!(
        serving(&next),
        serving(&first),
        "the next number is being served"
    );
    queues.unwatch();
}
