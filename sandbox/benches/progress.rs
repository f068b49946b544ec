//! `cargo bench -p banshi-sandbox --bench progress`: following applications,
//! against a sandbox on a free loopback port (client and server share this
//! process and its cores).
//!
//! 1. From a staff action to its notification reaching a logged-in app over
//!    `GET /notifications/stream`: 200 actions (50 applications accepted,
//!    reviewed, approved and completed), p50 / p99 of the time from sending
//!    the action to reading its event.
//! 2. `GET /staff/applications` with 10,000 applications in the hall: p50 /
//!    p99 over 20 requests, and the size of the answer.

#[path = "city.rs"]
mod city;

use std::time::{Duration, Instant};

use banshi_api::notifications::Notification;
use banshi_sandbox::demo_accounts::{DEMO_PASSWORD, PEOPLE};
use banshi_sandbox::{Application, Settings, clock};
use futures_util::StreamExt;
use serde_json::json;

const STREAMED_APPLICATIONS: usize = 50;
const LISTED_APPLICATIONS: usize = 10_000;
const LISTINGS: usize = 20;

fn percentile(sorted: &[Duration], share: f64) -> Duration {
    let rank = (share * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

async fn token(client: &reqwest::Client, api_url: &str, mobile: &str) -> String {
    let tokens: serde_json::Value = client
        .post(format!("{api_url}/sessions"))
        .json(&json!({ "mobile": mobile, "password": DEMO_PASSWORD }))
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .expect("a demo person logs in")
        .json()
        .await
        .expect("tokens");
    tokens["access_token"].as_str().expect("a token").to_owned()
}

/// Stores `count` marriage applications of the demo citizen straight into
/// the database (the API's submission is not what is measured), numbered from
/// `offset`: all waiting for acceptance, or with `in_review` two in three under
/// review with due dates over a month; answers their numbers.
async fn fill(
    data: &std::path::Path,
    item: &str,
    count: usize,
    offset: usize,
    in_review: bool,
) -> Vec<String> {
    let pool = sqlx::SqlitePool::connect(&format!(
        "sqlite:{}",
        data.join("sandbox.sqlite3").display()
    ))
    .await
    .expect("the sandbox's database");
    let user_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE mobile = ?")
        .bind(PEOPLE[0].mobile)
        .fetch_one(&pool)
        .await
        .expect("the demo citizen");
    let mut tx = pool.begin().await.expect("a transaction");
    let mut numbers = Vec::new();
    for i in 0..count {
        let number = format!("BZ20261123{:06}", offset + i + 1);
        // Spread over a month of due dates, some accepted and some waiting.
        let accepted =
            (in_review && i % 3 != 0).then_some(1_795_000_000 + (i as i64 % 30) * 86_400);
        let due = accepted.map(|_| format!("2026-12-{:02}", 1 + i % 28));
        sqlx::query(
            "INSERT INTO applications (number, user_id, item_code, item_name, answers, delivery,
                 status, submitted_at, hall, department, promised_days, accepted_at, due_on)
             VALUES (?, ?, ?, '结婚登记', '{}', 'pick_up', ?, 1795000000, 'shizhi', '市民政局', 10, ?, ?)",
        )
        .bind(&number)
        .bind(user_id)
        .bind(item)
        .bind(if accepted.is_some() { "in_review" } else { "submitted" })
        .bind(accepted)
        .bind(due)
        .execute(&mut *tx)
        .await
        .expect("an application");
        numbers.push(number);
    }
    tx.commit().await.expect("the applications are stored");
    numbers
}

#[tokio::main]
async fn main() {
    let data = tempfile::tempdir().expect("a temporary data folder");
    let settings = Settings {
        clock: Some(clock::parse_china_instant("2026-11-23T10:00").expect("a China time")),
        queue_pace: 0,
        ..Settings::loopback(data.path())
    };
    let server = Application::spawn(&settings)
        .await
        .expect("the sandbox starts");
    let api_url = server.api_url.clone();
    let client = reqwest::Client::new();
    let item = city::marriage_code(&client, &api_url).await.to_string();
    let citizen = token(&client, &api_url, PEOPLE[0].mobile).await;
    let staff = token(&client, &api_url, PEOPLE[4].mobile).await;

    let numbers = fill(data.path(), &item, STREAMED_APPLICATIONS, 0, false).await;
    let stream = client
        .get(format!("{api_url}/notifications/stream"))
        .bearer_auth(&citizen)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .expect("the stream opens");
    let mut events = eventsource_stream::Eventsource::eventsource(stream.bytes_stream());
    let mut latencies = Vec::new();
    for number in &numbers {
        for action in ["accept", "review", "approve", "complete"] {
            let started = Instant::now();
            client
                .post(format!("{api_url}/staff/applications/{number}/actions"))
                .bearer_auth(&staff)
                .json(&json!({ "action": action }))
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .expect("the staff's action");
            let event = events
                .next()
                .await
                .expect("the stream goes on")
                .expect("an event");
            let notification: Notification =
                serde_json::from_str(&event.data).expect("a notification");
            assert_eq!(
                notification.number.map(|n| n.to_string()).as_ref(),
                Some(number)
            );
            latencies.push(started.elapsed());
        }
    }
    latencies.sort_unstable();
    println!(
        "{} staff actions to their event on the applicant's stream: p50 {:.1} ms, p99 {:.1} ms",
        latencies.len(),
        millis(percentile(&latencies, 0.50)),
        millis(percentile(&latencies, 0.99)),
    );

    fill(
        data.path(),
        &item,
        LISTED_APPLICATIONS,
        STREAMED_APPLICATIONS,
        true,
    )
    .await;
    let mut latencies = Vec::new();
    let mut bytes = 0;
    for _ in 0..LISTINGS {
        let started = Instant::now();
        let body = client
            .get(format!("{api_url}/staff/applications"))
            .bearer_auth(&staff)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .expect("the hall's list")
            .bytes()
            .await
            .expect("the list's body");
        latencies.push(started.elapsed());
        bytes = body.len();
    }
    latencies.sort_unstable();
    println!(
        "GET /staff/applications with {LISTED_APPLICATIONS} unfinished applications in the hall: \
         p50 {:.1} ms, p99 {:.1} ms, {:.1} MB",
        millis(percentile(&latencies, 0.50)),
        millis(percentile(&latencies, 0.99)),
        bytes as f64 / 1e6,
    );
}
