//! Following an application to its result, in the real window: a marriage
//! application handled by 市政务服务中心 is sent back with a one-time
//! correction notice (an answer and a photo), the citizen fixes both in
//! place and hands them in, the hall's staff take it to completion through
//! the API, the timeline shows every step with its reasons, and the marriage
//! certificate appears among the e-licences. Screenshots of the application
//! page at phone and desktop size, in Chinese and English.

use banshi_api::applications::Application;
use banshi_api::forms::Form;
use banshi_api::ids::ItemCode;
use banshi_sandbox::demo_accounts::{DEMO_PASSWORD, PEOPLE};
use serde_json::{Value, json};

use crate::hall;
use crate::world::{DESKTOP, PHONE, Step, World, check, sandbox_with};

const CITIZEN: &str = "13900000001";

/// Uploads `bytes` as the person of `token` (tus: create, then one chunk);
/// answers the upload's id.
async fn upload(api_url: &str, token: &str, bytes: &[u8]) -> Step<String> {
    let http = reqwest::Client::new();
    let created = http
        .post(format!("{api_url}/uploads"))
        .bearer_auth(token)
        .header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", bytes.len().to_string())
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("an upload starts: {e}"))?;
    let location = created
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .ok_or("an upload's location")?
        .to_owned();
    let id = location
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    http.patch(format!("{api_url}/uploads/{id}"))
        .bearer_auth(token)
        .header("Tus-Resumable", "1.0.0")
        .header("Upload-Offset", "0")
        .header("Content-Type", "application/offset+octet-stream")
        .body(bytes.to_vec())
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("the upload's bytes: {e}"))?;
    Ok(id)
}

/// The citizen's complete marriage application, handed in through the API
/// (the apply journey covers filling it in in the window); its number.
async fn submitted_marriage(api_url: &str, citizen: &str, key: &str) -> Step<String> {
    let http = reqwest::Client::new();
    let page: Value = http
        .get(format!("{api_url}/catalog/items?q=结婚登记&hall=shizhi"))
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("the catalog: {e}"))?
        .json()
        .await
        .map_err(|e| format!("the catalog's page: {e}"))?;
    let code = page["items"]
        .as_array()
        .and_then(|items| items.iter().find(|item| item["name"] == "结婚登记"))
        .and_then(|item| item["code"].as_str())
        .ok_or("结婚登记 is in the city hall's catalog")?
        .to_owned();
    let code = ItemCode::parse(&code).map_err(|e| format!("{code}: {e:?}"))?;
    let form: Form = http
        .get(format!("{api_url}/catalog/items/{code}/form"))
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("the form: {e}"))?
        .json()
        .await
        .map_err(|e| format!("the form's schema: {e}"))?;
    let photo = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/photos/orientation/portrait_1.jpg"
    ))
    .map_err(|e| format!("the fixture photo: {e}"))?;
    let body = json!({
        "item_code": code,
        "form_version": form.version,
        "delivery": "pick_up",
        "answers": {
            "applicant_name": "张晓明",
            "applicant_resident_id": PEOPLE[0].resident_id,
            "applicant_ethnic_group": "汉族",
            "applicant_education": "大学本科",
            "applicant_occupation": "教师",
            "applicant_status": "未婚",
            "partner_name": "王芳",
            "partner_resident_id": PEOPLE[2].resident_id,
            "partner_ethnic_group": "回族",
            "partner_education": "研究生",
            "partner_occupation": "医生",
            "partner_status": "离婚",
            "partner_status_since": "2020-05-01",
            "registration_date": "2026-12-01",
            "ceremony": true,
            "contact_mobile": CITIZEN,
        },
        "materials": [
            { "material": 0, "licence": "居民身份证" },
            { "material": 1, "licence": "居民户口簿" },
            { "material": 2, "uploads": [upload(api_url, citizen, &photo).await?] },
            { "material": 3, "uploads": [upload(api_url, citizen, &photo).await?] },
        ],
    });
    let response = http
        .post(format!("{api_url}/applications"))
        .bearer_auth(citizen)
        .header("Idempotency-Key", key)
        .json(&body)
        .send()
        .await
        .map_err(|e| format!("the application goes: {e}"))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!(
            "the application is taken: {status} {}",
            response.text().await.unwrap_or_default()
        ));
    }
    let application: Application = response
        .json()
        .await
        .map_err(|e| format!("the application: {e}"))?;
    Ok(application.number.to_string())
}

/// What the hall's staff do at their desk, through the API.
async fn staff_acts(api_url: &str, staff: &str, number: &str, body: Value) -> Step {
    let path = format!("staff/applications/{number}/actions");
    hall::staff_post(api_url, staff, &path, &body).await?;
    Ok(())
}

/// Opens application `number` from 我的办件.
pub(crate) async fn open_application(world: &World, number: &str) -> Step {
    world.click_text(".tab-bar .nav-link", "我的").await?;
    world
        .click_until(
            &format!("#application-{number} .application-link"),
            "#application-number",
        )
        .await?;
    world
        .text_where("#application-number", "opens the application", |t| {
            t == number
        })
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_correction_is_fixed_in_place_and_the_application_goes_on_to_a_licence() {
    banshi::hall_api::install_tls_provider();
    let (api_url, _stop, _data) = sandbox_with(|_| ()).await;
    let (citizen, staff) = match (
        hall::token(&api_url, CITIZEN).await,
        hall::token(&api_url, hall::HALL_STAFF).await,
    ) {
        (Ok(citizen), Ok(staff)) => (citizen, staff),
        (citizen, staff) => panic!("sessions: {:?} {:?}", citizen.err(), staff.err()),
    };
    let number = submitted_marriage(&api_url, &citizen, "progress-journey-1")
        .await
        .expect("a submitted marriage application");
    let second = submitted_marriage(&api_url, &citizen, "progress-journey-2")
        .await
        .expect("a second application, to withdraw");
    staff_acts(
        &api_url,
        &staff,
        &number,
        json!({"action": "request_correction", "items": [
            {"field": "partner_occupation", "problem": "职业请填写具体岗位"},
            {"field": "materials.2", "problem": "照片模糊，请重新拍摄合影照片"},
        ]}),
    )
    .await
    .expect("a correction notice");

    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("progress", home, &api_url).await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;
        world
            .text_where(
                &format!("#application-{number} .application-status"),
                "我的办件 shows the status",
                |t| t == "待补正",
            )
            .await?;
        open_application(&world, &number).await?;
        world
            .text_where("#application-status", "awaits the correction", |t| {
                t == "待补正"
            })
            .await?;
        let items = world
            .texts("#correction-notice .correction-problem", 2)
            .await?;
        check(
            items.iter().any(|t| t.contains("职业请填写具体岗位"))
                && items.iter().any(|t| t.contains("照片模糊")),
            format!("the notice lists every item: {items:?}"),
        )?;
        world.screenshot("phone-correction-notice").await?;

        // The answer, fixed where it is asked.
        world.click("#correction-fix-0").await?;
        world.find("#correcting").await?;
        world
            .type_into("#answer-partner_occupation", "主治医师")
            .await?;
        world.click("#save-continue").await?;
        // The photo, retaken at its own material.
        world.click("#back-to-application").await?;
        world.click("#correction-fix-1").await?;
        world.find("#material-2 .material-add").await?;
        world
            .client
            .find(fantoccini::Locator::Css("#material-2-file"))
            .await
            .map_err(|e| format!("the material's file input: {e}"))?
            .send_keys(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/photos/orientation/portrait_6.jpg"
            ))
            .await
            .map_err(|e| format!("choosing the photo: {e}"))?;
        world.find("#material-2 .material-thumb").await?;
        let slots = world
            .script("return document.querySelectorAll('.material-slot').length;")
            .await?;
        check(
            slots == json!(1),
            format!("only the listed material is asked for again: {slots}"),
        )?;
        world.click("#to-check").await?;
        world
            .text_where(".answers", "shows the new answer alone", |t| {
                t.contains("主治医师") && !t.contains("教师")
            })
            .await?;
        world.click("#submit").await?;
        world
            .text_where("#application-status", "back with the department", |t| {
                t == "已提交"
            })
            .await?;
        let notice = world
            .script("return document.getElementById('correction-notice') === null;")
            .await?;
        check(notice == json!(true), "the notice is answered")?;
        Ok(())
    }
    .await;
    let outcome = match outcome {
        Ok(()) => {
            async {
                for body in [
                    json!({"action": "accept", "window": "A03"}),
                    json!({"action": "review"}),
                    json!({"action": "approve", "reason": "材料齐全，符合法定条件"}),
                    json!({"action": "complete"}),
                ] {
                    staff_acts(&api_url, &staff, &number, body).await?;
                }
                open_application(&world, &number).await?;
                world
                    .text_where("#application-status", "completed", |t| t == "已办结")
                    .await?;
                let steps = world.texts(".timeline-step .timeline-what", 7).await?;
                check(
                    steps
                        == [
                            "提交申请",
                            "一次性告知补正",
                            "补正",
                            "受理",
                            "转入审批",
                            "审批通过",
                            "办结",
                        ],
                    format!("the timeline shows every step: {steps:?}"),
                )?;
                world
                    .text_where(
                        ".timeline-current .timeline-what",
                        "marks where it stands",
                        |t| t == "办结",
                    )
                    .await?;
                world
                    .text_where("#timeline", "with the window and the reasons", |t| {
                        t.contains("A03") && t.contains("材料齐全，符合法定条件")
                    })
                    .await?;
                world.screenshot("phone-application-zh").await?;
                world.resize(DESKTOP).await?;
                world.screenshot("desktop-application-zh").await?;
                world.resize(PHONE).await?;

                world.click_text(".tab-bar .nav-link", "我的").await?;
                world
                    .text_where("#licences", "the result is among the e-licences", |t| {
                        t.contains("结婚证")
                    })
                    .await?;
                world.click("#locale-en").await?;
                world
                    .click_until(
                        &format!("#application-{number} .application-link"),
                        "#application-number",
                    )
                    .await?;
                world
                    .text_where("#application-status", "in English", |t| t == "Completed")
                    .await?;
                world.screenshot("phone-application-en").await?;
                world.resize(DESKTOP).await?;
                world.screenshot("desktop-application-en").await?;

                // The second, not accepted yet, is withdrawn after a confirmation.
                world.resize(PHONE).await?;
                world.click_text(".tab-bar .nav-link", "Me").await?;
                world
                    .click_until(
                        &format!("#application-{second} .application-link"),
                        "#application-number",
                    )
                    .await?;
                world.click("#withdraw").await?;
                world
                    .text_where("#withdraw-dialog", "asks first", |t| {
                        t.contains("Withdraw this application?")
                    })
                    .await?;
                world.screenshot("phone-withdraw-dialog-en").await?;
                world.click("#withdraw-confirm").await?;
                world
                    .text_where("#application-status", "withdrawn", |t| t == "Withdrawn")
                    .await?;
                let offered = world
                    .script("return document.getElementById('withdraw') === null;")
                    .await?;
                check(offered == json!(true), "nothing more to withdraw")?;
                Ok(())
            }
            .await
        }
        failed => failed,
    };
    world.finish(outcome).await;
}
