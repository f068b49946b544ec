//! The home screen: what a user sees first.

use crate::world::{DESKTOP, PHONE, Step, World, check};

#[tokio::test]
async fn the_home_screen_lists_the_six_halls_and_popular_items() {
    let world = World::launch("home").await;
    let outcome: Step = async {
        let districts = world.texts(".home-halls .hall-district", 6).await?;
        eprintln!(
            "cold start to the first screen with its halls: {} ms",
            world.launched.elapsed().as_millis()
        );
        check(
            districts == ["市直", "谯城区", "涡阳县", "蒙城县", "利辛县", "经开区"],
            format!("the six halls of the city, city hall first; saw {districts:?}"),
        )?;
        let popular = world.texts("#popular-items .item-name", 6).await?;
        check(
            popular.iter().all(|name| !name.trim().is_empty()),
            format!("popular items have names: {popular:?}"),
        )?;
        let tabs = world.texts(".nav-link", 4).await?;
        check(
            tabs == ["首页", "办事", "预约", "我的"],
            format!("the sections are named in Chinese by default: {tabs:?}"),
        )?;
        world.resize(DESKTOP).await?;
        world.find(".home-halls .hall-card").await?;
        world.screenshot("desktop").await?;
        world.resize(PHONE).await?;
        let tabs = world.texts(".tab-bar .nav-link", 4).await?;
        check(
            tabs.len() == 4,
            "a phone-sized window shows the bottom tab bar",
        )?;
        world.screenshot("phone").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

#[tokio::test]
async fn the_bookings_tab_shows_each_halls_hours_and_windows() {
    let world = World::launch("halls").await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world.click_text(".tab-bar .nav-link", "预约").await?;
        let cards = world.find_all(".hall-list-full .hall-card", 6).await?;
        check(cards.len() == 6, "all six halls")?;
        let hours = world.texts(".hall-list-full .hall-hours", 6).await?;
        check(
            hours.iter().all(|text| text.contains("周一至周五")),
            format!("every hall says when it opens on weekdays: {hours:?}"),
        )?;
        world.screenshot("phone").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
