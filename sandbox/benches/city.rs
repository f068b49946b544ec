//! What the benchmarks find in the demo city before they measure.

use banshi_api::catalog::ItemPage;
use banshi_api::ids::ItemCode;

/// The code of the city hall's marriage registration (结婚登记).
pub async fn marriage_code(client: &reqwest::Client, api_url: &str) -> ItemCode {
    let page: ItemPage = client
        .get(format!("{api_url}/catalog/items?q=结婚登记&hall=shizhi"))
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .expect("the catalog answers")
        .json()
        .await
        .expect("a page of items");
    page.items
        .into_iter()
        .find(|item| item.name == "结婚登记")
        .expect("the city hall registers marriages")
        .code
}
