//! Following an application in the real window: the hall's staff accept a
//! citizen's application and the bell's count rises without a reload; the
//! list shows it and opens the application. Logged out, 办件查询 from the
//! home page finds it by number and name, and a wrong name or a malformed
//! number is told apart from an answer — the former without saying which of
//! the two was wrong.

use crate::bookings::sandbox_at;
use crate::hall;
use crate::world::{DESKTOP, PHONE, Step, World, check};
use banshi_sandbox::demo_accounts::DEMO_PASSWORD;

const CITIZEN: &str = "13900000001";

/// The bell's unread count as shown (none shown is 0).
pub(crate) async fn bell_count(world: &World) -> Step<u32> {
    let text = world
        .script("const c = document.getElementById('bell-count'); return c ? c.textContent : '0';")
        .await?;
    Ok(text.as_str().unwrap_or("0").trim().parse().unwrap_or(0))
}

async fn path(world: &World) -> Step<String> {
    let path = world.script("return window.location.pathname").await?;
    Ok(path.as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn the_bell_rises_when_staff_act_and_the_lookup_finds_the_application() {
    let (api_url, _stop, _data) = sandbox_at("2026-11-23T10:00").await;
    banshi::hall_api::install_tls_provider();
    let citizen = hall::token(&api_url, CITIZEN)
        .await
        .expect("a citizen session");
    let application = hall::submit_marriage(&api_url, &citizen)
        .await
        .expect("a submitted application");
    let number = application.number.to_string();
    let staff = hall::token(&api_url, hall::HALL_STAFF)
        .await
        .expect("a staff session");
    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("lookup", home, &api_url).await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.log_in(CITIZEN, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "张晓明")
            .await?;
        world.find("#bell").await?;
        // What the submission itself told, if anything, arrives first.
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        let before = bell_count(&world).await?;

        // The staff accept it at the hall; the bell rises on its own.
        hall::staff_act(&api_url, &staff, &application.number, "accept").await?;
        let after = world
            .eventually("the bell's count rises without a reload", || async {
                let count = bell_count(&world).await.ok()?;
                (count > before).then_some(count)
            })
            .await?;
        check(after >= 1, format!("unread shown: {after}"))?;
        world.click_text(".tab-bar .nav-link", "首页").await?;
        world.screenshot("phone-bell").await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world.click("#large-text").await?;
        world.click_text(".tab-bar .nav-link", "首页").await?;
        world.find("#bell-count").await?;
        world.screenshot("phone-bell-large-text").await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world.click("#large-text").await?;

        // The list: the newest first, the acceptance unread, its time shown.
        world.click("#bell").await?;
        world
            .text_where(
                "#notifications .notification:first-child .notification-status",
                "the newest is the acceptance",
                |t| t == "已受理",
            )
            .await?;
        world
            .find("#notifications .notification:first-child.notification-unread")
            .await?;
        world
            .text_where(
                "#notifications .notification:first-child .notification-time",
                "dated in China time, as the hall acted",
                |t| t == "2026-11-23 10:00",
            )
            .await?;
        world.screenshot("phone-notifications").await?;
        world
            .eventually("opening the list marks them read", || async {
                (bell_count(&world).await.ok()? == 0).then_some(())
            })
            .await?;
        world.resize(DESKTOP).await?;
        world.screenshot("desktop-notifications").await?;

        // English, then back.
        world.click_text(".nav-link", "我的").await?;
        world.click("#locale-en").await?;
        world.click("#bell").await?;
        world
            .text_where(
                "#notifications .notification:first-child .notification-status",
                "the status in English",
                |t| t == "Accepted",
            )
            .await?;
        world.screenshot("desktop-notifications-en").await?;
        world.resize(PHONE).await?;
        world.screenshot("phone-notifications-en").await?;
        world.click_text(".tab-bar .nav-link", "Me").await?;
        world.click("#locale-zh-CN").await?;

        // A notification opens its application.
        world.click("#bell").await?;
        world
            .click("#notifications .notification:first-child .notification-link")
            .await?;
        world
            .eventually("the application's page", || async {
                let at = path(&world).await.ok()?;
                (at == format!("/applications/{number}")).then_some(())
            })
            .await?;

        // Logged out, 办件查询 from the home page.
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world.click("#log-out").await?;
        world.find("#logged-out").await?;
        world
            .find("#bell")
            .await
            .err()
            .ok_or("no bell logged out")?;
        world.click_text(".tab-bar .nav-link", "首页").await?;
        world.click("#to-lookup").await?;

        world.type_into("#lookup-number", "BZ2026").await?;
        world.type_into("#lookup-name", "张晓明").await?;
        world.click("#lookup-submit").await?;
        world
            .text_where(
                "#lookup-number-problem",
                "a malformed number is told at once",
                |t| t.contains("办件编号格式不正确"),
            )
            .await?;

        world.set_value("#lookup-number", &number).await?;
        world.click("#lookup-submit").await?;
        world
            .text_where("#lookup-item", "finds the item", |t| t == "结婚登记")
            .await?;
        world
            .text_where("#lookup-status", "where it stands", |t| t == "已受理")
            .await?;
        world.find_all("#lookup-steps li", 2).await?;
        world
            .text_where("#lookup-deadline", "the due date and days left", |t| {
                t.contains("剩余") && t.contains("个工作日")
            })
            .await?;
        world.screenshot("phone-lookup").await?;
        world.resize(DESKTOP).await?;
        world.screenshot("desktop-lookup").await?;

        world.set_value("#lookup-name", "张晓").await?;
        world.click("#lookup-submit").await?;
        world
            .text_where(
                "#lookup-not-found .notice-title",
                "a wrong name is not found",
                |t| t == "没有查到这件办件",
            )
            .await?;
        world
            .find("#lookup-result")
            .await
            .err()
            .ok_or("no answer shown")?;
        world.screenshot("desktop-lookup-not-found").await?;

        // The same in English.
        world.click_text(".nav-link", "我的").await?;
        world.click("#locale-en").await?;
        world.click_text(".nav-link", "Home").await?;
        world.click("#to-lookup").await?;
        world.set_value("#lookup-number", &number).await?;
        world.set_value("#lookup-name", "张晓明").await?;
        world.click("#lookup-submit").await?;
        world
            .text_where("#lookup-status", "the status in English", |t| {
                t == "Accepted"
            })
            .await?;
        world.screenshot("desktop-lookup-en").await?;
        world.resize(PHONE).await?;
        world.screenshot("phone-lookup-en").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
