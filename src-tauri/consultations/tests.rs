//! Questions and complaints against a real sandbox: the draft kept per
//! account and subject and restored as typed, its photos prepared without
//! their metadata and at most four, the text checked on the device and said
//! of its field, and a question sent once with its photos, its draft gone.

use banshi_api::consultations::{ConsultationAbout, ConsultationKind, ConsultationStatus};
use banshi_api::ids::ItemCode;
use banshi_sandbox::demo_accounts::PEOPLE;

use super::Consultations;
use crate::ShellError;
use crate::context::Context;
use crate::test_support::{DeviceFolder, api, demo_login, device_folder, items, sandbox};

/// A device with a person logged in, and its questions and complaints.
struct Device {
    ctx: Context,
    consultations: Consultations,
    _folder: DeviceFolder,
}

impl Device {
    async fn logged_in(url: &str, mobile: &str) -> Self {
        let folder = device_folder();
        let ctx = Context::new(api(url, folder.path()));
        ctx.accounts()
            .log_in(ctx.api(), &demo_login(mobile))
            .await
            .unwrap();
        Self {
            consultations: Consultations::new(ctx.clone()),
            ctx,
            _folder: folder,
        }
    }
}

async fn about_item(ctx: &Context, query: &str) -> ConsultationAbout {
    let code: ItemCode = items(ctx.api(), query).await.items[0].code.clone();
    ConsultationAbout::Item { code }
}

fn gps_photo() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/photos/gps/DSCN0010.jpg"
    ))
    .unwrap()
}

#[tokio::test]
async fn a_question_is_kept_as_typed_for_its_subject_and_its_account() {
    let server = tempfile::tempdir().unwrap();
    let (url, _stop) = sandbox(server.path()).await;
    let folder = device_folder();
    let ctx = Context::new(api(&url, folder.path()));
    let consultations = Consultations::new(ctx.clone());
    let marriage = about_item(&ctx, "q=结婚登记&hall=shizhi").await;

    let refused = consultations
        .open(ConsultationKind::Question, &marriage)
        .await
        .unwrap_err();
    assert!(matches!(refused, ShellError::NotLoggedIn), "{refused:?}");

    let accounts = ctx.accounts();
    accounts
        .log_in(ctx.api(), &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let draft = consultations
        .open(ConsultationKind::Question, &marriage)
        .await
        .unwrap();
    assert!(draft.text.is_empty() && draft.photos.is_empty());
    consultations
        .save(
            draft.id.as_str(),
            ConsultationKind::Complaint,
            "窗口说要户口本原件".into(),
        )
        .await
        .unwrap();

    // The page opened again, even as a question, finds the complaint typed.
    let again = Consultations::new(ctx.clone())
        .open(ConsultationKind::Question, &marriage)
        .await
        .unwrap();
    assert_eq!(again.id, draft.id, "one draft per subject");
    assert_eq!(again.kind, ConsultationKind::Complaint);
    assert_eq!(again.text, "窗口说要户口本原件");

    let other = about_item(&ctx, "q=食品经营许可证核发&hall=shizhi").await;
    let elsewhere = consultations
        .open(ConsultationKind::Question, &other)
        .await
        .unwrap();
    assert_ne!(elsewhere.id, draft.id, "another subject has its own draft");

    // Someone else on this device neither sees nor changes it.
    accounts.log_out(ctx.api()).await.unwrap();
    accounts
        .log_in(ctx.api(), &demo_login(PEOPLE[1].mobile))
        .await
        .unwrap();
    let theirs = consultations
        .open(ConsultationKind::Question, &marriage)
        .await
        .unwrap();
    assert_ne!(theirs.id, draft.id);
    assert!(
        theirs.text.is_empty(),
        "another account's text is not shown"
    );
    let refused = consultations
        .save(draft.id.as_str(), ConsultationKind::Question, "改掉".into())
        .await
        .unwrap_err();
    assert!(matches!(refused, ShellError::NoSuchDraft), "{refused:?}");
}

#[tokio::test]
async fn photos_lose_their_location_and_stop_at_four() {
    let server = tempfile::tempdir().unwrap();
    let (url, _stop) = sandbox(server.path()).await;
    let device = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let about = about_item(&device.ctx, "q=结婚登记&hall=shizhi").await;
    let draft = device
        .consultations
        .open(ConsultationKind::Complaint, &about)
        .await
        .unwrap();
    let id = draft.id.as_str();
    let original = gps_photo();
    let photo = device
        .consultations
        .add_photo(id, original.clone())
        .await
        .unwrap();
    assert!(photo.thumbnail.starts_with("data:image/jpeg;base64,"));
    let kept = std::fs::read(device.consultations.photo_path(id, &photo.id)).unwrap();
    assert!(
        original.windows(4).any(|w| w == b"Exif") && !kept.windows(4).any(|w| w == b"Exif"),
        "the camera's EXIF (with its GPS position) is not kept"
    );
    for _ in 1..4 {
        device
            .consultations
            .add_photo(id, original.clone())
            .await
            .unwrap();
    }
    let refused = device
        .consultations
        .add_photo(id, original)
        .await
        .unwrap_err();
    let ShellError::Invalid(error) = refused else {
        panic!("a fifth photo is refused on the device: {refused:?}");
    };
    assert!(error.message.contains('4'), "{}", error.message);

    device
        .consultations
        .remove_photo(id, &photo.id)
        .await
        .unwrap();
    assert!(
        !device.consultations.photo_path(id, &photo.id).exists(),
        "a photo taken out leaves the device"
    );
    let reopened = device
        .consultations
        .open(ConsultationKind::Complaint, &about)
        .await
        .unwrap();
    assert_eq!(reopened.photos.len(), 3);
}

#[tokio::test]
async fn a_text_too_short_is_refused_before_sending_and_said_of_its_field() {
    let server = tempfile::tempdir().unwrap();
    let (url, _stop) = sandbox(server.path()).await;
    let device = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let about = about_item(&device.ctx, "q=结婚登记&hall=shizhi").await;
    let draft = device
        .consultations
        .open(ConsultationKind::Question, &about)
        .await
        .unwrap();
    device
        .consultations
        .save(
            draft.id.as_str(),
            ConsultationKind::Question,
            " 请问 ".into(),
        )
        .await
        .unwrap();
    let refused = device
        .consultations
        .send(draft.id.as_str())
        .await
        .unwrap_err();
    let ShellError::Invalid(error) = refused else {
        panic!("refused on the device: {refused:?}");
    };
    assert_eq!(error.fields[0].field, "text");
    let kept = device
        .consultations
        .open(ConsultationKind::Question, &about)
        .await
        .unwrap();
    assert_eq!(kept.text, " 请问 ", "what was typed stays");
}

#[tokio::test]
async fn a_question_goes_once_with_its_photos_and_its_draft_is_deleted() {
    let server = tempfile::tempdir().unwrap();
    let (url, _stop) = sandbox(server.path()).await;
    let device = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let about = about_item(&device.ctx, "q=结婚登记&hall=shizhi").await;
    let draft = device
        .consultations
        .open(ConsultationKind::Question, &about)
        .await
        .unwrap();
    let id = draft.id.as_str();
    device
        .consultations
        .add_photo(id, gps_photo())
        .await
        .unwrap();
    device
        .consultations
        .save(
            id,
            ConsultationKind::Question,
            "户口本丢了还能登记吗？".into(),
        )
        .await
        .unwrap();
    let sent = device.consultations.send(id).await.unwrap();
    assert_eq!(sent.status, ConsultationStatus::Open);
    assert_eq!(sent.messages[0].text, "户口本丢了还能登记吗？");
    assert_eq!(sent.messages[0].photos.len(), 1, "the photo went with it");
    assert!(
        !device.consultations.photos_dir(id).exists(),
        "the sent draft's photos leave the device"
    );

    let fresh = device
        .consultations
        .open(ConsultationKind::Question, &about)
        .await
        .unwrap();
    assert_ne!(fresh.id, draft.id, "the sent draft is gone");
    assert!(fresh.text.is_empty());
    let listed = device.consultations.list().await.unwrap();
    assert_eq!(listed.len(), 1, "asked once: {listed:?}");
    assert_eq!(
        device.consultations.get(&sent.id).await.unwrap().id,
        sent.id
    );
}
