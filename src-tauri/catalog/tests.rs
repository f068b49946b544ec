//! The catalog copy against a real sandbox: the first sync, an unchanged
//! catalog, a changed one, and no network.

use std::cell::Cell;

use banshi_api::search::SearchRequest;

use super::Catalog;
use super::store::{SnapshotStore, StoredMeta};
use crate::context::Context;
use crate::test_support::{api, sandbox};

fn sfz() -> SearchRequest {
    SearchRequest {
        text: "sfz".into(),
        ..SearchRequest::default()
    }
}

#[tokio::test]
async fn the_first_sync_downloads_stores_and_indexes_the_catalog() {
    let (server, device) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (url, _stop) = sandbox(server.path()).await;
    let catalog = Catalog::new(Context::new(api(&url, device.path())));
    assert!(
        catalog.search(&sfz()).await.is_err(),
        "nothing to search before a sync"
    );

    let reports = Cell::new(0);
    let status = catalog
        .sync(|progress| {
            reports.set(reports.get() + 1);
            assert!(
                progress
                    .total
                    .is_none_or(|total| progress.received <= total)
            );
        })
        .await
        .unwrap();
    assert!(status.online && status.version.is_some());
    assert!(status.items >= 3000, "the whole catalog is on the device");
    assert!(reports.get() > 0, "the download reports its progress");
    let found = catalog.search(&sfz()).await.unwrap();
    assert!(
        found.hits[0].item.name.contains("身份证"),
        "the copy is searchable"
    );
    assert!(
        device.path().join("catalog/snapshot.json").exists(),
        "and stored"
    );
}

#[tokio::test]
async fn an_unchanged_catalog_costs_no_download() {
    let (server, device) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let first = Catalog::new(Context::new(api.clone()))
        .sync(|_| {})
        .await
        .unwrap();

    // A new start of the app: the stored copy is loaded, and the hall says 304.
    let catalog = Catalog::new(Context::new(api));
    let reports = Cell::new(0);
    let again = catalog
        .sync(|_| reports.set(reports.get() + 1))
        .await
        .unwrap();
    assert_eq!(reports.get(), 0, "an unchanged catalog downloads nothing");
    assert_eq!(again.version, first.version);
    assert!(
        again.synced_at >= first.synced_at,
        "the check itself is recorded"
    );
    assert!(catalog.search(&sfz()).await.is_ok());
}

#[tokio::test]
async fn a_changed_catalog_replaces_the_stored_copy() {
    let (server, device) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (url, _stop) = sandbox(server.path()).await;
    // The device holds an older catalog than the hall's.
    let store = SnapshotStore::new(device.path().join("catalog"));
    let old = r#"{"version":"old","halls":[],"items":[]}"#;
    let stale = StoredMeta {
        etag: "\"old\"".into(),
        version: "old".into(),
        synced_at: 1,
    };
    store.save(&stale, old.as_bytes().to_vec()).await.unwrap();

    let catalog = Catalog::new(Context::new(api(&url, device.path())));
    let status = catalog.sync(|_| {}).await.unwrap();
    assert_ne!(
        status.version.as_deref(),
        Some("old"),
        "the hall's newer catalog replaces it"
    );
    assert!(status.items >= 3000);
    let (meta, _) = store.load().await.unwrap().unwrap();
    assert_eq!(Some(meta.version), status.version, "and is what is stored");
}

#[tokio::test]
async fn offline_the_stored_copy_keeps_answering_and_says_so() {
    let (server, device) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (url, stop) = sandbox(server.path()).await;
    let synced = Catalog::new(Context::new(api(&url, device.path())))
        .sync(|_| {})
        .await
        .unwrap();
    drop(stop);
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;

    // The app starts again with the hall unreachable.
    let catalog = Catalog::new(Context::new(api(&url, device.path())));
    let status = catalog.sync(|_| {}).await.unwrap();
    assert!(!status.online, "the status says the app is offline");
    assert_eq!(status.version, synced.version, "the last copy is kept");
    assert_eq!(
        status.synced_at, synced.synced_at,
        "and dated by its last sync"
    );
    let found = catalog.search(&sfz()).await.unwrap();
    assert!(
        found.hits[0].item.name.contains("身份证"),
        "search works offline"
    );
}

#[tokio::test]
async fn with_no_copy_and_no_network_the_sync_fails_clearly() {
    let device = tempfile::tempdir().unwrap();
    let unreachable = api("http://127.0.0.1:9/api/v1", device.path());
    let catalog = Catalog::new(Context::new(unreachable));
    let error = banshi_api::ApiError::from(catalog.sync(|_| {}).await.unwrap_err());
    assert_eq!(
        error.code,
        banshi_api::ErrorCode::Unavailable,
        "the UI shows the offline notice"
    );
    assert!(catalog.search(&sfz()).await.is_err());
}
