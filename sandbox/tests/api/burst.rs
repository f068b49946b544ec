//! Many people booking one slot at the same moment, each under their own
//! Idempotency-Key: the load the API tests check for overbooking and the
//! booking benchmark (`benches/booking_load.rs`, which includes this file) times.

use std::time::{Duration, Instant};

use reqwest::StatusCode;

/// How one booking of the burst was answered.
pub struct Answer {
    pub status: StatusCode,
    /// The error message, for a refusal.
    pub message: String,
    /// From sending the request to reading the whole answer.
    pub latency: Duration,
}

/// Sends `body` to `POST {api_url}/bookings` once per token, all at once;
/// answers in the order of `tokens`.
pub async fn book_at_once(
    client: &reqwest::Client,
    api_url: &str,
    tokens: &[String],
    body: &serde_json::Value,
) -> Vec<Answer> {
    let requests = tokens.iter().enumerate().map(|(index, token)| async move {
        let sent = Instant::now();
        let response = client
            .post(format!("{api_url}/bookings"))
            .bearer_auth(token)
            .header("Idempotency-Key", format!("burst-{index:05}"))
            .json(body)
            .send()
            .await
            .expect("the request reaches the sandbox");
        let status = response.status();
        let answer: serde_json::Value = response.json().await.expect("a JSON answer");
        Answer {
            status,
            message: answer["message"].as_str().unwrap_or_default().to_owned(),
            latency: sent.elapsed(),
        }
    });
    futures_util::future::join_all(requests).await
}
