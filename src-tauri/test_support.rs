//! What the shell's tests against a real sandbox share: a sandbox on a free
//! port, the app's handle on it, and device folders that leave no session
//! behind in the keychain.

use std::path::Path;

use banshi_sandbox::{Application, Settings};
use tokio::sync::oneshot;

use crate::accounts::Keychain;
use crate::config::{ApiTarget, Config, parse_api_url};

#[path = "../tests/support/files.rs"]
mod files;
#[path = "../tests/support/hall.rs"]
pub mod hall;
use crate::hall_api::{self, HallApi};
pub use files::files_containing;

/// A device's data folder for one test. Dropping it also forgets the session
/// a test logged into under it, even when the test failed, so no run leaves an
/// entry in the keychain it used (a developer's real one, outside CI's
/// throwaway keyring).
pub struct DeviceFolder {
    folder: tempfile::TempDir,
}

impl DeviceFolder {
    pub fn path(&self) -> &Path {
        self.folder.path()
    }
}

impl Drop for DeviceFolder {
    fn drop(&mut self) {
        let keychain = Keychain::for_profile(self.folder.path());
        // Drop cannot await, and may run inside the test's runtime: the
        // keychain is cleared on a thread and runtime of its own.
        let cleared = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .build()
                .map(|runtime| runtime.block_on(keychain.clear()))
        })
        .join();
        if !matches!(cleared, Ok(Ok(Ok(())))) {
            eprintln!("a test's session may be left in the keychain");
        }
    }
}

/// A fresh device folder (see [`DeviceFolder`]).
pub fn device_folder() -> DeviceFolder {
    DeviceFolder {
        folder: tempfile::tempdir().unwrap(),
    }
}

/// A sandbox on a free port with its data in `data`; dropping the sender stops it.
pub async fn sandbox(data: &Path) -> (String, oneshot::Sender<()>) {
    serve(Settings::loopback(data)).await
}

/// A sandbox that also shows the SMS codes it sends, at `dev/sms-codes/{mobile}`.
pub async fn sandbox_with_dev_sms(data: &Path) -> (String, oneshot::Sender<()>) {
    serve(Settings {
        dev_sms: true,
        ..Settings::loopback(data)
    })
    .await
}

/// A sandbox whose clock starts at `clock` (China time, `YYYY-MM-DDTHH:MM`)
/// and whose queue moves only when staff call numbers.
pub async fn sandbox_at(data: &Path, clock: &str) -> (String, oneshot::Sender<()>) {
    serve(Settings {
        clock: Some(banshi_sandbox::clock::parse_china_instant(clock).unwrap()),
        queue_pace: 0,
        ..Settings::loopback(data)
    })
    .await
}

async fn serve(settings: Settings) -> (String, oneshot::Sender<()>) {
    let running = Application::spawn(&settings).await.unwrap();
    (running.api_url, running.stop)
}

/// The app's handle on the hall API at `url`, for a device keeping its data in `data_dir`.
pub fn api(url: &str, data_dir: &Path) -> HallApi {
    hall_api::install_tls_provider();
    HallApi::new(Config {
        api: ApiTarget::Remote(parse_api_url(url).unwrap()),
        data_dir: data_dir.to_owned(),
    })
}

/// A password login of the demo person with `mobile`.
pub fn demo_login(mobile: &str) -> banshi_api::accounts::LoginRequest {
    banshi_api::accounts::LoginRequest {
        mobile: mobile.into(),
        password: Some(banshi_sandbox::demo_accounts::DEMO_PASSWORD.into()),
        sms_code: None,
    }
}

/// The hall's first page of items for `query` (e.g. `q=结婚登记&hall=shizhi`).
pub async fn items(api: &HallApi, query: &str) -> banshi_api::catalog::ItemPage {
    let bytes = api
        .client()
        .await
        .unwrap()
        .download("list items", &format!("catalog/items?{query}"))
        .await
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}
