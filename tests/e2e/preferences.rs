//! Language and large text: chosen once under 我的, kept across restarts.

use crate::world::{PHONE, Step, World, check};

#[tokio::test]
async fn switching_to_english_changes_the_labels_and_is_remembered() {
    let world = World::launch("english").await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        world.click("#locale-en").await?;
        world
            .eventually("the tabs in English", || async {
                let tabs = world.texts(".tab-bar .nav-link", 4).await.ok()?;
                (tabs == ["Home", "Services", "Bookings", "Me"]).then_some(())
            })
            .await?;
        let lang = world.script("return document.documentElement.lang").await?;
        check(
            lang == "en",
            format!("the document says it is English: {lang}"),
        )?;
        world.click_text(".tab-bar .nav-link", "Home").await?;
        world
            .text_where(".hero-title", "in English", |t| {
                t == "Bozhou Government Services"
            })
            .await?;
        world.screenshot("phone-home").await?;
        Ok(())
    }
    .await;
    if outcome.is_err() {
        return world.finish(outcome).await;
    }
    let home = world.close().await;

    let world = World::relaunch("english-again", home).await;
    let outcome: Step = async {
        world
            .text_where(".hero-title", "still in English after a restart", |t| {
                t == "Bozhou Government Services"
            })
            .await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

#[tokio::test]
async fn large_text_mode_enlarges_the_text() {
    let world = World::launch("large-text").await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.click_text(".tab-bar .nav-link", "我的").await?;
        let size = "return getComputedStyle(document.documentElement).fontSize";
        let before = world.script(size).await?;
        world.click("#large-text").await?;
        let after = world
            .eventually("a larger root text size", || async {
                let after = world.script(size).await.ok()?;
                (after != before).then_some(after)
            })
            .await?;
        check(
            before == "16px" && after == "20px",
            format!("large text grows every size by a quarter: {before} → {after}"),
        )?;
        world.click_text(".tab-bar .nav-link", "首页").await?;
        world.find_all(".home-halls .hall-card", 6).await?;
        world.screenshot("phone-home").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
