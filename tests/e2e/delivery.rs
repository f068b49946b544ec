//! EMS delivery in the real window, against a sandbox whose clock is a
//! working-day morning and whose courier moves a step a second: the citizen
//! keeps an address under 我的 → 收货地址, books a courier to collect the
//! paper originals of a marriage application (the list from the guide, a half
//! day), and once the hall's staff completed it, has the result mailed to the
//! saved address from the application page; the staff hand the parcel to
//! EMS, and the tracking timeline follows it to 已签收 while the bell counts
//! the courier's notifications. Screenshots at phone and desktop size.

use banshi_api::dates::Date;
use banshi_sandbox::domain::calendar;
use tokio::sync::oneshot;

use crate::hall;
use crate::lookup::bell_count;
use crate::progress::open_application;
use crate::world::{DESKTOP, PHONE, Step, World, check, sandbox_with};
use banshi_sandbox::demo_accounts::DEMO_PASSWORD;

const CITIZEN: &str = "13900000001";

/// The China day of today, or the next working day on the halls' calendar,
/// at 09:00: the device offers collection days from its own date, so the
/// hall's clock starts on the device's day, and its couriers are at work.
fn working_morning() -> (Date, String) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs() as i64;
    let mut day = (now + 8 * 3600).div_euclid(86_400);
    while !calendar::is_working_day(day) {
        day += 1;
    }
    let date = Date::from_days_clamped(day);
    (date, format!("{date}T09:00"))
}

/// A sandbox whose courier moves a step a second from a working-day morning;
/// its API URL.
async fn sandbox(clock: &str) -> (String, oneshot::Sender<()>, tempfile::TempDir) {
    let start = banshi_sandbox::clock::parse_china_instant(clock).expect("a sandbox clock");
    sandbox_with(|settings| {
        settings.clock = Some(start);
        settings.courier_pace = 1;
    })
    .await
}

/// Keeps an address under 我的 → 收货地址, through the window.
async fn saves_an_address(world: &World) -> Step {
    world.click_text(".tab-bar .nav-link", "我的").await?;
    world.click("#to-addresses").await?;
    world
        .text_where("#addresses-title", "opens 收货地址", |t| {
            t == "收货地址"
        })
        .await?;
    world.find(".notice-empty").await?;
    world.screenshot("phone-addresses-empty").await?;
    world.click("#add-address").await?;
    // Saved with nothing typed, every problem shows beside its field.
    world.click("#new-address-save").await?;
    world
        .text_where(
            "#new-address-mobile-problem",
            "the mobile is asked for",
            |t| !t.is_empty(),
        )
        .await?;
    world.type_into("#new-address-name", "张晓明").await?;
    world.type_into("#new-address-mobile", CITIZEN).await?;
    world.choose("#new-address-address-province", "34").await?;
    world.choose("#new-address-address-city", "3416").await?;
    world
        .choose("#new-address-address-district", "341602")
        .await?;
    world
        .type_into("#new-address-address-detail", "芍花路 8 号 2 单元 301")
        .await?;
    world.screenshot("phone-address-form").await?;
    world.click("#new-address-save").await?;
    world
        .text_where("#address-0", "the address is kept as the default", |t| {
            t.contains("芍花路 8 号") && t.contains("默认")
        })
        .await?;
    world.screenshot("phone-addresses").await?;
    world.resize(DESKTOP).await?;
    world.screenshot("desktop-addresses").await?;
    world.resize(PHONE).await
}

/// Books a courier for the originals of application `number`, from its
/// page, on the first day offered after the hall's `today` that is a working
/// day on its calendar.
async fn books_a_collection(world: &World, number: &str, today: Date) -> Step {
    open_application(world, number).await?;
    world.click("#open-originals").await?;
    world
        .text_where(
            "#order-originals-list",
            "lists the guide's originals",
            |t| t.contains("双方居民身份证") && t.contains("双方居民户口簿"),
        )
        .await?;
    let pressed = world
        .find("#collect-recipient-saved-0")
        .await?
        .attr("aria-pressed")
        .await
        .map_err(|e| e.to_string())?;
    check(
        pressed.as_deref() == Some("true"),
        "the collection starts from the default saved address",
    )?;
    let offered = world
        .script(
            "return [...document.querySelectorAll('#collection-date option')].map(o => o.value);",
        )
        .await?;
    let second = offered
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|value| Date::parse(value.as_str()?).ok())
        .find(|day| *day > today && calendar::is_working_day(day.days()))
        .ok_or(format!("a working day among {offered}"))?
        .to_string();
    world.set_value("#collection-date", &second).await?;
    world.click("#collection-afternoon").await?;
    world.find("#order-originals-fee [data-fee]").await?;
    world.screenshot("phone-collection-form").await?;
    world.click("#order-originals-confirm").await?;
    world
        .text_where("#parcel-originals-stage", "the collection is booked", |t| {
            t == "待揽收"
        })
        .await?;
    world
        .text_where(
            "#parcel-originals",
            "with its time and what to hand over",
            |t| t.contains(&second) && t.contains("下午") && t.contains("双方居民身份证"),
        )
        .await?;
    world.screenshot("phone-collection-booked").await
}

/// Mails the completed result to the default address, from the page; answers the waybill.
async fn mails_the_result(world: &World, number: &str) -> Step<String> {
    open_application(world, number).await?;
    world
        .text_where("#application-status", "completed", |t| t == "已办结")
        .await?;
    world.click("#open-result").await?;
    let pressed = world
        .find("#mail-recipient-saved-0")
        .await?
        .attr("aria-pressed")
        .await
        .map_err(|e| e.to_string())?;
    check(
        pressed.as_deref() == Some("true"),
        "the result goes to the default saved address",
    )?;
    world
        .text_where(
            "#order-result-fee",
            "the fee shows before confirming",
            |t| t.contains("免费") || t.contains("元"),
        )
        .await?;
    world.click("#order-result-confirm").await?;
    world
        .text_where(
            "#parcel-result-stage",
            "the result waits for the hall",
            |t| t == "待寄出",
        )
        .await?;
    world
        .text_where("#parcel-result", "to the saved address", |t| {
            t.contains("芍花路 8 号")
        })
        .await?;
    let waybill = world
        .text_where("#parcel-result-waybill", "an EMS waybill", |t| {
            t.len() == 13 && t.ends_with("CN")
        })
        .await?;
    world.screenshot("phone-result-ordered").await?;
    Ok(waybill)
}

#[tokio::test]
async fn the_result_is_mailed_to_a_saved_address_and_tracked_to_its_door() {
    let (today, clock) = working_morning();
    let (api_url, _stop, _data) = sandbox(&clock).await;
    banshi::hall_api::install_tls_provider();
    let citizen = hall::token(&api_url, CITIZEN)
        .await
        .expect("a citizen session");
    let staff = hall::token(&api_url, hall::HALL_STAFF)
        .await
        .expect("a staff session");
    let application = hall::submit_marriage(&api_url, &citizen)
        .await
        .expect("a submitted marriage application");
    let number = application.number.to_string();
    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("delivery", home, &api_url).await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;
        saves_an_address(&world).await?;
        books_a_collection(&world, &number, today).await?;

        hall::staff_complete(&api_url, &staff, &application.number).await?;
        let waybill = mails_the_result(&world, &number).await?;
        let before = bell_count(&world).await?;
        hall::staff_parcel_act(&api_url, &staff, &waybill, "hand_over").await?;
        world
            .eventually("the courier brings it to 已签收 on the page", || async {
                let stage = world.find("#parcel-result-stage").await.ok()?;
                (stage.text().await.ok()? == "已签收").then_some(())
            })
            .await?;
        let steps = world
            .texts("#parcel-result-tracking .timeline-step .tag", 4)
            .await?;
        check(
            steps.first().map(String::as_str) == Some("已签收")
                && steps.iter().any(|s| s == "已揽收")
                && steps.iter().any(|s| s == "运输中")
                && steps.iter().any(|s| s == "派送中"),
            format!("the timeline shows the journey, the newest first: {steps:?}"),
        )?;
        let phone = world
            .find("#parcel-result-tracking .courier-phone")
            .await?
            .attr("href")
            .await
            .map_err(|e| e.to_string())?
            .unwrap_or_default();
        check(
            phone.starts_with("tel:") && phone.len() > 8,
            format!("the courier's phone can be tapped: {phone}"),
        )?;
        let after = world
            .eventually("the bell counts the courier's notifications", || async {
                let count = bell_count(&world).await.ok()?;
                (count >= before + 4).then_some(count)
            })
            .await?;
        check(
            after >= before + 4,
            format!("a notification for each step: {before} → {after}"),
        )?;
        world.screenshot("phone-result-delivered").await?;
        world.resize(DESKTOP).await?;
        world.screenshot("desktop-result-delivered").await?;
        world.resize(PHONE).await?;

        // The newest notification, the delivery's, opens the application.
        world.click("#bell").await?;
        world
            .click_until(
                "#notifications .notification:first-child .notification-link",
                "#application-number",
            )
            .await?;
        world
            .text_where("#application-number", "the notification opens it", |t| {
                t == number
            })
            .await?;

        // In English and large text.
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world.click("#large-text").await?;
        world.click("#locale-en").await?;
        world
            .click_until(
                &format!("#application-{number} .application-link"),
                "#parcel-result-stage",
            )
            .await?;
        world
            .text_where("#parcel-result-stage", "in English", |t| t == "Delivered")
            .await?;
        world.screenshot("phone-result-delivered-en-large").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
