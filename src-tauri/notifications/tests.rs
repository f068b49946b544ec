//! Notifications against a real sandbox whose clock is a Monday morning: the
//! citizen's marriage application is acted on by the hall's staff, and the
//! device catches up, follows the stream, survives a restart and a change of
//! account — showing each notification once and only to its account.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use banshi_api::applications::ApplicationStatus;
use banshi_api::notifications::Notification;
use banshi_sandbox::demo_accounts::PEOPLE;

use super::{Alerts, Notifications};
use crate::context::Context;
use crate::test_support::{DeviceFolder, api, demo_login, device_folder, hall, sandbox_at};

/// What a device showed as OS notifications, in order.
#[derive(Clone, Default)]
struct Shown(Arc<Mutex<Vec<i64>>>);

impl Shown {
    fn ids(&self) -> Vec<i64> {
        self.0.lock().unwrap().clone()
    }
}

impl Alerts for Shown {
    fn show(&self, notification: &Notification) -> Result<(), String> {
        self.0.lock().unwrap().push(notification.id);
        Ok(())
    }
}

/// A sandbox, and the citizen logged in on a device with an application the
/// staff accepted; answers the sandbox's URL, its stop, the device's context
/// and folder, the application's number and the staff's token.
struct Scene {
    url: String,
    _stop: tokio::sync::oneshot::Sender<()>,
    _server: tempfile::TempDir,
    device: DeviceFolder,
    ctx: Context,
    number: banshi_api::ids::ApplicationNumber,
    staff: String,
    owner: String,
}

async fn scene() -> Scene {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, stop) = sandbox_at(server.path(), "2026-11-23T10:00").await;
    let ctx = Context::new(api(&url, device.path()));
    ctx.accounts()
        .log_in(ctx.api(), &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let citizen = hall::token(&url, PEOPLE[0].mobile).await.unwrap();
    let application = hall::submit_marriage(&url, &citizen).await.unwrap();
    let staff = hall::token(&url, hall::HALL_STAFF).await.unwrap();
    hall::staff_act(&url, &staff, &application.number, "accept")
        .await
        .unwrap();
    let owner = ctx
        .accounts()
        .owner()
        .await
        .unwrap()
        .expect("the owner is known");
    Scene {
        url,
        _stop: stop,
        _server: server,
        device,
        ctx,
        number: application.number,
        staff,
        owner,
    }
}

/// The ids of `notifications`.
fn ids(notifications: &[Notification]) -> Vec<i64> {
    notifications.iter().map(|n| n.id).collect()
}

#[tokio::test]
async fn a_restarted_device_catches_up_only_after_the_last_notification_it_kept() {
    let scene = scene().await;
    let first_run = Shown::default();
    let notifications = Notifications::new(scene.ctx.clone(), first_run.clone());
    let before = notifications.catch_up(&scene.owner).await.unwrap();
    assert!(
        before
            .iter()
            .any(|n| n.number.as_ref() == Some(&scene.number)
                && n.status == Some(ApplicationStatus::Accepted)),
        "the acceptance is told to the applicant: {before:?}"
    );
    assert_eq!(first_run.ids(), ids(&before), "each one caught up is shown");
    drop(notifications);

    // The app stops; meanwhile the staff move the application on.
    hall::staff_act(&scene.url, &scene.staff, &scene.number, "review")
        .await
        .unwrap();
    let restarted = Context::new(api(&scene.url, scene.device.path()));
    let second_run = Shown::default();
    let notifications = Notifications::new(restarted, second_run.clone());
    let after = notifications.catch_up(&scene.owner).await.unwrap();
    let newest = before.iter().map(|n| n.id).max().unwrap();
    assert_eq!(
        after.len(),
        1,
        "a restarted device asks only for what came after the last one it kept: {after:?}"
    );
    assert!(after[0].id > newest, "the new one is newer than those kept");
    assert_eq!(after[0].status, Some(ApplicationStatus::InReview));
    assert_eq!(
        second_run.ids(),
        vec![after[0].id],
        "only the new one is shown after the restart"
    );

    let listed = notifications.list().await.unwrap();
    let listed_ids: Vec<i64> = listed.iter().map(|kept| kept.notification.id).collect();
    let mut expected: Vec<i64> = ids(&before).into_iter().chain([after[0].id]).collect();
    expected.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(
        listed_ids, expected,
        "the list holds every one, newest first"
    );
    assert!(listed.iter().all(|kept| !kept.read), "none read yet");
    assert_eq!(
        notifications.mark_read(newest).await.unwrap(),
        1,
        "marking up to an id leaves the newer one unread"
    );
    assert!(
        notifications
            .catch_up(&scene.owner)
            .await
            .unwrap()
            .is_empty(),
        "nothing new"
    );
    assert_eq!(second_run.ids().len(), 1, "nothing shown twice");
}

#[tokio::test]
async fn each_notification_is_shown_once_whether_caught_up_or_streamed() {
    let scene = scene().await;
    let shown = Shown::default();
    let notifications = Notifications::new(scene.ctx.clone(), shown.clone());
    let (sender, mut states) = tokio::sync::mpsc::unbounded_channel();
    notifications
        .watch(move |state| sender.send(state).is_ok())
        .await
        .unwrap();
    assert_eq!(states.recv().await.unwrap().unread, 0, "nothing kept yet");

    // Following catches up first; the stream then starts after the last one
    // kept, and may repeat some: none is shown twice.
    notifications.follow().await.unwrap();
    let unread_at_least = async |states: &mut tokio::sync::mpsc::UnboundedReceiver<_>, n: u32| {
        tokio::time::timeout(Duration::from_secs(15), async {
            loop {
                let state: banshi_api::ipc::notifications::NotificationsState =
                    states.recv().await.expect("the watch goes on");
                if state.unread >= n {
                    return state;
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("{n} unread within 15 s"))
    };
    let caught_up = unread_at_least(&mut states, 1).await.unread;

    // A live one arrives over the stream.
    hall::staff_act(&scene.url, &scene.staff, &scene.number, "review")
        .await
        .unwrap();
    let state = unread_at_least(&mut states, caught_up + 1).await;
    assert!(state.online, "the hall is reached");
    let listed = notifications.list().await.unwrap();
    assert_eq!(
        listed[0].notification.status,
        Some(ApplicationStatus::InReview),
        "the live one is kept, the newest first"
    );

    // Catching up again, and a restart of the app, deliver them all again: no
    // second showing.
    notifications.catch_up(&scene.owner).await.unwrap();
    notifications.stop();
    let restarted = Notifications::new(
        Context::new(api(&scene.url, scene.device.path())),
        shown.clone(),
    );
    restarted.catch_up(&scene.owner).await.unwrap();
    let shown_ids = shown.ids();
    let unique: BTreeSet<i64> = shown_ids.iter().copied().collect();
    let kept: BTreeSet<i64> = listed.iter().map(|kept| kept.notification.id).collect();
    assert_eq!(
        unique.len(),
        shown_ids.len(),
        "none shown twice: {shown_ids:?}"
    );
    assert_eq!(unique, kept, "every one kept was shown");
}

#[tokio::test]
async fn another_account_on_the_device_sees_none_of_the_first_ones() {
    let scene = scene().await;
    let notifications = Notifications::new(scene.ctx.clone(), Shown::default());
    notifications.catch_up(&scene.owner).await.unwrap();
    assert!(!notifications.list().await.unwrap().is_empty());

    scene.ctx.accounts().log_out(scene.ctx.api()).await.unwrap();
    assert!(
        notifications.list().await.unwrap().is_empty(),
        "logged out, nothing is listed"
    );
    notifications.follow().await.unwrap();
    scene
        .ctx
        .accounts()
        .log_in(scene.ctx.api(), &demo_login(PEOPLE[1].mobile))
        .await
        .unwrap();
    assert!(
        notifications.list().await.unwrap().is_empty(),
        "another account on the device never sees the first one's"
    );
    assert_eq!(notifications.state().await.unwrap().unread, 0);
    // A catch-up kept for the first account cannot go out under the second's session.
    assert!(matches!(
        notifications.catch_up(&scene.owner).await,
        Err(crate::ShellError::NotLoggedIn)
    ));
}
