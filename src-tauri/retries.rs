//! What every request that changes something at the hall needs to be safe on a
//! weak network: a fresh unguessable key (an Idempotency-Key or a local id), and
//! retries with backoff when the network, not the hall, failed.

use crate::ShellError;

/// `call` again after a network failure, with exponential backoff and jitter
/// (at most 4 more tries, a few seconds in all); other errors are final.
pub(crate) async fn retried<T, F, Fut>(call: F) -> Result<T, ShellError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, ShellError>>,
{
    use backon::{ExponentialBuilder, Retryable};
    call.retry(
        ExponentialBuilder::default()
            .with_min_delay(std::time::Duration::from_millis(200))
            .with_max_times(4)
            .with_jitter(),
    )
    .when(|error| matches!(error, ShellError::Network { .. }))
    .await
}

/// A fresh id: the time and 64 random bits, hex.
pub(crate) fn new_id() -> String {
    let mut random = [0u8; 8];
    // Without the OS's randomness the time alone still tells ids apart on one device.
    let _ = getrandom::fill(&mut random);
    let random: String = random.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{:x}-{random}", crate::clock::now_ms())
}

#[cfg(test)]
mod tests {
    use super::new_id;

    #[test]
    fn device_ids_are_distinct_and_have_a_draft_ids_shape() {
        let (a, b) = (new_id(), new_id());
        assert_ne!(a, b);
        assert!(banshi_api::ids::DraftId::parse(&a).is_ok(), "{a}");
    }
}
