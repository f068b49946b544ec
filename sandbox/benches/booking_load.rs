//! `cargo bench -p banshi-sandbox --bench booking_load`: 500 people, each
//! logged in, book the same slot of 20 places at the same moment, against a
//! sandbox on a free loopback port (client and server share this process and
//! its cores). Five rounds, each on a fresh sandbox; prints the throughput and
//! the p50 / p99 latency of each and of all, and checks that exactly 20 people
//! got a place every time.

#[path = "../tests/api/burst.rs"]
mod burst;

#[path = "city.rs"]
mod city;

use std::time::{Duration, Instant};

use banshi_sandbox::demo::crowd::log_in_crowd;
use banshi_sandbox::store::SlotKey;
use banshi_sandbox::{Application, Settings, clock};
use reqwest::StatusCode;

const PEOPLE: usize = 500;
const PLACES: u32 = 20;
const ROUNDS: usize = 5;

/// The latency below which `share` of `sorted` fall.
fn percentile(sorted: &[Duration], share: f64) -> Duration {
    let rank = (share * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// One burst on a fresh sandbox: the wall time of the burst and each latency.
async fn round(client: &reqwest::Client) -> (Duration, Vec<Duration>) {
    let data = tempfile::tempdir().expect("a temporary data folder");
    let settings = Settings {
        clock: Some(clock::parse_china_instant("2026-11-23T08:30").expect("a China time")),
        queue_pace: 0,
        ..Settings::loopback(data.path())
    };
    let server = Application::spawn(&settings)
        .await
        .expect("the sandbox starts");
    let (api_url, db) = (server.api_url.clone(), server.store.clone());

    let item = city::marriage_code(client, &api_url).await;
    let hall = banshi_api::halls::HallCode::parse("shizhi").expect("a hall code");
    let slot = SlotKey {
        hall: &hall,
        item_code: &item,
        date: banshi_api::dates::Date::parse("2026-11-24").expect("a date"),
        starts: "10:00",
    };
    db.open_slot(slot, PLACES)
        .await
        .expect("a slot of 20 places");
    let crowd = log_in_crowd(&*db, PEOPLE).await.expect("500 people log in");
    let body = serde_json::json!({ "item_code": item, "date": slot.date, "starts": slot.starts });

    let started = Instant::now();
    let answers = burst::book_at_once(client, &api_url, &crowd, &body).await;
    let wall = started.elapsed();
    let created = answers
        .iter()
        .filter(|answer| answer.status == StatusCode::CREATED)
        .count();
    let full = answers
        .iter()
        .filter(|answer| {
            answer.status == StatusCode::CONFLICT && answer.message.contains("名额已满")
        })
        .count();
    assert_eq!(
        (created, full),
        (PLACES as usize, PEOPLE - PLACES as usize),
        "exactly the places are given and every other booking is told the slot is full"
    );
    // Dropping the handle stops the server before the next round starts.
    drop(server);
    (wall, answers.iter().map(|answer| answer.latency).collect())
}

#[tokio::main]
async fn main() {
    let client = reqwest::Client::new();
    let mut all = Vec::new();
    let mut rates = Vec::new();
    println!("{PEOPLE} concurrent POST /bookings for one slot of {PLACES} places");
    for number in 1..=ROUNDS {
        let (wall, mut latencies) = round(&client).await;
        latencies.sort_unstable();
        let rate = PEOPLE as f64 / wall.as_secs_f64();
        println!(
            "round {number}: {rate:7.0} requests/s ({:.0} ms for the burst), p50 {:6.1} ms, p99 {:6.1} ms",
            millis(wall),
            millis(percentile(&latencies, 0.50)),
            millis(percentile(&latencies, 0.99)),
        );
        rates.push(rate);
        all.extend(latencies);
    }
    all.sort_unstable();
    rates.sort_unstable_by(f64::total_cmp);
    println!(
        "all rounds: median {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms",
        rates[rates.len() / 2],
        millis(percentile(&all, 0.50)),
        millis(percentile(&all, 0.99)),
    );
}
