//! 好差评 in the real window: a marriage application completed by the hall's
//! staff (over HTTP) is rated 不满意 — the reason it needs said before
//! sending and asked for at its field — the follow-up case shows the date
//! the hall promised to answer by, the staff's answer (over HTTP) appears on
//! the application page, the applicant rates the answer, and the city hall's
//! public figures count the rating. Screenshots at phone and desktop size.

use crate::bookings::sandbox_at;
use crate::hall;
use crate::progress::open_application;
use crate::world::{DESKTOP, PHONE, Step, World, check};
use banshi_sandbox::demo_accounts::DEMO_PASSWORD;

const CITIZEN: &str = "13900000001";
const REASON: &str = "材料已经网上提交，窗口还让我回去复印一份";
const ANSWER: &str = "已核实并对窗口人员进行了提醒，网上已提交的材料不再要求复印。";

#[tokio::test]
async fn a_bad_rating_with_its_reason_gets_the_halls_answer_which_is_rated_in_turn() {
    let (api_url, _stop, _data) = sandbox_at("2026-11-23T10:00").await;
    banshi::hall_api::install_tls_provider();
    let citizen = hall::token(&api_url, CITIZEN)
        .await
        .expect("a citizen session");
    let staff = hall::token(&api_url, hall::HALL_STAFF)
        .await
        .expect("a staff session");
    let application = hall::submit_marriage(&api_url, &citizen)
        .await
        .expect("a submitted application");
    hall::staff_complete(&api_url, &staff, &application.number)
        .await
        .expect("the hall completes it");
    let number = application.number.to_string();
    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("ratings", home, &api_url).await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;
        open_application(&world, &number).await?;
        world
            .text_where("#application-status", "completed", |t| t == "已办结")
            .await?;
        let levels = world
            .texts("#rating-form .rating-level-label", 5 + 5 * 5)
            .await?;
        check(
            levels[..5] == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"],
            format!("the five levels, the best first: {:?}", &levels[..5]),
        )?;
        world.click("label[for='rating-score-4']").await?;
        let asked = world
            .script("return document.getElementById('rating-reason-field') !== null;")
            .await?;
        check(asked == false, "a good score asks no reason")?;

        // 不满意: the reason is asked for, before sending and at its field.
        world.click("label[for='rating-score-2']").await?;
        world
            .text_where("#rating-reason-hint", "says a reason is needed", |t| {
                t.contains("必须写明原因")
            })
            .await?;
        world.click("label[for='rating-efficiency-2']").await?;
        world.click("#rating-send").await?;
        world
            .text_where("#rating-reason-problem", "asks for the reason", |t| {
                t.contains("不满意的原因")
            })
            .await?;
        let invalid = world
            .script("return document.getElementById('rating-reason').getAttribute('aria-invalid');")
            .await?;
        check(invalid == "true", "the problem is the reason field's")?;
        world.type_into("#rating-reason", REASON).await?;
        world.screenshot("phone-rating-form").await?;
        world.click("#rating-send").await?;
        world
            .text_where("#rating-level", "the rating given", |t| t == "不满意")
            .await?;
        world
            .text_where("#rating-reason-shown", "its reason", |t| t.contains(REASON))
            .await?;
        world
            .text_where(
                "#rating-case .deadline-due",
                "the promised answer date",
                |t| t.starts_with("承诺回复日期"),
            )
            .await?;
        world.find("#rating-awaiting").await?;
        world
            .script("document.querySelector(\"#rating-shown\").scrollIntoView({block: 'start'})")
            .await?;
        world.screenshot("phone-rating-case").await?;

        // The hall answers at its desk; the page shows it.
        let ratings: serde_json::Value = reqwest::Client::new()
            .get(format!("{api_url}/ratings"))
            .bearer_auth(&citizen)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| format!("the citizen's ratings: {e}"))?
            .json()
            .await
            .map_err(|e| format!("the ratings: {e}"))?;
        let id = ratings[0]["id"]
            .as_str()
            .ok_or(format!("one rating: {ratings}"))?
            .to_owned();
        hall::staff_post(
            &api_url,
            &staff,
            &format!("staff/ratings/{id}/reply"),
            &serde_json::json!({ "text": ANSWER }),
        )
        .await?;
        open_application(&world, &number).await?;
        world
            .text_where("#rating-reply-text", "the hall's answer", |t| t == ANSWER)
            .await?;
        world.click("label[for='reply-score-4']").await?;
        world.click("#reply-rating-send").await?;
        world
            .text_where("#reply-rating-shown", "the answer rated", |t| {
                t.contains("满意") && !t.contains("不满意")
            })
            .await?;
        world
            .script("document.querySelector(\"#rating-shown\").scrollIntoView({block: 'start'})")
            .await?;
        world.screenshot("phone-rating-answered").await?;
        world.resize(DESKTOP).await?;
        world
            .script("document.querySelector(\"#rating-shown\").scrollIntoView({block: 'start'})")
            .await?;
        world.screenshot("desktop-rating-answered").await?;

        // The city hall's public figures count it.
        world
            .click_text(".tab-bar .nav-link, .nav-link", "预约")
            .await?;
        world
            .text_where(
                ".hall-card[data-hall='shizhi'] .hall-ratings",
                "the hall's figures",
                |t| t.starts_with("好差评 1 条"),
            )
            .await?;
        world
            .script("document.querySelector(\".hall-card[data-hall='shizhi']\").scrollIntoView({block: 'start'})")
            .await?;
        world.screenshot("desktop-hall-figures").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
