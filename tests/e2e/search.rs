//! Searching the device's catalog as the user types — in Chinese, by pinyin
//! initials — and again when the hall's server cannot be reached.

use banshi_sandbox::{Application, Settings};
use tokio::sync::oneshot;

use crate::world::{PHONE, Step, World, check};

/// Types `text` into the search field and waits until the first hit satisfies `expect`.
async fn search(world: &World, text: &str, expect: impl Fn(&str) -> bool) -> Step<String> {
    world.type_into("#search-input", text).await?;
    let expect = &expect;
    world
        .eventually(&format!("a first hit for {text:?}"), || async move {
            let first = world.texts("#items .item-name", 1).await.ok()?.remove(0);
            expect(&first).then_some(first)
        })
        .await
}

#[tokio::test]
async fn initials_and_chinese_find_the_item_with_its_match_marked() {
    let world = World::launch("search").await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.click_text(".tab-bar .nav-link", "办事").await?;
        let first = search(&world, "sfz", |name| name.contains("身份证")).await?;
        let marked = world
            .texts("#items .item-card:first-child mark", 1)
            .await?
            .concat();
        check(
            marked == "身份证",
            format!("the initials sfz mark 身份证 in {first}: {marked:?}"),
        )?;
        world.screenshot("phone-sfz").await?;

        let first = search(&world, "营业执照", |name| name.contains("营业执照")).await?;
        world.click("#items .item-link").await?;
        world
            .text_where("#guide-title", "is the item tapped", |t| t == first)
            .await?;
        world.click("#favourite").await?;
        world
            .text_where("#favourite", "says it is saved", |t| t == "已收藏")
            .await?;

        world.click_text(".tab-bar .nav-link", "我的").await?;
        let saved = world.texts("#favourites .saved-name", 1).await?;
        check(
            saved == [first.clone()],
            format!("the favourite is listed under 我的: {saved:?}"),
        )?;
        let recent = world.texts("#recent .saved-name", 1).await?;
        check(
            recent[0] == first,
            format!("the guide just read comes first in 最近浏览: {recent:?}"),
        )?;
        world.screenshot("phone-me").await?;

        world.click_text(".tab-bar .nav-link", "办事").await?;
        world.click("#browse-link").await?;
        let departments = world.find_all("#departments .department-link", 30).await?;
        check(
            departments.len() >= 30,
            "the whole city's departments can be browsed",
        )?;
        world.screenshot("phone-browse").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

#[tokio::test]
async fn a_guide_hands_over_its_blank_form_as_a_real_pdf() {
    let world = World::launch("documents").await;
    let outcome: Step = async {
        world.click_text(".nav-link", "办事").await?;
        search(&world, "最低生活保障", |name| {
            name.contains("最低生活保障")
        })
        .await?;
        world.click("#items .item-link").await?;
        world.find(".document-sample").await?;
        world.click(".document-blank").await?;
        let status = world
            .text_where(".document-status", "says what became of the form", |t| {
                !t.is_empty()
            })
            .await?;
        let folder = world.data_dir().join("documents");
        let saved: Vec<_> = std::fs::read_dir(&folder)
            .map_err(|e| format!("{}: {e}", folder.display()))?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.to_string_lossy().ends_with("-blank.pdf"))
            .collect();
        let pdf = std::fs::read(
            saved
                .first()
                .ok_or("the blank form is saved on the device")?,
        )
        .map_err(|e| e.to_string())?;
        check(
            pdf.starts_with(b"%PDF-"),
            format!("a real PDF reached the device ({status})"),
        )?;
        world.screenshot("desktop-guide").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

#[tokio::test]
async fn with_the_hall_unreachable_the_app_searches_its_copy_and_says_so() {
    let sandbox_data = tempfile::tempdir().expect("sandbox data");
    let app = Application::build(&Settings::loopback(sandbox_data.path()))
        .await
        .expect("a sandbox for the app to sync from");
    let api_url = app.api_url();
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));

    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("offline-first", home, &api_url).await;
    let outcome: Step = async {
        world.click_text(".nav-link", "办事").await?;
        search(&world, "sfz", |name| name.contains("身份证")).await?;
        Ok(())
    }
    .await;
    if outcome.is_err() {
        return world.finish(outcome).await;
    }
    let home = world.close().await;
    let _ = stop.send(());
    let _ = server.await;

    let world = World::launch_against("offline-again", home, &api_url).await;
    let outcome: Step = async {
        let banner = world
            .text_where("#offline-banner", "says the copy is offline", |t| {
                t.contains("离线")
            })
            .await?;
        check(
            banner.contains("月") && banner.contains("日的目录"),
            format!("the banner dates the copy: {banner}"),
        )?;
        world.click_text(".nav-link", "办事").await?;
        search(&world, "sfz", |name| name.contains("身份证")).await?;
        search(&world, "营业执照", |name| name.contains("营业执照")).await?;
        world.screenshot("desktop-offline").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
