//! Drafts kept for the account: continued on another device, the newest change
//! winning whichever device sends it, each person's drafts their own, and
//! discarding as often as a device retries.

use banshi_api::applications::Draft;
use banshi_api::forms::Answer;
use banshi_sandbox::demo_accounts::PEOPLE;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{NO_SUCH_ITEM, TestApp, demo_token, expect, expect_error, spawn_app};

/// A draft of a form without sections, last changed at `updated_at` on `device`,
/// as a device sends it with every optional field left out.
fn draft(id: &str, updated_at: i64, device: &str) -> Draft {
    serde_json::from_value(json!({
        "id": id,
        "item_code": NO_SUCH_ITEM,
        "item_name": "测试事项",
        "form": { "item_code": NO_SUCH_ITEM, "title": "测试", "version": 1, "sections": [] },
        "answers": { "details": format!("{device} 填写") },
        "updated_at": updated_at,
        "updated_on": device,
    }))
    .expect("a draft")
}

async fn put(
    app: &TestApp,
    token: Option<&str>,
    path_id: &str,
    draft: &Draft,
) -> reqwest::Response {
    let body = serde_json::to_value(draft).expect("a draft is JSON");
    app.send(
        Method::PUT,
        &format!("/drafts/{path_id}"),
        Some(&body),
        token,
    )
    .await
}

/// Keeps `draft` as `token`'s and answers the draft the hall keeps then.
async fn keep(app: &TestApp, token: &str, draft: &Draft) -> Draft {
    expect(
        put(app, Some(token), draft.id.as_str(), draft).await,
        StatusCode::OK,
        "a draft of the caller's is kept",
    )
    .await
}

async fn drafts(app: &TestApp, token: &str) -> Vec<Draft> {
    expect(
        app.send(Method::GET, "/drafts", None, Some(token)).await,
        StatusCode::OK,
        "the caller's drafts are listed",
    )
    .await
}

async fn discard(app: &TestApp, token: &str, id: &str) -> reqwest::Response {
    app.send(Method::DELETE, &format!("/drafts/{id}"), None, Some(token))
        .await
}

#[tokio::test]
async fn a_draft_kept_on_one_device_is_listed_on_another() {
    let app = spawn_app().await;
    let phone = demo_token(&app, PEOPLE[0].mobile).await;
    let laptop = demo_token(&app, PEOPLE[0].mobile).await;
    let older = draft("marriage", 1_000, "手机");
    let newer = draft("passport", 2_000, "手机");

    assert_eq!(
        keep(&app, &phone, &older).await,
        older,
        "a new draft is kept as sent"
    );
    keep(&app, &phone, &newer).await;
    assert_eq!(
        drafts(&app, &laptop).await,
        [newer, older],
        "the account's drafts reach every device, the newest change first"
    );
}

#[tokio::test]
async fn the_newest_change_wins_whichever_device_sends_it() {
    let app = spawn_app().await;
    let token = demo_token(&app, PEOPLE[0].mobile).await;
    keep(&app, &token, &draft("marriage", 2_000, "手机")).await;

    let laptop = draft("marriage", 3_000, "笔记本");
    assert_eq!(
        keep(&app, &token, &laptop).await,
        laptop,
        "a newer change replaces the kept draft"
    );
    assert_eq!(
        keep(&app, &token, &draft("marriage", 1_000, "手机")).await,
        laptop,
        "an older change is answered with the newer draft, so the device learns it lost"
    );
    assert_eq!(
        keep(&app, &token, &draft("marriage", 3_000, "手机")).await,
        laptop,
        "a change no newer than the kept one does not replace it either"
    );
    assert_eq!(
        drafts(&app, &token).await,
        [laptop],
        "the older changes changed nothing"
    );
}

#[tokio::test]
async fn a_draft_must_be_the_one_its_path_names() {
    let app = spawn_app().await;
    let token = demo_token(&app, PEOPLE[0].mobile).await;

    let error = expect_error(
        put(
            &app,
            Some(&token),
            "passport",
            &draft("marriage", 1_000, "手机"),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a draft is kept only under its own id",
    )
    .await;
    assert_eq!(error.fields[0].field, "id", "the UI marks the id at fault");

    let mut body = serde_json::to_value(draft("marriage", 1_000, "手机")).expect("JSON");
    body["updated_at"] = "昨天".into();
    let error = expect_error(
        app.send(Method::PUT, "/drafts/marriage", Some(&body), Some(&token))
            .await,
        StatusCode::BAD_REQUEST,
        "a body that is not a draft is refused",
    )
    .await;
    assert_eq!(
        error.fields[0].field, "updated_at",
        "naming the field at fault"
    );
    assert!(
        drafts(&app, &token).await.is_empty(),
        "nothing refused is kept"
    );
}

#[tokio::test]
async fn a_draft_over_2_mb_is_refused() {
    let app = spawn_app().await;
    let token = demo_token(&app, PEOPLE[0].mobile).await;
    let mut huge = draft("marriage", 1_000, "手机");
    // Three bytes a character in UTF-8: over 2 MB of JSON.
    huge.answers
        .insert("details".into(), Answer::Text("申".repeat(800_000)));

    expect_error(
        put(&app, Some(&token), "marriage", &huge).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "the hall keeps drafts of at most 2 MB",
    )
    .await;
    assert!(
        drafts(&app, &token).await.is_empty(),
        "and keeps nothing of it"
    );
}

#[tokio::test]
async fn another_persons_drafts_are_neither_seen_nor_changed() {
    let app = spawn_app().await;
    let owner = demo_token(&app, PEOPLE[0].mobile).await;
    let other = demo_token(&app, PEOPLE[1].mobile).await;
    let kept = draft("marriage", 2_000, "手机");
    keep(&app, &owner, &kept).await;

    assert!(
        drafts(&app, &other).await.is_empty(),
        "another person sees none of the owner's drafts"
    );
    assert_eq!(
        discard(&app, &other, "marriage").await.status(),
        StatusCode::NO_CONTENT,
        "for another person the draft is not there to discard"
    );
    let theirs = draft("marriage", 1_000, "平板");
    assert_eq!(
        keep(&app, &other, &theirs).await,
        theirs,
        "the same id is another person's own draft, not an older change of the owner's"
    );
    assert_eq!(
        drafts(&app, &owner).await,
        [kept],
        "the owner's draft is untouched"
    );
    assert_eq!(drafts(&app, &other).await, [theirs]);
}

#[tokio::test]
async fn discarding_a_draft_twice_is_the_same_as_once() {
    let app = spawn_app().await;
    let token = demo_token(&app, PEOPLE[0].mobile).await;
    keep(&app, &token, &draft("marriage", 1_000, "手机")).await;

    for attempt in ["the draft is discarded", "a retry is answered the same"] {
        assert_eq!(
            discard(&app, &token, "marriage").await.status(),
            StatusCode::NO_CONTENT,
            "{attempt}"
        );
    }
    assert!(
        drafts(&app, &token).await.is_empty(),
        "a discarded draft is no longer listed"
    );
}

#[tokio::test]
async fn a_deletion_wins_over_older_changes_and_gives_way_to_newer_ones() {
    let app = spawn_app().await;
    let token = demo_token(&app, PEOPLE[0].mobile).await;
    keep(&app, &token, &draft("marriage", 1_000, "手机")).await;
    let deleted_at = |at: &str| format!("/drafts/marriage?deleted_at={at}");
    assert_eq!(
        app.send(Method::DELETE, &deleted_at("2000"), None, Some(&token))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );

    // A device that had not heard of the deletion sends an older change.
    let error = expect_error(
        put(
            &app,
            Some(&token),
            "marriage",
            &draft("marriage", 1_500, "电脑"),
        )
        .await,
        StatusCode::GONE,
        "a change older than the deletion is refused",
    )
    .await;
    assert_eq!(error.message, "这份草稿已在另一台设备上删除或提交");
    assert!(drafts(&app, &token).await.is_empty(), "and not kept");

    // A change made after the deletion wins, as the newest change does.
    keep(&app, &token, &draft("marriage", 2_500, "电脑")).await;
    assert_eq!(drafts(&app, &token).await.len(), 1);

    // Deleted without a time: as of the last change kept.
    discard(&app, &token, "marriage").await;
    expect_error(
        put(
            &app,
            Some(&token),
            "marriage",
            &draft("marriage", 2_500, "手机"),
        )
        .await,
        StatusCode::GONE,
        "the very change deleted is not brought back",
    )
    .await;

    let error = expect_error(
        app.send(Method::DELETE, &deleted_at("soon"), None, Some(&token))
            .await,
        StatusCode::BAD_REQUEST,
        "a deletion time must be a number",
    )
    .await;
    assert_eq!(error.fields[0].field, "deleted_at");
}

#[tokio::test]
async fn drafts_need_a_login() {
    let app = spawn_app().await;
    let draft = draft("marriage", 1_000, "手机");
    for (response, route) in [
        (
            put(&app, None, "marriage", &draft).await,
            "PUT /drafts/{id}",
        ),
        (
            app.send(Method::GET, "/drafts", None, None).await,
            "GET /drafts",
        ),
        (
            app.send(Method::DELETE, "/drafts/marriage", None, None)
                .await,
            "DELETE /drafts/{id}",
        ),
    ] {
        expect_error(
            response,
            StatusCode::UNAUTHORIZED,
            &format!("{route} is only for the logged-in owner"),
        )
        .await;
    }
}
