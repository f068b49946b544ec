//! The draft store survives being killed mid-write: a writer process saves as
//! fast as it can and reports each save the store acknowledged; it is killed
//! with SIGKILL at a random moment, again and again; every acknowledged save is
//! there afterwards and SQLite's integrity check passes. And drafts against a
//! real sandbox: opened from the form, prefilled, saved, listed, deleted.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use banshi_api::applications::{Draft, DraftChange, PageMedia};
use banshi_api::catalog::{MaterialSource, Necessity};
use banshi_api::dates::Date;
use banshi_api::forms::{Answer, Answers, Form};
use banshi_api::ids::{DraftId, ItemCode};
use banshi_sandbox::demo_accounts::{ENTERPRISE, PEOPLE};

use super::{Applications, DraftStore};
use crate::accounts::Keychain;
use crate::context::Context;
use crate::test_support::{DeviceFolder, api, demo_login, device_folder, items, sandbox};

const WRITER_DB: &str = "BANSHI_DRAFT_WRITER_DB";

/// A well-formed implementation code; the draft store does not look it up.
const ITEM: &str = "11341600MB0000001A000105001000001";

/// The date the drafts' rules are judged on.
fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

fn draft(sequence: u64) -> Draft {
    let mut answers = Answers::new();
    answers.insert("sequence".into(), Answer::Number(sequence as f64));
    // A body of a realistic size: a long answer typed so far.
    answers.insert("details".into(), Answer::Text("申".repeat(2000)));
    Draft {
        id: DraftId::parse("killed").unwrap(),
        item_code: ItemCode::parse(ITEM).unwrap(),
        item_name: "测试事项".into(),
        form: Form {
            item_code: ItemCode::parse(ITEM).unwrap(),
            title: "测试".into(),
            version: 1,
            sections: Vec::new(),
        },
        answers,
        prefilled: Vec::new(),
        position: None,
        acting_as: None,
        on_behalf_of: None,
        delivery: None,
        recipient: None,
        materials: Vec::new(),
        outbox: false,
        owner: None,
        synced: false,
        updated_at: sequence as i64,
        updated_on: "test".into(),
        correcting: None,
    }
}

/// Not a test on its own: the writer the kill test starts in a child process.
#[tokio::test]
#[ignore = "run by a_killed_writer_loses_nothing_it_acknowledged"]
async fn draft_writer() {
    let Ok(path) = std::env::var(WRITER_DB) else {
        return;
    };
    let store = DraftStore::open(path.as_ref()).await.unwrap();
    let start = store
        .get("killed")
        .await
        .unwrap()
        .map_or(0, |draft| draft.updated_at as u64 + 1);
    for sequence in start.. {
        store.put(&draft(sequence)).await.unwrap();
        println!("ack {sequence}");
    }
}

#[tokio::test]
async fn a_killed_writer_loses_nothing_it_acknowledged() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("drafts.sqlite3");
    let mut acknowledged = None;
    for round in 0..6 {
        let mut writer = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "applications::tests::draft_writer",
                "--nocapture",
            ])
            .env(WRITER_DB, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let lines = BufReader::new(writer.stdout.take().unwrap()).lines();
        // Kill at a different moment each round, never on a line boundary we chose.
        let kill_after = 15 + round * 23;
        for line in lines.map_while(Result::ok) {
            if let Some(sequence) = line.strip_prefix("ack ") {
                let sequence: u64 = sequence.parse().unwrap();
                acknowledged = Some(sequence);
                if sequence % 200 >= kill_after {
                    break;
                }
            }
        }
        writer.kill().unwrap(); // SIGKILL on Unix
        writer.wait().unwrap();

        let store = DraftStore::open(&path).await.unwrap();
        assert_eq!(store.integrity().await.unwrap(), "ok", "round {round}");
        let stored = store
            .get("killed")
            .await
            .unwrap()
            .expect("the draft is there");
        let acknowledged = acknowledged.expect("the writer acknowledged saves");
        assert!(
            stored.updated_at as u64 >= acknowledged,
            "round {round}: acknowledged save {acknowledged} lost (found {})",
            stored.updated_at
        );
        assert_eq!(stored.answers["details"], Answer::Text("申".repeat(2000)));
    }
}

#[tokio::test]
async fn a_draft_starts_prefilled_from_the_identity_and_keeps_every_change() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let ctx = Context::new(api.clone());
    let accounts = ctx.accounts();
    let applications = Applications::new(ctx.clone());
    let page = items(&api, "q=食品经营许可证核发&hall=shizhi").await;
    let code = page.items[0].code.clone();

    let refused = applications.open(&code).await.unwrap_err();
    assert!(
        matches!(refused, crate::ShellError::NotLoggedIn),
        "{refused:?}"
    );

    let login = demo_login(ENTERPRISE.representative);
    accounts.log_in(&api, &login).await.unwrap();
    accounts
        .act_as(&api, Some(ENTERPRISE.uscc.into()))
        .await
        .unwrap();
    let draft = applications.open(&code).await.unwrap();
    assert_eq!(draft.item_name, "食品经营许可证核发");
    assert_eq!(draft.acting_as.as_deref(), Some(ENTERPRISE.uscc));
    assert_eq!(
        draft.answers["operator_name"],
        Answer::Text(ENTERPRISE.name.into())
    );
    assert_eq!(draft.answers["uscc"], Answer::Text(ENTERPRISE.uscc.into()));
    assert_eq!(
        draft.answers["legal_representative"],
        Answer::Text("李建国".into())
    );
    // The premises start at the enterprise's registered address, not the
    // representative's own.
    let Answer::Address(premises) = &draft.answers["premises_address"] else {
        panic!("the premises are an address: {:?}", draft.answers);
    };
    assert_eq!(
        premises.one_line(),
        "安徽省亳州市谯城区亳州高新区药都路 18 号"
    );
    assert!(draft.prefilled.contains(&"premises_address".to_owned()));

    let mut answers = draft.answers.clone();
    answers.insert("employees".into(), Answer::Number(12.0));
    applications
        .save(DraftChange {
            id: draft.id.clone(),
            answers,
            position: Some("safety".into()),
            delivery: None,
            recipient: None,
        })
        .await
        .unwrap();
    let again = applications.open(&code).await.unwrap();
    assert_eq!(
        again.id, draft.id,
        "the draft in progress is reopened, not a new one"
    );
    assert_eq!(again.answers["employees"], Answer::Number(12.0));
    assert_eq!(again.position.as_deref(), Some("safety"));

    let owner = accounts.owner().await.unwrap();
    assert!(owner.is_some(), "the keychain knows whose session it is");
    let listed = applications.list(owner.as_deref(), today()).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].sections_total, 3);
    assert!(
        applications
            .list(Some("another account"), today())
            .await
            .unwrap()
            .is_empty(),
        "another person on this device does not see the draft"
    );
    applications.delete(draft.id.as_str()).await.unwrap();
    assert!(
        applications
            .list(owner.as_deref(), today())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_clerks_form_for_the_company_holds_the_companys_data_never_the_clerks() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let ctx = Context::new(api.clone());
    let applications = Applications::new(ctx.clone());
    // 王芳 is the demo enterprise's clerk.
    let clerk = "13900000003";
    ctx.accounts()
        .log_in(&api, &demo_login(clerk))
        .await
        .unwrap();
    ctx.accounts()
        .act_as(&api, Some(ENTERPRISE.uscc.into()))
        .await
        .unwrap();

    let food = items(&api, "q=食品经营许可证核发&hall=shizhi").await.items[0]
        .code
        .clone();
    let draft = applications.open(&food).await.unwrap();
    assert_eq!(
        draft.answers["legal_representative"],
        Answer::Text("李建国".into()),
        "the representative as registered, not the clerk 王芳"
    );
    assert_eq!(draft.answers["uscc"], Answer::Text(ENTERPRISE.uscc.into()));

    // A generated organisation's form: the clerk's own name only where it
    // asks for the clerk (经办人), the company's registered data elsewhere.
    let generated = items(&api, "audience=organisation&hall=shizhi&per_page=50").await;
    let mut checked = false;
    for item in &generated.items {
        let draft = applications.open(&item.code).await.unwrap();
        if !draft.answers.contains_key("agent_name") {
            continue;
        }
        assert_eq!(draft.answers["agent_name"], Answer::Text("王芳".into()));
        assert_eq!(
            draft.answers["organisation_name"],
            Answer::Text(ENTERPRISE.name.into())
        );
        assert_eq!(
            draft.answers["business_scope"],
            Answer::Text(ENTERPRISE.business_scope.into())
        );
        checked = true;
        break;
    }
    assert!(checked, "some enterprise item has a generated form");
}

#[tokio::test]
async fn a_submit_without_network_waits_in_the_outbox_and_goes_out_once() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let online = api(&url, device.path());
    // The same device with the hall out of reach (nothing listens on port 9).
    let offline = api("http://127.0.0.1:9/api/v1/", device.path());
    let ctx = Context::new(online.clone());
    let accounts = ctx.accounts();
    let applications = Applications::new(ctx.clone());
    // The same drafts and session, reached through the hall out of reach.
    let unreachable = Applications::new(Context::new(offline));
    let login = demo_login(PEOPLE[0].mobile);
    accounts.log_in(&online, &login).await.unwrap();

    // An item with the form every person-facing item without its own form gets.
    let page = items(&online, "audience=person&per_page=50").await;
    let mut draft = None;
    for item in page.items.iter().filter(|item| item.online_depth >= 2) {
        let candidate = applications.open(&item.code).await.unwrap();
        if candidate.form.field("details").is_some() && candidate.form.field("address").is_some() {
            draft = Some(candidate);
            break;
        }
        applications.delete(candidate.id.as_str()).await.unwrap();
    }
    let draft = draft.expect("a person-facing item with a generated form");
    let mut answers = draft.answers.clone();
    for (id, answer) in [
        ("resident_id", Answer::Text(PEOPLE[0].resident_id.into())),
        ("mobile", Answer::Text(PEOPLE[0].mobile.into())),
        ("details", Answer::Text("申请办理此事项，材料已备齐".into())),
        ("agent", Answer::YesNo(false)),
    ] {
        answers.insert(id.into(), answer);
    }
    answers.insert(
        "address".into(),
        Answer::Address(banshi_api::forms::Address {
            province: "34".into(),
            city: "3416".into(),
            district: "341602".into(),
            detail: "人民中路 1 号".into(),
        }),
    );
    applications
        .save(DraftChange {
            id: draft.id.clone(),
            answers,
            position: Some("check".into()),
            delivery: Some(banshi_api::applications::Delivery::PickUp),
            recipient: None,
        })
        .await
        .unwrap();
    // A photo for every material the hall pre-reviews as required.
    let guide = online
        .client()
        .await
        .unwrap()
        .item(draft.item_code.as_str())
        .await
        .unwrap();
    let photo = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/photos/orientation/portrait_1.jpg"
    ))
    .unwrap();
    for (index, material) in guide.materials.iter().enumerate() {
        if material.necessity == Necessity::Required
            && material.source != MaterialSource::LicenceLibrary
        {
            applications
                .add_photo(draft.id.as_str(), index as u32, photo.clone())
                .await
                .unwrap();
        }
    }

    let error = unreachable
        .submit(draft.id.as_str(), &|_, _| {})
        .await
        .unwrap_err();
    assert!(matches!(error, crate::ShellError::Queued), "{error:?}");
    let owner = accounts.owner().await.unwrap();
    let waiting = applications.list(owner.as_deref(), today()).await.unwrap();
    assert!(waiting[0].outbox, "the draft is shown as 待发送");
    assert!(
        unreachable.send_outbox().await.is_empty(),
        "still offline, nothing goes"
    );

    let sent = applications.send_outbox().await;
    assert_eq!(sent.len(), 1, "back online, the application goes out");
    assert!(
        applications
            .list(owner.as_deref(), today())
            .await
            .unwrap()
            .is_empty()
    );
    assert!(applications.send_outbox().await.is_empty(), "and only once");
    let listed = applications.submitted().await.unwrap();
    assert_eq!(listed, sent);
}

#[tokio::test]
async fn material_pages_upload_in_chunks_and_resume_where_a_cut_left_them() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let ctx = Context::new(api.clone());
    let accounts = ctx.accounts();
    let applications = Applications::new(ctx.clone());
    let login = demo_login(PEOPLE[0].mobile);
    accounts.log_in(&api, &login).await.unwrap();
    let page = items(&api, "q=结婚登记&hall=shizhi").await;
    let draft = applications.open(&page.items[0].code).await.unwrap();
    let photo = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/photos/camera/HMD_Nokia_8.3_5G.jpg"
    ))
    .unwrap();
    let material_page = applications
        .add_photo(draft.id.as_str(), 0, photo)
        .await
        .unwrap();
    let local = std::fs::read(
        applications
            .materials_dir(draft.id.as_str())
            .join(format!("{}.jpg", material_page.id)),
    )
    .unwrap();
    assert!(
        local.len() > crate::hall_api::UPLOAD_CHUNK_BYTES,
        "the prepared page takes more than one chunk"
    );

    // A first try got as far as one chunk before the connection dropped.
    let token = Keychain::for_profile(device.path())
        .load()
        .await
        .unwrap()
        .unwrap()
        .access_token;
    let client = api.client().await.unwrap();
    let location = client
        .upload_create(&token, local.len() as u64)
        .await
        .unwrap();
    client
        .upload_chunk(
            &token,
            &location,
            0,
            &local[..crate::hall_api::UPLOAD_CHUNK_BYTES],
        )
        .await
        .unwrap();
    applications
        .change_page(draft.id.as_str(), &material_page.id, false, |page| {
            page.upload = Some(location.clone())
        })
        .await
        .unwrap();

    let reports = std::sync::Mutex::new(Vec::new());
    applications
        .upload_pages(draft.id.as_str(), &|sent, total| {
            reports.lock().unwrap().push((sent, total));
        })
        .await
        .unwrap();
    let reports = reports.into_inner().unwrap();
    let chunks_left = local.len().div_ceil(crate::hall_api::UPLOAD_CHUNK_BYTES) - 1;
    assert_eq!(
        reports.len(),
        chunks_left,
        "only the chunks the hall did not have were sent: {reports:?}"
    );
    assert_eq!(
        reports.last(),
        Some(&(local.len() as u64, local.len() as u64))
    );
    let id = location.rsplit('/').next().unwrap();
    let on_server =
        std::fs::read(server.path().join("uploads").join(format!("{id}.part"))).unwrap();
    assert!(on_server == local, "the hall has the page byte for byte");
    let stored = applications.get(draft.id.as_str()).await.unwrap();
    assert!(stored.materials[0].uploaded);
    let again = std::sync::Mutex::new(0);
    applications
        .upload_pages(draft.id.as_str(), &|_, _| *again.lock().unwrap() += 1)
        .await
        .unwrap();
    assert_eq!(
        *again.lock().unwrap(),
        0,
        "an uploaded page is not sent again"
    );
}

#[tokio::test]
async fn a_pdf_is_a_page_as_it_is_and_a_cut_one_is_refused() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let api = api(&url, device.path());
    let ctx = Context::new(api.clone());
    let accounts = ctx.accounts();
    let applications = Applications::new(ctx.clone());
    accounts
        .log_in(&api, &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let page = items(&api, "q=结婚登记&hall=shizhi").await;
    let draft = applications.open(&page.items[0].code).await.unwrap();
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .to_vec();

    let cut = applications
        .add_photo(draft.id.as_str(), 1, pdf[..30].to_vec())
        .await
        .unwrap_err();
    assert!(format!("{:?}", cut).contains("不完整"), "{cut:?}");
    let mut too_big = pdf.clone();
    too_big.splice(
        9..9,
        std::iter::repeat_n(b' ', super::materials::MAX_PDF_BYTES),
    );
    let refused = applications
        .add_photo(draft.id.as_str(), 1, too_big)
        .await
        .unwrap_err();
    assert!(format!("{:?}", refused).contains("10 MB"), "{refused:?}");

    let kept = applications
        .add_photo(draft.id.as_str(), 1, pdf.clone())
        .await
        .unwrap();
    assert_eq!(kept.media, PageMedia::Pdf);
    assert_eq!(kept.bytes, pdf.len() as u64);
    applications
        .upload_pages(draft.id.as_str(), &|_, _| {})
        .await
        .unwrap();
    let stored = applications.get(draft.id.as_str()).await.unwrap();
    let location = stored.materials[0].upload.clone().unwrap();
    let id = location.rsplit('/').next().unwrap();
    let on_server =
        std::fs::read(server.path().join("uploads").join(format!("{id}.part"))).unwrap();
    assert_eq!(on_server, pdf, "the hall has the PDF byte for byte");

    applications
        .remove_page(draft.id.as_str(), &kept.id)
        .await
        .unwrap();
    assert!(
        !applications
            .materials_dir(draft.id.as_str())
            .join(format!("{}.pdf", kept.id))
            .exists(),
        "a removed PDF leaves the device"
    );
}

#[tokio::test]
async fn a_draft_follows_the_account_to_another_device_and_the_newest_change_wins() {
    let server = tempfile::tempdir().unwrap();
    let (url, _stop) = sandbox(server.path()).await;
    let phone = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let desktop = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let (on_phone, on_desktop) = (&phone.applications, &desktop.applications);
    let owner = phone.ctx.accounts().owner().await.unwrap();
    let code = items(phone.ctx.api(), "q=结婚登记&hall=shizhi").await.items[0]
        .code
        .clone();
    let answer = |draft: &Draft, occupation: &str| {
        let mut answers = draft.answers.clone();
        answers.insert(
            "applicant_occupation".into(),
            Answer::Text(occupation.into()),
        );
        DraftChange {
            id: draft.id.clone(),
            answers,
            position: Some("applicant".into()),
            delivery: None,
            recipient: None,
        }
    };

    // Started on the phone, continued on the desktop.
    let draft = on_phone.open(&code).await.unwrap();
    on_phone.save(answer(&draft, "教师")).await.unwrap();
    on_phone.sync().await.unwrap();
    on_desktop.sync().await.unwrap();
    let there = on_desktop.get(draft.id.as_str()).await.unwrap();
    assert_eq!(
        there.answers["applicant_occupation"],
        Answer::Text("教师".into())
    );
    assert_eq!(
        there.position.as_deref(),
        Some("applicant"),
        "at the same page"
    );
    let listed = on_desktop.list(owner.as_deref(), today()).await.unwrap();
    assert_eq!(listed.len(), 1, "the desktop lists the phone's draft");

    // Changed on both: the later change wins on both.
    on_phone.save(answer(&draft, "医生")).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    on_desktop.save(answer(&there, "律师")).await.unwrap();
    on_desktop.sync().await.unwrap();
    on_phone.sync().await.unwrap();
    for (applications, device) in [(on_phone, "phone"), (on_desktop, "desktop")] {
        let kept = applications.get(draft.id.as_str()).await.unwrap();
        assert_eq!(
            kept.answers["applicant_occupation"],
            Answer::Text("律师".into()),
            "the newest change on the {device}"
        );
    }

    // Changed on the phone (not yet synced), then deleted on the desktop:
    // gone from the account, then from the phone, whose change is older.
    on_phone.save(answer(&draft, "司机")).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    on_desktop.delete(draft.id.as_str()).await.unwrap();
    on_desktop.sync().await.unwrap();
    on_phone.sync().await.unwrap();
    assert!(
        on_phone
            .list(owner.as_deref(), today())
            .await
            .unwrap()
            .is_empty(),
        "a draft deleted on one device leaves the others, even one changed there before"
    );
}

/// A device of its own (data folder, keychain entry, drafts), logged in.
struct Device {
    _folder: DeviceFolder,
    ctx: Context,
    applications: Applications,
}

impl Device {
    async fn logged_in(url: &str, mobile: &str) -> Device {
        let folder = device_folder();
        let ctx = Context::new(api(url, folder.path()));
        let device = Device {
            applications: Applications::new(ctx.clone()),
            ctx,
            _folder: folder,
        };
        device
            .ctx
            .accounts()
            .log_in(device.ctx.api(), &demo_login(mobile))
            .await
            .unwrap();
        device
    }

    async fn sync(&self) {
        self.applications.sync().await.unwrap();
    }
}

#[tokio::test]
async fn pages_are_uploaded_as_they_come_so_another_device_can_hand_them_in() {
    let server = tempfile::tempdir().unwrap();
    let (url, _stop) = sandbox(server.path()).await;
    let phone = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let desktop = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let code = items(phone.ctx.api(), "q=结婚登记&hall=shizhi").await.items[0]
        .code
        .clone();
    let draft = phone.applications.open(&code).await.unwrap();
    let photo = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/photos/gps/DSCN0010.jpg"
    ))
    .unwrap();
    let page = phone
        .applications
        .add_photo(draft.id.as_str(), 2, photo.clone())
        .await
        .unwrap();

    // Added on the phone and uploaded in the background, then synced.
    phone.applications.upload_waiting().await.unwrap();
    phone.sync().await;
    desktop.sync().await;
    let there = desktop.applications.get(draft.id.as_str()).await.unwrap();
    let travelled = &there.materials[0];
    assert_eq!(travelled.id, page.id);
    assert!(
        travelled.uploaded && travelled.upload.is_some(),
        "the desktop knows the hall has the page: {travelled:?}"
    );
    assert!(travelled.thumbnail.starts_with("data:image/jpeg;base64,"));
    desktop
        .applications
        .upload_pages(draft.id.as_str(), &|_, _| {})
        .await
        .expect("nothing is left to upload from the desktop");

    // A page the desktop adds and cannot upload (its background work never
    // ran) cannot be handed in from the phone; the phone says so.
    let second = desktop
        .applications
        .add_photo(draft.id.as_str(), 3, photo)
        .await
        .unwrap();
    desktop.sync().await;
    phone.sync().await;
    let refused = phone
        .applications
        .upload_pages(draft.id.as_str(), &|_, _| {})
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, crate::ShellError::Invalid(error) if error.message.contains("另一台设备")),
        "{refused:?}"
    );

    // Removed on the phone: the hall discards its upload.
    let location = phone
        .applications
        .remove_page(draft.id.as_str(), &page.id)
        .await
        .unwrap()
        .expect("the page had an upload");
    assert_eq!(Some(&location), travelled.upload.as_ref());
    phone.applications.end_upload(location.clone()).await;
    let token = Keychain::for_profile(phone._folder.path())
        .load()
        .await
        .unwrap()
        .unwrap()
        .access_token;
    let gone = phone
        .ctx
        .client()
        .await
        .unwrap()
        .upload_offset(&token, &location)
        .await
        .unwrap_err();
    assert!(
        matches!(gone, crate::ShellError::UploadGone),
        "a removed page's upload is gone from the hall: {gone:?}"
    );
    let kept = phone.applications.get(draft.id.as_str()).await.unwrap();
    assert_eq!(
        kept.materials.iter().map(|p| &p.id).collect::<Vec<_>>(),
        [&second.id]
    );
}

#[tokio::test]
async fn a_retaken_page_takes_the_place_of_the_one_it_replaces() {
    let server = tempfile::tempdir().unwrap();
    let (url, _stop) = sandbox(server.path()).await;
    let device = Device::logged_in(&url, PEOPLE[0].mobile).await;
    let applications = &device.applications;
    let code = items(device.ctx.api(), "q=结婚登记&hall=shizhi")
        .await
        .items[0]
        .code
        .clone();
    let draft = applications.open(&code).await.unwrap();
    let photo = |name: &str| {
        std::fs::read(format!(
            "{}/tests/fixtures/photos/orientation/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    let mut pages = Vec::new();
    for name in ["landscape_1.jpg", "landscape_2.jpg", "landscape_3.jpg"] {
        pages.push(
            applications
                .add_photo(draft.id.as_str(), 2, photo(name))
                .await
                .unwrap(),
        );
    }
    let retaken = applications
        .add_photo(draft.id.as_str(), 2, photo("portrait_1.jpg"))
        .await
        .unwrap();
    let upload = applications
        .replace_page(draft.id.as_str(), &pages[1].id, &retaken.id)
        .await
        .unwrap();
    assert_eq!(upload, None, "the page had not been uploaded");
    let kept = applications.get(draft.id.as_str()).await.unwrap();
    assert_eq!(
        kept.materials.iter().map(|p| &p.id).collect::<Vec<_>>(),
        [&pages[0].id, &retaken.id, &pages[2].id],
        "the retake is the second page, where the old one was"
    );
    assert!(
        !applications
            .materials_dir(draft.id.as_str())
            .join(format!("{}.jpg", pages[1].id))
            .exists(),
        "the old page's file leaves the device"
    );
}

/// A marriage application of the demo citizen, submitted through the shell
/// as the app does: the form answered, the ID card and household register
/// from the e-licences on file, the photo and the declaration photographed.
async fn submitted_marriage(applications: &Applications, api: &crate::hall_api::HallApi) -> String {
    let code = items(api, "q=结婚登记&hall=shizhi")
        .await
        .items
        .into_iter()
        .find(|item| item.name == "结婚登记")
        .expect("结婚登记")
        .code;
    let draft = applications.open(&code).await.unwrap();
    let mut answers = draft.answers.clone();
    for (id, text) in [
        ("applicant_name", "张晓明"),
        ("applicant_ethnic_group", "汉族"),
        ("applicant_education", "大学本科"),
        ("applicant_occupation", "教师"),
        ("applicant_status", "未婚"),
        ("partner_name", "王芳"),
        ("partner_resident_id", PEOPLE[2].resident_id),
        ("partner_ethnic_group", "回族"),
        ("partner_education", "研究生"),
        ("partner_occupation", "医生"),
        ("partner_status", "离婚"),
        ("partner_status_since", "2020-05-01"),
        ("registration_date", "2026-12-01"),
    ] {
        answers.insert(id.into(), Answer::Text(text.into()));
    }
    answers.insert("ceremony".into(), Answer::YesNo(true));
    applications
        .save(DraftChange {
            id: draft.id.clone(),
            answers,
            position: Some("check".into()),
            delivery: Some(banshi_api::applications::Delivery::PickUp),
            recipient: None,
        })
        .await
        .unwrap();
    let id = draft.id.as_str();
    applications
        .attach_licence(id, 0, "居民身份证")
        .await
        .unwrap();
    applications
        .attach_licence(id, 1, "居民户口簿")
        .await
        .unwrap();
    for material in [2, 3] {
        applications.add_photo(id, material, photo()).await.unwrap();
    }
    applications
        .submit(id, &|_, _| {})
        .await
        .unwrap()
        .number
        .to_string()
}

fn photo() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/photos/orientation/portrait_1.jpg"
    ))
    .unwrap()
}

/// What the demo hall staff of 市政务服务中心 does, as the hall's own desk
/// would: straight through the API with the staff's own token.
async fn staff_acts(url: &str, number: &str, body: serde_json::Value) {
    let http = reqwest::Client::new();
    let tokens: banshi_api::accounts::TokenPair = http
        .post(format!("{url}/sessions"))
        .json(&demo_login(PEOPLE[4].mobile))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let response = http
        .post(format!("{url}/staff/applications/{number}/actions"))
        .bearer_auth(&tokens.access_token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "the staff's {body} is taken: {}",
        response.text().await.unwrap_or_default()
    );
}

#[tokio::test]
async fn an_application_is_shown_offline_from_the_copy_kept_when_it_was_last_fetched() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let online = api(&url, device.path());
    let ctx = Context::new(online.clone());
    let applications = Applications::new(ctx.clone());
    let unreachable = Applications::new(Context::new(api(
        "http://127.0.0.1:9/api/v1/",
        device.path(),
    )));
    ctx.accounts()
        .log_in(&online, &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let number = submitted_marriage(&applications, &online).await;
    let number = banshi_api::ids::ApplicationNumber::parse(&number).unwrap();

    let error = unreachable.detail(&number).await.unwrap_err();
    assert!(
        matches!(error, crate::ShellError::Network { .. }),
        "never fetched, there is no copy to show: {error:?}"
    );
    let fetched = applications.detail(&number).await.unwrap();
    assert!(!fetched.offline, "from the hall");
    assert_eq!(fetched.detail.application.number, number);
    let kept = unreachable.detail(&number).await.unwrap();
    assert!(kept.offline, "the hall out of reach, the copy says so");
    assert_eq!(kept.detail, fetched.detail, "the copy is the last fetched");
    assert_eq!(kept.fetched_at, fetched.fetched_at, "and says when");

    staff_acts(
        &url,
        number.as_str(),
        serde_json::json!({"action": "accept"}),
    )
    .await;
    let accepted = applications.detail(&number).await.unwrap();
    assert!(accepted.detail.application.deadline.is_some());
    let kept = unreachable.detail(&number).await.unwrap();
    assert_eq!(
        kept.detail.application.status,
        banshi_api::applications::ApplicationStatus::Accepted,
        "each fetch replaces the copy"
    );
}

#[tokio::test]
async fn a_correction_sends_only_the_listed_items_and_a_retry_is_the_same_correction() {
    use banshi_api::applications::{ApplicationAction, ApplicationStatus};

    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox(server.path()).await;
    let online = api(&url, device.path());
    let ctx = Context::new(online.clone());
    let applications = Applications::new(ctx.clone());
    let unreachable = Applications::new(Context::new(api(
        "http://127.0.0.1:9/api/v1/",
        device.path(),
    )));
    ctx.accounts()
        .log_in(&online, &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let number = submitted_marriage(&applications, &online).await;
    staff_acts(
        &url,
        &number,
        serde_json::json!({"action": "request_correction", "items": [
            {"field": "partner_occupation", "problem": "职业请填写具体岗位"},
            {"field": "materials.2", "problem": "照片模糊，请重新拍摄合影照片"},
        ]}),
    )
    .await;
    let number = banshi_api::ids::ApplicationNumber::parse(&number).unwrap();

    let draft = applications.open_correction(&number).await.unwrap();
    let correcting = draft.correcting.clone().expect("a correction draft");
    assert_eq!(correcting.number, number);
    assert_eq!(correcting.items.len(), 2, "every item of the notice");
    assert_eq!(
        draft.answers.get("partner_name"),
        Some(&Answer::Text("王芳".into())),
        "it starts from the answers handed in"
    );
    assert!(
        draft.materials.is_empty(),
        "each listed material goes again, whole"
    );
    assert_eq!(
        applications.open_correction(&number).await.unwrap().id,
        draft.id,
        "opening it again continues the same correction"
    );
    let owner = ctx.accounts().owner().await.unwrap();
    assert!(
        applications
            .list(owner.as_deref(), today())
            .await
            .unwrap()
            .is_empty(),
        "a correction is not among the drafts"
    );

    let mut answers = draft.answers.clone();
    answers.insert("partner_occupation".into(), Answer::Text("主治医师".into()));
    // A change the notice does not list is not sent.
    answers.insert("applicant_occupation".into(), Answer::Text("校长".into()));
    applications
        .save(DraftChange {
            id: draft.id.clone(),
            answers,
            position: None,
            delivery: draft.delivery,
            recipient: None,
        })
        .await
        .unwrap();
    let id = draft.id.as_str();
    applications.add_photo(id, 2, photo()).await.unwrap();

    let error = unreachable
        .submit_correction(id, &|_, _| {})
        .await
        .unwrap_err();
    assert!(
        matches!(error, crate::ShellError::Network { .. }),
        "{error:?}"
    );
    let kept = applications.get(id).await.expect("nothing typed is lost");
    assert_eq!(
        kept.answers.get("partner_occupation"),
        Some(&Answer::Text("主治医师".into()))
    );
    assert_eq!(kept.materials.len(), 1, "nor the photo retaken");

    applications.upload_pages(id, &|_, _| {}).await.unwrap();
    let uploaded = applications.get(id).await.unwrap();
    let sent = super::progress::correction_request(&uploaded, &correcting);
    assert_eq!(
        sent.answers.keys().collect::<Vec<_>>(),
        ["partner_occupation"],
        "only the listed field"
    );
    assert_eq!(sent.materials.len(), 1, "only the listed material");
    assert_eq!(sent.materials[0].material, 2);
    assert_eq!(sent.materials[0].uploads.len(), 1);
    let key = super::progress::correction_key(&uploaded);
    assert_eq!(
        key,
        super::progress::correction_key(&kept),
        "one key per correction"
    );

    let corrected = applications
        .submit_correction(id, &|_, _| {})
        .await
        .unwrap();
    assert_eq!(
        corrected.application.status,
        ApplicationStatus::Submitted,
        "back to where it was"
    );
    assert!(corrected.correction.is_none());
    assert_eq!(
        corrected.answers.get("partner_occupation"),
        Some(&Answer::Text("主治医师".into()))
    );
    assert_eq!(
        corrected.answers.get("applicant_occupation"),
        Some(&Answer::Text("教师".into())),
        "what the notice did not list stays as handed in"
    );
    assert!(
        applications.get(id).await.is_err(),
        "the draft goes once the hall has it"
    );

    // The answer lost on the way: the retry goes under the same key, and the
    // hall answers the same correction instead of making a second.
    let again = ctx
        .with_session(|client, token| {
            let (key, number, sent) = (key.clone(), number.clone(), sent.clone());
            async move { client.correct(&token, &key, &number, &sent).await }
        })
        .await
        .unwrap();
    assert_eq!(again, corrected, "the first answer again");
    let corrections = applications
        .detail(&number)
        .await
        .unwrap()
        .detail
        .events
        .iter()
        .filter(|event| event.action == Some(ApplicationAction::Correct))
        .count();
    assert_eq!(corrections, 1, "one correction, however often it is sent");
}
