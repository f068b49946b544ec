//! The catalog routes: listing with filters and paging, guides, forms, the snapshot.

use std::collections::HashSet;

use banshi_api::ErrorCode;
use banshi_api::catalog::{Audience, CatalogSnapshot, Item, ItemKind, ItemPage, Theme};
use banshi_api::forms::{Answers, Form};
use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_NONE_MATCH};

use crate::helpers::{spawn_app, spawn_on};

#[tokio::test]
async fn the_demo_city_meets_the_catalog_numbers() {
    let app = spawn_app().await;
    let snapshot: CatalogSnapshot = app.get_ok("/catalog/snapshot").await;
    assert!(
        snapshot.items.len() >= 3000,
        "a real city lists thousands of items, got {}",
        snapshot.items.len()
    );
    let departments: HashSet<_> = snapshot
        .items
        .iter()
        .map(|i| i.summary.department.clone())
        .collect();
    assert!(
        departments.len() >= 30,
        "at least 30 departments, got {}",
        departments.len()
    );
    let kinds: HashSet<_> = snapshot.items.iter().map(|i| i.summary.kind).collect();
    assert_eq!(
        kinds.len(),
        ItemKind::ALL.len(),
        "every item kind is represented"
    );
    for theme in Theme::LIFE_EVENTS.iter().chain(&Theme::BUSINESS_EVENTS) {
        assert!(
            snapshot
                .items
                .iter()
                .any(|i| i.summary.themes.contains(theme)),
            "the {theme:?} theme has items"
        );
    }
}

#[tokio::test]
async fn the_first_page_is_the_most_popular_items() {
    let app = spawn_app().await;
    let page: ItemPage = app.get_ok("/catalog/items").await;
    assert_eq!(page.page, 1);
    assert_eq!(page.items.len(), 20, "the default page size is 20");
    assert!(page.total >= 3000);
    let popularity: Vec<_> = page.items.iter().map(|i| i.popularity).collect();
    assert!(
        popularity.windows(2).all(|w| w[0] >= w[1]),
        "most popular first: {popularity:?}"
    );
}

#[tokio::test]
async fn pages_do_not_overlap() {
    let app = spawn_app().await;
    let first: ItemPage = app.get_ok("/catalog/items?per_page=50").await;
    let second: ItemPage = app.get_ok("/catalog/items?per_page=50&page=2").await;
    let first_codes: HashSet<_> = first.items.iter().map(|i| &i.code).collect();
    assert_eq!(second.items.len(), 50);
    assert!(
        second.items.iter().all(|i| !first_codes.contains(&i.code)),
        "page 2 continues page 1"
    );
    let past_the_end: ItemPage = app.get_ok("/catalog/items?page=100000").await;
    assert!(
        past_the_end.items.is_empty(),
        "a page past the end is empty, not an error"
    );
}

#[tokio::test]
async fn filters_narrow_the_list() {
    let app = spawn_app().await;
    let all: ItemPage = app.get_ok("/catalog/items").await;
    let hall: ItemPage = app
        .get_ok("/catalog/items?hall=mengcheng&per_page=100")
        .await;
    assert!(
        hall.total > 0 && hall.total < all.total,
        "one hall lists part of the city's items"
    );
    assert!(hall.items.iter().all(|i| i.hall == "mengcheng"));

    let kind: ItemPage = app
        .get_ok("/catalog/items?kind=licensing&per_page=100")
        .await;
    assert!(kind.total > 0 && kind.items.iter().all(|i| i.kind == ItemKind::Licensing));

    let audience: ItemPage = app
        .get_ok("/catalog/items?audience=organisation&per_page=100")
        .await;
    assert!(audience.total > 0);
    assert!(
        audience
            .items
            .iter()
            .all(|i| i.audiences.contains(&Audience::Organisation))
    );

    let theme: ItemPage = app
        .get_ok("/catalog/items?theme=marriage&per_page=100")
        .await;
    assert!(
        theme.total > 0
            && theme
                .items
                .iter()
                .all(|i| i.themes.contains(&Theme::Marriage))
    );

    let department = &kind.items[0].department;
    let by_department: ItemPage = app
        .get_ok(&format!(
            "/catalog/items?department={department}&per_page=100"
        ))
        .await;
    assert!(
        by_department
            .items
            .iter()
            .all(|i| &i.department == department)
    );

    let combined: ItemPage = app
        .get_ok("/catalog/items?hall=shizhi&theme=marriage")
        .await;
    assert!(
        combined
            .items
            .iter()
            .all(|i| i.hall == "shizhi" && i.themes.contains(&Theme::Marriage))
    );
}

#[tokio::test]
async fn search_words_must_all_appear_in_the_name() {
    let app = spawn_app().await;
    let page: ItemPage = app.get_ok("/catalog/items?q=结婚登记&hall=shizhi").await;
    assert!(
        page.items.iter().any(|i| i.name == "结婚登记"),
        "the everyday item is found by its name"
    );
    let page: ItemPage = app.get_ok("/catalog/items?q=食品 许可证").await;
    assert!(page.total > 0);
    assert!(
        page.items
            .iter()
            .all(|i| i.name.contains("食品") && i.name.contains("许可证"))
    );
}

#[tokio::test]
async fn odd_search_text_is_answered_not_refused() {
    let app = spawn_app().await;
    for q in [
        "%",
        "_",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "😀",
        "   ",
        &"证".repeat(500),
    ] {
        let response = app
            .client
            .get(format!("{}/catalog/items", app.api_url))
            .query(&[("q", q)])
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "q={q:?} is text to search, not an error"
        );
    }
    let wildcard: ItemPage = app.get_ok("/catalog/items?q=%25").await;
    assert_eq!(
        wildcard.total, 0,
        "a % in the query matches a literal %, not everything"
    );
}

#[tokio::test]
async fn bad_parameters_are_400s_that_name_the_field() {
    let app = spawn_app().await;
    for (query, field) in [
        ("per_page=0", "per_page"),
        ("per_page=101", "per_page"),
        ("page=0", "page"),
        ("page=abc", "page"),
        ("kind=permit", "kind"),
        ("audience=aliens", "audience"),
    ] {
        let error = app
            .get_error(&format!("/catalog/items?{query}"), StatusCode::BAD_REQUEST)
            .await;
        assert_eq!(error.code, ErrorCode::BadRequest);
        assert_eq!(
            error.fields.first().map(|f| f.field.as_str()),
            Some(field),
            "for {query}"
        );
    }
}

#[tokio::test]
async fn an_item_has_its_full_guide() {
    let app = spawn_app().await;
    let page: ItemPage = app.get_ok("/catalog/items?q=结婚登记&hall=shizhi").await;
    let code = &page
        .items
        .iter()
        .find(|i| i.name == "结婚登记")
        .expect("结婚登记")
        .code;
    let item: Item = app.get_ok(&format!("/catalog/items/{code}")).await;
    assert_eq!(&item.summary.code, code);
    assert!(!item.materials.is_empty(), "the guide says what to bring");
    assert!(!item.steps.is_empty(), "the guide says how it goes");
    assert!(
        !item.legal_basis.is_empty(),
        "the guide names its legal basis"
    );

    let error = app
        .get_error("/catalog/items/NOPE", StatusCode::NOT_FOUND)
        .await;
    assert_eq!(error.code, ErrorCode::NotFound);
}

#[tokio::test]
async fn the_snapshot_is_the_whole_catalog_and_honours_its_etag() {
    let app = spawn_app().await;
    let response = app.get("/catalog/snapshot").await;
    assert_eq!(response.status(), StatusCode::OK);
    let etag = response.headers()[ETAG].to_str().unwrap().to_owned();
    let snapshot: CatalogSnapshot = response.json().await.unwrap();
    assert_eq!(
        etag,
        format!("\"{}\"", snapshot.version),
        "the ETag is the version"
    );
    let all: ItemPage = app.get_ok("/catalog/items").await;
    assert_eq!(
        snapshot.items.len() as u64,
        all.total,
        "the snapshot holds every item"
    );
    assert_eq!(snapshot.halls.len(), 6);

    let unchanged = app
        .client
        .get(format!("{}/catalog/snapshot", app.api_url))
        .header(IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(
        unchanged.status(),
        StatusCode::NOT_MODIFIED,
        "an unchanged catalog costs one 304"
    );
    assert!(unchanged.bytes().await.unwrap().is_empty());

    let stale = app
        .client
        .get(format!("{}/catalog/snapshot", app.api_url))
        .header(IF_NONE_MATCH, "\"0000\"")
        .send()
        .await
        .unwrap();
    assert_eq!(
        stale.status(),
        StatusCode::OK,
        "a stale copy gets the current catalog"
    );
}

#[tokio::test]
async fn a_database_seeded_before_forms_were_stored_gets_them_at_the_next_start() {
    let app = spawn_app().await;
    let marriage = app
        .get_ok::<ItemPage>("/catalog/items?q=结婚登记&hall=shizhi")
        .await
        .items
        .into_iter()
        .find(|item| item.name == "结婚登记")
        .expect("结婚登记")
        .code;
    let path = format!("/catalog/items/{marriage}/form");
    let form: Form = app.get_ok(&path).await;
    sqlx::query("DELETE FROM forms")
        .execute(&app.database().await)
        .await
        .expect("the forms are gone, as before they were stored");
    app.get_error(&path, StatusCode::NOT_FOUND).await;
    let (again, _stop) = spawn_on(app.data.path()).await;
    let restored: Form = app
        .client
        .get(format!("{again}{path}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(restored, form, "the next start stores the same forms");
}

#[tokio::test]
async fn seeding_is_deterministic_and_happens_once() {
    let app = spawn_app().await;
    let first: CatalogSnapshot = app.get_ok("/catalog/snapshot").await;
    // A second server over the same data folder finds the catalog and keeps it.
    let (again, _stop) = spawn_on(app.data.path()).await;
    let reopened: CatalogSnapshot = app
        .client
        .get(format!("{again}/catalog/snapshot"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(first.version, reopened.version);
    // A fresh city seeded from scratch is the same city.
    let other = spawn_app().await;
    let fresh: CatalogSnapshot = other.get_ok("/catalog/snapshot").await;
    assert_eq!(
        first.version, fresh.version,
        "the demo city is the same on every machine"
    );
}

#[tokio::test]
async fn a_form_links_its_blank_copy_and_sample_and_both_are_pdfs() {
    let app = spawn_app().await;
    let page: ItemPage = app
        .get_ok("/catalog/items?q=最低生活保障申请&hall=shizhi")
        .await;
    let code = &page.items.first().expect("最低生活保障申请").code;
    let item: Item = app.get_ok(&format!("/catalog/items/{code}")).await;
    let form = item
        .materials
        .iter()
        .find(|m| m.blank_form.is_some())
        .expect("最低生活保障申请 has an application form to download");
    for link in [
        form.blank_form.as_ref().unwrap(),
        form.sample.as_ref().unwrap(),
    ] {
        let response = app.get(&format!("/{link}")).await;
        assert_eq!(response.status(), StatusCode::OK, "{link} is served");
        assert_eq!(response.headers()["content-type"], "application/pdf");
        let body = response.bytes().await.unwrap();
        assert!(
            body.starts_with(b"%PDF-") && body.len() < 16 * 1024,
            "a small real PDF"
        );
    }
    let without_form = item
        .materials
        .iter()
        .position(|m| m.blank_form.is_none())
        .unwrap();
    let basic = &item.summary.basic_code;
    app.get_error(
        &format!("/documents/{basic}/{without_form}/blank.pdf"),
        StatusCode::NOT_FOUND,
    )
    .await;
    app.get_error(
        &format!("/documents/{basic}/0/secret.txt"),
        StatusCode::NOT_FOUND,
    )
    .await;
    app.get_error("/documents/000000000000/0/blank.pdf", StatusCode::NOT_FOUND)
        .await;
}

#[tokio::test]
async fn the_snapshot_travels_gzipped_to_clients_that_accept_it() {
    let app = spawn_app().await;
    let plain = app.get("/catalog/snapshot").await.bytes().await.unwrap();
    let response = app
        .client
        .get(format!("{}/catalog/snapshot", app.api_url))
        .header(reqwest::header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let gzipped = response.bytes().await.unwrap();
    assert!(
        gzipped.len() * 10 < plain.len(),
        "a weak network carries a tenth or less: {} of {} bytes",
        gzipped.len(),
        plain.len()
    );
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&gzipped[..]),
        &mut unzipped,
    )
    .unwrap();
    assert_eq!(unzipped, plain, "the same document either way");
}

#[tokio::test]
async fn an_online_item_serves_its_own_form_and_others_say_to_come_in() {
    let app = spawn_app().await;
    let page: ItemPage = app.get_ok("/catalog/items?q=结婚登记&hall=shizhi").await;
    let marriage = &page
        .items
        .iter()
        .find(|i| i.name == "结婚登记")
        .expect("结婚登记")
        .code;
    let form: Form = app.get_ok(&format!("/catalog/items/{marriage}/form")).await;
    assert_eq!(form.title, "结婚登记申请表");
    assert_eq!(form.defects(), Vec::<String>::new());
    let empty = Answers::new();
    let problems = form.check(
        &empty,
        banshi_api::dates::Date::parse("2026-11-22").unwrap(),
    );
    assert!(
        problems
            .iter()
            .any(|p| p.field == "partner_resident_id" && p.message == "请填写居民身份证号码"),
        "the form asks about the other party: {problems:?}"
    );

    let mut in_person = None;
    for number in 1..=35 {
        let page: ItemPage = app
            .get_ok(&format!("/catalog/items?per_page=100&page={number}"))
            .await;
        in_person = page.items.into_iter().find(|i| i.online_depth < 2);
        if in_person.is_some() {
            break;
        }
    }
    let in_person = in_person.expect("some items are done in person only");
    let error = app
        .get_error(
            &format!("/catalog/items/{}/form", in_person.code),
            StatusCode::NOT_FOUND,
        )
        .await;
    assert_eq!(
        error.message,
        format!("“{}”暂不支持网上申请，请预约到大厅办理", in_person.name)
    );
    app.get_error("/catalog/items/NOPE/form", StatusCode::NOT_FOUND)
        .await;
}
