//! Going to the hall, in the real window, against a sandbox whose clock is a
//! Monday morning: a slot booked from an item (its check-in QR code, what to
//! bring), moved to another time and cancelled; and a number taken from home
//! whose place in line moves up live as the hall's staff call numbers.

use banshi_sandbox::demo_accounts::DEMO_PASSWORD;
use tokio::sync::oneshot;

use crate::hall;
use crate::world::{DESKTOP, PHONE, Step, World, check, sandbox_with};

const CITIZEN: &str = "13900000001";

/// A sandbox whose clock starts at `clock` (China time) with the simulated
/// calls off, so only the test's staff calls move the queue; and its API URL.
pub(crate) async fn sandbox_at(clock: &str) -> (String, oneshot::Sender<()>, tempfile::TempDir) {
    let start = banshi_sandbox::clock::parse_china_instant(clock).expect("a sandbox clock");
    sandbox_with(|settings| {
        settings.clock = Some(start);
        settings.queue_pace = 0;
    })
    .await
}

/// The text of the first enabled slot of the day shown, and clicks it.
async fn pick_slot(world: &World, nth: usize) -> Step<String> {
    let slots = world
        .find_all(".slot-grid .slot:not([disabled]) .slot-time", nth + 1)
        .await?;
    let time = slots[nth]
        .text()
        .await
        .map_err(|e| format!("a slot's time: {e}"))?;
    slots[nth]
        .click()
        .await
        .map_err(|e| format!("picking {time}: {e}"))?;
    Ok(time)
}

#[tokio::test]
async fn a_visit_is_booked_from_a_guide_moved_and_cancelled() {
    let (api_url, _stop, _data) = sandbox_at("2026-11-23T08:30").await;
    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("bookings", home, &api_url).await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;

        // An item worth booking at the city hall, then its guide's 预约办理.
        world.click_text(".tab-bar .nav-link", "预约").await?;
        let name = world
            .text_where(
                "#bookable-items .link-row-title",
                "lists items to book",
                |t| !t.is_empty(),
            )
            .await?;
        world.click_text(".tab-bar .nav-link", "办事").await?;
        world.type_into("#search-input", &name).await?;
        world
            .text_where("#items .item-name", "finds the item", |t| t == name)
            .await?;
        world.click("#items .item-link").await?;
        world.click("#book").await?;
        world
            .text_where("#book-item", "books the guide's item", |t| t == name)
            .await?;

        let first = pick_slot(&world, 0).await?;
        world
            .text_where("#picked-time", "shows the time picked", |t| {
                t.contains(&first[..5])
            })
            .await?;
        world.find("#booking-confirm #bring-list li").await?;
        world.screenshot("phone-calendar").await?;
        world.click("#confirm-booking").await?;
        let code = world
            .text_where("#check-in-code", "shows the check-in code", |t| {
                t.len() == 8 && t.chars().all(|c| c.is_ascii_digit())
            })
            .await?;
        world.find("#check-in-qr svg").await?;
        world
            .text_where("#booking-time", "shows when", |t| t.contains(&first))
            .await?;
        world
            .text_where("#booking-status", "is booked", |t| t == "已预约")
            .await?;
        world.screenshot("phone-booking").await?;

        // Moved to another time: the same booking, the same code, a new time.
        world.click("#reschedule").await?;
        let second = pick_slot(&world, 1).await?;
        check(second != first, format!("another slot than {first}"))?;
        world.click("#confirm-booking").await?;
        world
            .text_where("#booking-time", "shows the new time", |t| {
                t.contains(&second)
            })
            .await?;
        world
            .text_where("#check-in-code", "keeps its code", |t| t == code)
            .await?;

        world.resize(DESKTOP).await?;
        world.screenshot("desktop-booking").await?;
        world.click("#cancel-booking").await?;
        world.click("#cancel-yes").await?;
        world
            .text_where("#booking-status", "is cancelled", |t| t == "已取消")
            .await?;
        world
            .find("#reschedule")
            .await
            .err()
            .ok_or("a cancelled booking cannot be moved")?;

        // 我的 lists no open booking any more.
        world.click_text(".nav-link", "我的").await?;
        world
            .text_where("#my-bookings .page-intro", "has no open booking", |t| {
                t == "还没有预约"
            })
            .await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

/// Calls the next number of `group` at the city hall, as its staff.
async fn call_next(api_url: &str, staff_token: &str, group: &str) -> Step {
    let response = reqwest::Client::new()
        .post(format!("{api_url}/halls/shizhi/queue/{group}/call"))
        .bearer_auth(staff_token)
        .send()
        .await
        .map_err(|e| format!("calling a number: {e}"))?;
    check(
        response.status().is_success(),
        format!("the staff call is accepted: {}", response.status()),
    )
}

/// The number in "前面还有 N 人".
fn ahead_in(text: &str) -> Option<u32> {
    text.strip_prefix("前面还有 ")?
        .strip_suffix(" 人")?
        .parse()
        .ok()
}

#[tokio::test]
async fn a_number_taken_from_home_moves_up_as_the_hall_calls() {
    let (api_url, _stop, _data) = sandbox_at("2026-11-23T10:00").await;
    banshi::hall_api::install_tls_provider();
    let staff = hall::token(&api_url, hall::HALL_STAFF)
        .await
        .expect("a staff session");
    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("queue", home, &api_url).await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;
        world.click_text(".tab-bar .nav-link", "预约").await?;
        world.click_until("#tab-queue", "#queue-status").await?;
        world
            .text_where("#queue-status", "the hall is open", |t| {
                t.contains("办公中")
            })
            .await?;
        world.click("#take-A").await?;
        world
            .text_where("#ticket-number", "shows the number", |t| t.starts_with('A'))
            .await?;
        let state = world
            .text_where("#ticket-state", "shows the place in line", |t| {
                ahead_in(t).is_some()
            })
            .await?;
        let ahead = ahead_in(&state).unwrap_or_default();
        world.screenshot("phone-ticket").await?;

        // Each call moves the number up, live, without touching the screen.
        for left in (0..ahead).rev() {
            call_next(&api_url, &staff, "A").await?;
            let expected = format!("前面还有 {left} 人");
            world
                .text_where("#ticket-state", "moves up live", |t| t == expected)
                .await?;
        }
        call_next(&api_url, &staff, "A").await?;
        world
            .text_where("#ticket-state", "is called to a window", |t| {
                t.starts_with("已叫号，请到窗口：A")
            })
            .await?;
        world.resize(DESKTOP).await?;
        world.screenshot("desktop-ticket").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
