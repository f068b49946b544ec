//! Accounts against a real sandbox and the real system keychain (the test
//! command starts gnome-keyring on a private D-Bus session): the tokens are in
//! the keychain and nowhere else, expired tokens renew unseen, an ended session
//! is forgotten, and acting for an enterprise needs a membership.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use banshi_api::ErrorCode;
use banshi_api::accounts::{DevSmsCode, LoginRequest, RegisterRequest};
use banshi_sandbox::demo_accounts::ENTERPRISE;

use super::{Accounts, Keychain, StoredSession};
use crate::ShellError;
use crate::hall_api::HallApi;
use crate::test_support::files_containing;
use crate::test_support::{api, demo_login, device_folder, sandbox, sandbox_with_dev_sms};

const PASSWORD: &str = "Qiao#Cheng2026";

fn registration() -> RegisterRequest {
    RegisterRequest {
        name: "周小雨".into(),
        // A valid ID from domain.md's vectors.
        resident_id: "44011320141005001X".into(),
        mobile: "13712345678".into(),
        password: PASSWORD.into(),
    }
}

/// Every log line this test binary writes, at every level, from every thread.
/// (A per-thread subscriber would miss lines whose call sites other tests, running
/// in parallel without one, reached first.)
#[derive(Clone, Default)]
struct CapturedLog(Arc<Mutex<Vec<u8>>>);

impl Write for CapturedLog {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl CapturedLog {
    /// The binary's log, capturing from the first call on.
    fn global() -> &'static CapturedLog {
        static LOG: OnceLock<CapturedLog> = OnceLock::new();
        LOG.get_or_init(|| {
            let log = CapturedLog::default();
            let writer = log.clone();
            tracing::subscriber::set_global_default(
                tracing_subscriber::fmt()
                    .with_max_level(tracing::Level::TRACE)
                    .with_writer(move || writer.clone())
                    .finish(),
            )
            .expect("no other test sets a global subscriber");
            log
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// The code a development sandbox last texted to `mobile`.
async fn texted_code(api: &HallApi, mobile: &str) -> String {
    let outbox = api
        .client()
        .await
        .unwrap()
        .download(
            "read the development outbox",
            &format!("dev/sms-codes/{mobile}"),
        )
        .await
        .unwrap();
    serde_json::from_slice::<DevSmsCode>(&outbox).unwrap().code
}

async fn stored(device: &Path) -> Option<StoredSession> {
    Keychain::for_profile(device).load().await.unwrap()
}

#[tokio::test]
async fn the_tokens_live_in_the_keychain_and_nowhere_else() {
    let log = CapturedLog::global();
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox_with_dev_sms(server.path()).await;
    let api = api(&url, device.path());
    let accounts = Accounts::new(device.path());

    let started = accounts.register(&api, &registration()).await.unwrap();
    assert_eq!(
        started.mobile, "137****5678",
        "the code went to the number, masked"
    );
    assert!(
        stored(device.path()).await.is_none(),
        "no session before the code comes back"
    );
    let code = texted_code(&api, &registration().mobile).await;
    let account = accounts
        .confirm_registration(&api, registration(), code)
        .await
        .unwrap();
    assert_eq!(account.profile.name, "周小雨");
    assert_eq!(account.acting_as, None);
    assert!(
        !account.profile.resident_id.contains("201410"),
        "the UI gets the ID number masked"
    );
    let session = stored(device.path())
        .await
        .expect("the keychain holds the session after registering");
    let client = api.client().await.unwrap();
    assert_eq!(
        client.me(&session.access_token).await.unwrap().name,
        "周小雨",
        "the keychain's access token is the live one"
    );

    // An expired access token is renewed without the user noticing.
    Keychain::for_profile(device.path())
        .save(&StoredSession {
            access_expires_at: 0,
            ..session.clone()
        })
        .await
        .unwrap();
    let current = accounts
        .current(&api)
        .await
        .unwrap()
        .expect("still logged in");
    assert_eq!(current.profile.name, "周小雨");
    let renewed = stored(device.path()).await.expect("a renewed session");
    assert_ne!(renewed.access_token, session.access_token);
    assert_ne!(renewed.refresh_token, session.refresh_token);

    accounts.log_out(&api).await.unwrap();
    assert!(
        stored(device.path()).await.is_none(),
        "logging out empties the keychain"
    );
    assert!(
        client
            .me(&renewed.access_token)
            .await
            .unwrap_err()
            .is_unauthorized(),
        "and the hall no longer accepts the token"
    );
    assert!(accounts.current(&api).await.unwrap().is_none());

    let log = log.text();
    assert!(log.contains("logged in"), "the log is captured: {log}");
    let tokens_and_password = [
        session.access_token.as_str(),
        session.refresh_token.as_str(),
        renewed.access_token.as_str(),
        renewed.refresh_token.as_str(),
        PASSWORD,
    ];
    for secret in tokens_and_password {
        assert!(
            !log.contains(secret),
            "a token or the password reached the log"
        );
        for dir in [device.path(), server.path()] {
            assert_eq!(
                files_containing(dir, secret),
                Vec::<std::path::PathBuf>::new(),
                "a token or the password reached a file (the hall keeps only digests)"
            );
        }
    }
    // The hall's own database must hold the full ID number; the device never does.
    let id = registration().resident_id;
    assert!(!log.contains(&id), "the full ID number reached the log");
    assert!(files_containing(device.path(), &id).is_empty());
}

/// Logs in as the demo enterprise's legal representative.
async fn representative(accounts: &Accounts, api: &crate::hall_api::HallApi) {
    let login = demo_login(ENTERPRISE.representative);
    accounts.log_in(api, &login).await.unwrap();
}

#[tokio::test]
async fn acting_for_an_enterprise_needs_a_membership_and_lasts_the_session() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let accounts = Accounts::new(device.path());
    representative(&accounts, &api).await;

    let acting = accounts
        .act_as(&api, Some(ENTERPRISE.uscc.into()))
        .await
        .unwrap();
    assert_eq!(
        acting.acting_as.as_ref().map(|e| e.name.as_str()),
        Some(ENTERPRISE.name)
    );
    let current = accounts.current(&api).await.unwrap().unwrap();
    assert_eq!(
        current.acting_as, acting.acting_as,
        "the choice is remembered"
    );

    let refused = accounts
        .act_as(&api, Some("91350100M000100Y43".into()))
        .await
        .unwrap_err();
    assert!(matches!(refused, ShellError::NotAMember), "{refused:?}");

    accounts.log_out(&api).await.unwrap();
    representative(&accounts, &api).await;
    let again = accounts.current(&api).await.unwrap().unwrap();
    assert_eq!(again.acting_as, None, "a new login starts as oneself");
}

#[tokio::test]
async fn a_session_ended_elsewhere_is_forgotten() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let accounts = Accounts::new(device.path());
    representative(&accounts, &api).await;
    let session = stored(device.path()).await.unwrap();
    // The session is revoked behind the app's back (say, from another device).
    api.client()
        .await
        .unwrap()
        .log_out(&session.access_token)
        .await
        .unwrap();

    let error = accounts.current(&api).await.unwrap_err();
    assert!(matches!(error, ShellError::SessionEnded), "{error:?}");
    assert!(stored(device.path()).await.is_none());
    assert!(
        accounts.current(&api).await.unwrap().is_none(),
        "afterwards the app is simply logged out"
    );
}

#[tokio::test]
async fn a_wrong_password_is_the_halls_message_and_stores_nothing() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let accounts = Accounts::new(device.path());
    let login = LoginRequest {
        mobile: ENTERPRISE.representative.into(),
        password: Some("Wrong#Pass1".into()),
        sms_code: None,
    };
    let error = banshi_api::ApiError::from(accounts.log_in(&api, &login).await.unwrap_err());
    assert_eq!(error.message, "手机号码或密码不正确");
    assert!(stored(device.path()).await.is_none());
}

#[tokio::test]
async fn an_sms_code_logs_in_and_a_second_one_waits_a_minute() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox_with_dev_sms(server.path()).await;
    let api = api(&url, device.path());
    let accounts = Accounts::new(device.path());
    let mobile = ENTERPRISE.representative;

    let error =
        banshi_api::ApiError::from(accounts.send_sms_code(&api, "1390000").await.unwrap_err());
    assert_eq!(
        error.code,
        ErrorCode::BadRequest,
        "a short number is refused before sending"
    );
    let sent = accounts.send_sms_code(&api, mobile).await.unwrap();
    assert_eq!(sent.expires_in, 300);
    let again = banshi_api::ApiError::from(accounts.send_sms_code(&api, mobile).await.unwrap_err());
    assert_eq!(again.code, ErrorCode::TooManyRequests);

    let login = LoginRequest {
        mobile: mobile.into(),
        password: None,
        sms_code: Some(texted_code(&api, mobile).await),
    };
    let account = accounts.log_in(&api, &login).await.unwrap();
    assert_eq!(account.profile.name, "李建国");
    assert!(stored(device.path()).await.is_some());
}
