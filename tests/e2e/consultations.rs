//! 咨询投诉 in the real window: a question asked from the city hall's 结婚登记 guide — the
//! subject prefilled, a text too short refused at its field, a photo
//! attached, the page left and opened again with everything kept — sent and
//! shown with the promised answer date; the hall's staff answer (over HTTP),
//! the bell counts the reply, the thread shows it, the notification opens
//! it, and 我的 lists it answered. Screenshots at phone and desktop size.

use crate::bookings::sandbox_at;
use crate::hall;
use crate::lookup::bell_count;
use crate::world::{DESKTOP, PHONE, Step, World, check};
use banshi_sandbox::demo_accounts::DEMO_PASSWORD;

const CITIZEN: &str = "13900000001";
const QUESTION: &str = "户口本在老家，能用户籍证明代替吗？照片是派出所开的证明。";
const ANSWER: &str = "可以。请携带派出所出具的户籍证明原件和身份证到窗口办理。";

/// Opens the city hall's 结婚登记 guide (`code`) from the search.
async fn open_marriage_guide(world: &World, code: &str) -> Step {
    world.click_text(".tab-bar .nav-link", "办事").await?;
    world.type_into("#search-input", "结婚登记").await?;
    world
        .click(&format!("#items .item-card[data-code='{code}'] .item-link"))
        .await?;
    world
        .text_where("#guide-title", "the guide", |t| t == "结婚登记")
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_question_from_a_guide_is_kept_until_sent_and_the_halls_answer_is_shown() {
    let (api_url, _stop, _data) = sandbox_at("2026-11-23T10:00").await;
    banshi::hall_api::install_tls_provider();
    let staff = hall::token(&api_url, hall::HALL_STAFF)
        .await
        .expect("a staff session");
    let code = hall::marriage_code(&api_url)
        .await
        .expect("the city hall's 结婚登记")
        .to_string();
    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("consultations", home, &api_url).await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;
        open_marriage_guide(&world, &code).await?;
        world.click("#ask-question").await?;
        world
            .text_where("#ask-subject", "about the guide's item", |t| {
                t == "结婚登记"
            })
            .await?;
        world
            .text_where("#ask-promise", "the promised answer", |t| {
                t.contains("5 个工作日")
            })
            .await?;
        world.type_into("#ask-text", "请问").await?;
        world.click("#ask-send").await?;
        world
            .text_where("#ask-text-problem", "too short, at its field", |t| {
                t.contains("至少写 5 个字")
            })
            .await?;
        world.type_into("#ask-text", QUESTION).await?;
        world
            .text_where("#ask-text-count", "counts the characters", |t| {
                t == format!("{}/1000 字", QUESTION.chars().count())
            })
            .await?;
        world
            .client
            .find(fantoccini::Locator::Css("#ask-photo-file"))
            .await
            .map_err(|e| format!("the photo input: {e}"))?
            .send_keys(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/photos/gps/DSCN0010.jpg"
            ))
            .await
            .map_err(|e| format!("choosing the photo: {e}"))?;
        world.find("#ask-photos .material-thumb").await?;
        world
            .script("document.querySelector(\"#ask-form\").scrollIntoView({block: 'start'})")
            .await?;
        world.screenshot("phone-ask").await?;

        // Left and opened again: what was typed and the photo are still there.
        open_marriage_guide(&world, &code).await?;
        world.click("#ask-question").await?;
        world
            .eventually("the text typed is restored", || async {
                let text = world
                    .script("return document.getElementById('ask-text')?.value ?? '';")
                    .await
                    .ok()?;
                (text == QUESTION).then_some(())
            })
            .await?;
        world.find("#ask-photos .material-thumb").await?;
        world.click("#ask-send").await?;
        world
            .text_where("#consultation-status", "sent, awaiting", |t| t == "待答复")
            .await?;
        world
            .text_where("#consultation-deadline .deadline-days", "days left", |t| {
                t.starts_with("剩余")
            })
            .await?;
        world
            .text_where("#message-0 .thread-text", "the question", |t| t == QUESTION)
            .await?;
        world.screenshot("phone-consultation-open").await?;
        let path = world.script("return window.location.pathname").await?;
        let id = path
            .as_str()
            .and_then(|p| p.strip_prefix("/consultations/"))
            .ok_or(format!("the thread's address: {path}"))?
            .to_owned();

        // The hall answers; the bell counts it and the thread shows it.
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        let before = bell_count(&world).await?;
        hall::staff_post(
            &api_url,
            &staff,
            &format!("staff/consultations/{id}/replies"),
            &serde_json::json!({ "text": ANSWER }),
        )
        .await?;
        world
            .eventually("the bell counts the reply", || async {
                (bell_count(&world).await.ok()? > before).then_some(())
            })
            .await?;
        world
            .text_where("#message-1 .thread-text", "the hall's answer", |t| {
                t == ANSWER
            })
            .await?;
        world
            .text_where("#consultation-status", "answered", |t| t == "已答复")
            .await?;
        let from = world
            .script("return document.getElementById('message-1').dataset.author;")
            .await?;
        check(from == "Hall", format!("the answer is the hall's: {from}"))?;
        world.screenshot("phone-consultation-answered").await?;

        // The notification opens the thread; 我的 lists it answered.
        world.click("#bell").await?;
        world
            .click_until(
                &format!(".notification-link[href='/consultations/{id}']"),
                "#consultation-thread",
            )
            .await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world
            .text_where(
                &format!("#consultation-{id} .consultation-status"),
                "我的 lists it answered",
                |t| t == "已答复",
            )
            .await?;
        world.resize(DESKTOP).await?;
        world
            .script(
                "document.querySelector(\"#my-consultations\").scrollIntoView({block: 'start'})",
            )
            .await?;
        world.screenshot("desktop-my-consultations").await?;
        let row = format!("#consultation-{id} .application-link");
        world.click_until(&row, "#consultation-thread").await?;
        world.screenshot("desktop-consultation-answered").await?;

        // In large text, at phone size.
        world.resize(PHONE).await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world.click("#large-text").await?;
        world.click_until(&row, "#consultation-thread").await?;
        world
            .screenshot("phone-large-consultation-answered")
            .await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
