//! The services list: paging, following the chosen hall, searching.

use crate::world::{PHONE, Step, World, check};

/// "共 3307 项" → 3307
fn total(text: &str) -> Option<u64> {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

#[tokio::test]
async fn the_services_list_pages_through_the_catalog_and_follows_the_hall() {
    let world = World::launch("catalog").await;
    let outcome: Step = async {
        world.click_text(".nav-link", "办事").await?;
        let first_page = world.texts("#items .item-name", 20).await?;
        world
            .text_where("#page-position", "is page 1", |t| t.starts_with("第 1 /"))
            .await?;
        let city_total = total(
            &world
                .find("#items-total")
                .await?
                .text()
                .await
                .map_err(|e| e.to_string())?,
        )
        .ok_or("the list says how many items there are")?;
        check(
            city_total >= 3000,
            format!("the whole city lists thousands of items, saw {city_total}"),
        )?;

        world.click("#next-page").await?;
        world
            .text_where("#page-position", "is page 2", |t| t.starts_with("第 2 /"))
            .await?;
        let second_page = world.texts("#items .item-name", 20).await?;
        check(
            second_page != first_page,
            "page 2 shows other items than page 1",
        )?;

        world.choose("#hall-switcher", "mengcheng").await?;
        world
            .text_where("#page-position", "is back on page 1", |t| {
                t.starts_with("第 1 /")
            })
            .await?;
        let hall_total = world
            .text_where("#items-total", "counts one hall's items", |t| {
                total(t).is_some_and(|n| n > 0 && n < city_total)
            })
            .await?;
        let departments = world.texts("#items .item-department", 20).await?;
        check(
            departments.iter().all(|d| d.contains("蒙城")),
            format!(
                "蒙城县's list holds its own departments' items ({hall_total}): {departments:?}"
            ),
        )?;

        world.resize(PHONE).await?;
        world.find(".tab-bar").await?;
        let first = world.texts("#items .item-name", 1).await?.remove(0);
        world.click("#items .item-link").await?;
        let title = world
            .text_where("#guide-title", "names the item", |t| !t.is_empty())
            .await?;
        check(
            title == first,
            format!("the guide of the item tapped: {title} vs {first}"),
        )?;
        let facts = world.texts("#summary-strip .fact-label", 6).await?;
        check(
            facts.iter().any(|f| f == "到现场次数") && facts.iter().any(|f| f == "办理时限"),
            format!("the summary strip says how many trips and how long: {facts:?}"),
        )?;
        world.find("#materials .material").await?;
        world.screenshot("phone-guide").await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}
