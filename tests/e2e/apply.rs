//! Applying online in the real window: from a guide to the form, prefilled from
//! the account, with problems told field by field; the app killed mid-form and
//! reopened finds the draft under 我的 → 草稿 with everything typed; the
//! result to come by EMS to a recipient kept with the draft; finished,
//! submitted with a double tap, and listed once under 我的办件. An address is
//! chosen from the province–city–district cascade, starting from the one on
//! file; killed there, a phone asks the same question again.

use crate::world::{DESKTOP, PHONE, Step, World, check};
use banshi_sandbox::demo_accounts::DEMO_PASSWORD;

const CITIZEN: &str = "13900000001";

async fn value_of(world: &World, css: &str) -> Step<String> {
    let element = world.find(css).await?;
    Ok(element
        .prop("value")
        .await
        .map_err(|e| format!("value of {css}: {e}"))?
        .unwrap_or_default())
}

/// Waits until the draft says it is saved on the device.
async fn saved_on_device(world: &World) -> Step {
    world
        .text_where("#save-state", "saved on the device", |t| {
            t == "已保存到本机"
        })
        .await
        .map(drop)
}

/// After a first part that went well, kills the app with no goodbye (as a
/// phone whose battery runs out) and opens it again on the same data, as
/// `name`; after one that failed, reports it and answers nothing.
async fn killed_and_reopened(world: World, outcome: Step, name: &'static str) -> Option<World> {
    if outcome.is_err() {
        world.finish(outcome).await;
        return None;
    }
    let home = world.kill().await;
    Some(World::relaunch(name, home).await)
}

/// Chooses `path` in the file input of material `index` (hidden behind its
/// label, as a phone's camera button is), and waits for its thumbnail.
async fn choose_file(world: &World, index: usize, path: &str) -> Step {
    let slot = format!("#material-{index}");
    world.find(&format!("{slot} .material-add")).await?;
    world
        .client
        .find(fantoccini::Locator::Css(&format!("#material-{index}-file")))
        .await
        .map_err(|e| format!("the material's file input: {e}"))?
        .send_keys(path)
        .await
        .map_err(|e| format!("choosing {path}: {e}"))?;
    world.find(&format!("{slot} .material-thumb")).await?;
    Ok(())
}

/// Drops a scan (a PNG drawn in the page) on material `index`, as a file
/// dragged from the desktop would be, and waits for its thumbnail.
async fn drop_scan(world: &World, index: usize) -> Step {
    let script = format!(
        r#"const canvas = document.createElement('canvas');
        canvas.width = 1200; canvas.height = 1600;
        const pen = canvas.getContext('2d');
        pen.fillStyle = '#fafafa'; pen.fillRect(0, 0, 1200, 1600);
        pen.fillStyle = '#1f2329'; pen.font = '64px sans-serif'; pen.fillText('居民户口簿', 120, 200);
        const text = atob(canvas.toDataURL('image/png').split(',')[1]);
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], 'scan.png', {{ type: 'image/png' }}));
        const slot = document.getElementById('material-{index}');
        for (const kind of ['dragover', 'drop']) {{
            slot.dispatchEvent(new DragEvent(kind, {{ dataTransfer: transfer, bubbles: true, cancelable: true }}));
        }}"#
    );
    world.script(&script).await?;
    world
        .find(&format!("#material-{index} .material-thumb"))
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_marriage_application_survives_the_app_being_killed() {
    let world = World::launch("apply").await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;

        world.click_text(".tab-bar .nav-link", "办事").await?;
        world.type_into("#search-input", "结婚登记").await?;
        world
            .text_where("#items .item-name", "finds the item", |t| t == "结婚登记")
            .await?;
        world.click("#items .item-link").await?;
        world.click("#apply").await?;
        world
            .text_where("#form-title", "opens the item's own form", |t| {
                t == "结婚登记申请表"
            })
            .await?;
        world.find("#task-applicant").await?;
        // The ID card on file for the first material, a scan dropped on the
        // second, camera photos (one taken sideways) for the rest.
        world.click("#material-0-licence-0").await?;
        world
            .text_where(
                "#material-0 .material-licence",
                "gives the e-licence",
                |t| t.contains("居民身份证"),
            )
            .await?;
        drop_scan(&world, 1).await?;
        let photos = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/photos");
        choose_file(&world, 2, &format!("{photos}/orientation/portrait_6.jpg")).await?;
        choose_file(&world, 3, &format!("{photos}/orientation/landscape_3.jpg")).await?;
        // The last photo retaken: the new one takes its place.
        let thumb = || async {
            let thumbs = world.find_all("#material-3 .material-thumb", 1).await?;
            thumbs[0]
                .attr("src")
                .await
                .map_err(|e| format!("a thumbnail's picture: {e}"))
        };
        let first_take = thumb().await?;
        world
            .client
            .find(fantoccini::Locator::Css(
                "#material-3 .material-retake input",
            ))
            .await
            .map_err(|e| format!("the retake's file input: {e}"))?
            .send_keys(&format!("{photos}/orientation/landscape_8.jpg"))
            .await
            .map_err(|e| format!("retaking: {e}"))?;
        world
            .eventually("the retake replaces the page", || async {
                (thumb().await.ok()? != first_take).then_some(())
            })
            .await?;
        // The shell uploads each page as it comes; the page says when the hall has it.
        for index in 1..=3 {
            world
                .find(&format!(
                    "#material-{index} .material-page[data-uploaded=true]"
                ))
                .await?;
        }
        world.screenshot("phone-task-list").await?;
        world.click("#task-applicant").await?;
        let name = value_of(&world, "#answer-applicant_name").await?;
        check(
            name == "张晓明",
            format!("the name is filled in from the account: {name:?}"),
        )?;
        // On a phone, one question at a time.
        world
            .text_where("#question-count", "asks the first question", |t| {
                t.starts_with("第 1 / ")
            })
            .await?;
        world.click("#save-continue").await?;
        world
            .text_where("#question-count", "moves to the next question", |t| {
                t.starts_with("第 2 / ")
            })
            .await?;
        world.screenshot("phone-one-question").await?;
        world.click("#previous-question").await?;
        world
            .text_where("#question-count", "goes back a question", |t| {
                t.starts_with("第 1 / ")
            })
            .await?;
        // On a desktop, the whole section at once.
        world.resize(DESKTOP).await?;
        world.click("#back-to-steps").await?;
        world.click("#task-applicant").await?;
        world.find("#answer-applicant_occupation").await?;

        // The ID number on file reaches the device masked: left blank, the
        // hall fills it; the field says so with the masked number.
        world
            .text_where(
                "#answer-applicant_resident_id-by-hall",
                "offers the ID on file",
                |t| t.contains("大厅将按您的实名信息填写") && t.contains('*'),
            )
            .await?;
        world.click("#save-continue").await?;
        world
            .text_where(
                "#answer-applicant_occupation-problem",
                "asks for what is missing",
                |t| t.starts_with("请填写"),
            )
            .await?;
        world
            .type_into("#answer-applicant_resident_id", "341602198503120218")
            .await?;
        world
            .type_into("#answer-applicant_occupation", "教师")
            .await?;
        world.click("#answer-applicant_status-0").await?;
        world
            .text_where(
                "#answer-applicant_resident_id-problem",
                "names the check digit",
                |t| t.contains("校验码"),
            )
            .await?;
        world.screenshot("desktop-section-problems").await?;
        saved_on_device(&world).await?;
        Ok(())
    }
    .await;
    let Some(world) = killed_and_reopened(world, outcome, "apply-again").await else {
        return;
    };
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world
            .text_where("#drafts .draft-name", "lists the draft", |t| {
                t == "结婚登记"
            })
            .await?;
        world.resize(DESKTOP).await?;
        world.click("#drafts .draft-continue").await?;
        let occupation = value_of(&world, "#answer-applicant_occupation").await?;
        check(
            occupation == "教师",
            format!("back on the same page with what was typed: {occupation:?}"),
        )?;
        let id = value_of(&world, "#answer-applicant_resident_id").await?;
        check(
            id == "341602198503120218",
            format!("a wrong answer is kept as typed, to be fixed: {id:?}"),
        )?;
        world
            .type_into("#answer-applicant_resident_id", "341602198503120217")
            .await?;
        world
            .eventually("the ID problem clears", || async {
                let text = world
                    .find("#answer-applicant_resident_id-problem")
                    .await
                    .ok()?
                    .text()
                    .await
                    .ok()?;
                text.is_empty().then_some(())
            })
            .await?;
        world.screenshot("desktop-section-restored").await?;

        world.click("#back-to-steps").await?;
        world.click("#to-check").await?;
        world
            .text_where("#problem-summary", "lists what is still missing", |t| {
                t.contains("请填写")
            })
            .await?;
        world
            .text_where("#answers-applicant", "shows the answers given", |t| {
                t.contains("教师") && t.contains("未婚")
            })
            .await?;
        world.click("#delivery-ems").await?;
        let pressed = world
            .find("#delivery-ems")
            .await?
            .attr("aria-pressed")
            .await
            .map_err(|e| e.to_string())?;
        check(pressed.as_deref() == Some("true"), "EMS delivery is chosen")?;
        // EMS asks who receives the result, starting from the account's own
        // name and mobile; the street is typed.
        world
            .text_where("#ems-recipient-step", "asks for the recipient", |t| {
                t.contains("收件信息")
            })
            .await?;
        let name = value_of(&world, "#ems-recipient-name").await?;
        check(
            name == "张晓明",
            format!("the recipient starts from the account: {name}"),
        )?;
        world.type_into("#ems-recipient-mobile", CITIZEN).await?;
        world
            .choose("#ems-recipient-address-province", "34")
            .await?;
        world.choose("#ems-recipient-address-city", "3416").await?;
        world
            .choose("#ems-recipient-address-district", "341602")
            .await?;
        world
            .type_into("#ems-recipient-address-detail", "谯城区芍花路 1 号")
            .await?;
        world.screenshot("desktop-check-answers").await?;

        // The rest of the form, then submit with a double tap.
        world.click("#answers-applicant .section-link").await?;
        world
            .choose("#answer-applicant_ethnic_group", "汉族")
            .await?;
        world
            .choose("#answer-applicant_education", "大学本科")
            .await?;
        world.click("#save-continue").await?;
        world.type_into("#answer-partner_name", "王芳").await?;
        world
            .type_into("#answer-partner_resident_id", "341602199204170462")
            .await?;
        world.choose("#answer-partner_ethnic_group", "回族").await?;
        world.choose("#answer-partner_education", "研究生").await?;
        world
            .type_into("#answer-partner_occupation", "医生")
            .await?;
        world.click("#answer-partner_status-0").await?;
        world.click("#save-continue").await?;
        world
            .set_value("#answer-registration_date", "2026-12-01")
            .await?;
        world.click("#answer-ceremony-yes").await?;
        world
            .type_into("#answer-contact_mobile", "13900000001")
            .await?;
        world.click("#save-continue").await?;
        world
            .eventually("no problem left on the check page", || async {
                let summary = world
                    .client
                    .find_all(fantoccini::Locator::Css("#problem-summary"))
                    .await
                    .ok()?;
                summary.is_empty().then_some(())
            })
            .await?;
        let street = value_of(&world, "#ems-recipient-address-detail").await?;
        check(
            street == "谯城区芍花路 1 号",
            format!("the draft kept the recipient typed: {street}"),
        )?;
        world.click("#submit").await?;
        // A second tap right after: the button is busy by then (and the hall
        // would answer the same application under the draft's key anyway).
        world
            .script("const button = document.getElementById('submit'); if (button) button.click();")
            .await?;
        let number = world
            .text_where("#application-number", "shows the application number", |t| {
                t.starts_with("BZ") && t.len() == 16
            })
            .await?;
        world.screenshot("desktop-submitted").await?;
        world.click("#to-my-applications").await?;
        let listed = world
            .texts("#my-applications .application-number", 1)
            .await?;
        check(
            listed == [number.clone()],
            format!("exactly one application, {number}, under 我的办件: {listed:?}"),
        )?;
        world
            .text_where("#drafts", "the submitted draft is gone", |t| {
                t.contains("暂无草稿")
            })
            .await?;
        world.screenshot("desktop-my-applications").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

/// The text of the option chosen in the select `css`.
async fn chosen_in(world: &World, css: &str, what: &str, expected: &str) -> Step {
    world
        .text_where(&format!("{css} option:checked"), what, |t| t == expected)
        .await
        .map(drop)
}

#[tokio::test]
async fn an_address_is_chosen_province_city_district_and_starts_from_the_one_on_file() {
    let world = World::launch("address").await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;
        world.click_text(".tab-bar .nav-link", "办事").await?;
        world.type_into("#search-input", "最低生活保障申请").await?;
        world
            .text_where("#items .item-name", "finds the item", |t| {
                t == "最低生活保障申请"
            })
            .await?;
        world.click("#items .item-link").await?;
        world.click("#apply").await?;
        world.click("#task-applicant").await?;
        // On a phone one question at a time: name, ID number, mobile, address.
        for _ in 0..3 {
            world.click("#save-continue").await?;
        }
        world
            .text_where("#question-count", "reaches the address", |t| {
                t.starts_with("第 4 / ")
            })
            .await?;

        // The address on file, as the hall holds it, marked as filled in.
        chosen_in(&world, "#answer-home-province", "prefilled", "安徽省").await?;
        chosen_in(&world, "#answer-home-city", "prefilled", "亳州市").await?;
        chosen_in(&world, "#answer-home-district", "prefilled", "谯城区").await?;
        let street = value_of(&world, "#answer-home-detail").await?;
        check(
            street == "芍花路 1 号",
            format!("the street on file: {street:?}"),
        )?;
        world
            .text_where("#answer-home-field .field-prefilled", "is marked", |t| {
                t.contains("已自动填写")
            })
            .await?;

        // Another province: a municipality's one city is chosen at once, the
        // district is asked again, the street is kept.
        world.choose("#answer-home-province", "11").await?;
        chosen_in(&world, "#answer-home-city", "has its only city", "市辖区").await?;
        chosen_in(&world, "#answer-home-district", "asks again", "请选择区县").await?;
        let street = value_of(&world, "#answer-home-detail").await?;
        check(
            street == "芍花路 1 号",
            format!("the street is kept: {street:?}"),
        )?;
        world.click("#save-continue").await?;
        world
            .text_where("#answer-home-problem", "asks for the district", |t| {
                t == "请选择家庭住址的省、市、区县"
            })
            .await?;
        world.choose("#answer-home-district", "110101").await?;
        world
            .text_where("#answer-home-problem", "is satisfied", str::is_empty)
            .await?;
        world.screenshot("phone-address").await?;
        saved_on_device(&world).await?;
        Ok(())
    }
    .await;
    // Killed on the fourth question: reopened, the phone asks it again.
    let Some(world) = killed_and_reopened(world, outcome, "address-again").await else {
        return;
    };
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world.click("#drafts .draft-continue").await?;
        world
            .text_where("#question-count", "asks the same question", |t| {
                t.starts_with("第 4 / ")
            })
            .await?;
        chosen_in(&world, "#answer-home-district", "was saved", "东城区").await?;
        world.resize(DESKTOP).await?;
        world.click("#back-to-steps").await?;
        world.click("#task-applicant").await?;
        chosen_in(&world, "#answer-home-province", "is whole", "北京市").await?;
        world.screenshot("desktop-address").await?;

        // The address on file, which filled the form, is changed under 我的.
        world.click_text(".nav-link", "我的").await?;
        world
            .text_where("#address-on-file-text", "shows the one on file", |t| {
                t == "安徽省亳州市谯城区芍花路 1 号"
            })
            .await?;
        world.click("#edit-address").await?;
        world.choose("#address-on-file-province", "11").await?;
        world.click("#save-address").await?;
        world
            .text_where("#address-on-file-problem", "asks for the district", |t| {
                t == "请选择常住地址的省、市、区县"
            })
            .await?;
        world.choose("#address-on-file-district", "110105").await?;
        world
            .type_into("#address-on-file-detail", "东四北大街 1 号")
            .await?;
        world.click("#save-address").await?;
        world
            .text_where("#address-on-file-text", "shows the new one", |t| {
                t == "北京市朝阳区东四北大街 1 号"
            })
            .await?;
        world.screenshot("desktop-address-on-file").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
