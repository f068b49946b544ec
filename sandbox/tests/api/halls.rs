//! The halls routes.

use banshi_api::ErrorCode;
use banshi_api::halls::Hall;
use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn lists_the_six_halls_of_the_city_in_order() {
    let app = spawn_app().await;
    let halls: Vec<Hall> = app.get_ok("/halls").await;
    let districts: Vec<_> = halls.iter().map(|h| h.district.as_str()).collect();
    assert_eq!(
        districts,
        ["市直", "谯城区", "涡阳县", "蒙城县", "利辛县", "经开区"],
        "the city hall comes first, then the districts"
    );
    for hall in &halls {
        assert!(!hall.address.is_empty(), "{} needs an address", hall.name);
        assert!(!hall.hours.is_empty(), "{} needs opening hours", hall.name);
        assert!(!hall.windows.is_empty(), "{} needs windows", hall.name);
    }
}

#[tokio::test]
async fn one_hall_by_code_and_a_404_for_an_unknown_one() {
    let app = spawn_app().await;
    let hall: Hall = app.get_ok("/halls/qiaocheng").await;
    assert_eq!(hall.district, "谯城区");
    let error = app
        .get_error("/halls/atlantis", StatusCode::NOT_FOUND)
        .await;
    assert_eq!(error.code, ErrorCode::NotFound);
    assert!(
        error.message.contains("atlantis"),
        "the message names what was not found"
    );
}

#[tokio::test]
async fn an_unknown_route_answers_a_json_404() {
    let app = spawn_app().await;
    let error = app.get_error("/no-such-route", StatusCode::NOT_FOUND).await;
    assert_eq!(error.code, ErrorCode::NotFound);
}
