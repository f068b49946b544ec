//! Who may reach what, route by route: one table names every operation of the
//! OpenAPI document with the kind of access it gives, and the test fails when
//! a route is added without a row. For each route that holds one person's
//! things, another person (logged in) tries them and gets nothing: a 404 as if
//! they were not there, a 403 where the thing is public but the act is not, or
//! a list without them.

use std::collections::BTreeSet;

use banshi_sandbox::demo_accounts::{ENTERPRISE, PEOPLE};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{PHOTO, TestApp, demo_token, expect, spawn_app_at, upload_id};

/// The access a route gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Anyone, logged in or not: the catalog, the halls, logging in.
    Public,
    /// Only on a development server (`--dev-sms`).
    Development,
    /// The caller's own account and nothing else: no id names another's.
    Caller,
    /// Things of one person, named in the path or listed: another gets none.
    Owned,
    /// An enterprise's staff only (managing it: its representative or an
    /// admin); anyone else gets the 403 that says they are not on it.
    Representative,
    /// The hall's own staff only.
    Staff,
}

use Access::{Caller, Development, Owned, Public, Representative, Staff};

/// Every operation of the API and its access. A new route needs a row here,
/// and, if it holds someone's things, a probe in `another_person_gets_nothing`.
const ROUTES: &[(&str, &str, Access)] = &[
    ("GET", "/openapi.json", Public),
    ("GET", "/halls", Public),
    ("GET", "/halls/{hall}", Public),
    ("GET", "/halls/{hall}/slots", Public),
    ("GET", "/halls/{hall}/queue", Public),
    ("GET", "/halls/{hall}/queue/stream", Public),
    ("POST", "/halls/{hall}/queue/{group}/call", Staff),
    ("POST", "/halls/{hall}/tickets", Caller),
    ("POST", "/halls/{hall}/check-ins", Staff),
    ("GET", "/halls/{hall}/ratings", Public),
    ("GET", "/catalog/items", Public),
    ("GET", "/catalog/items/{code}", Public),
    ("GET", "/catalog/items/{code}/form", Public),
    ("GET", "/catalog/snapshot", Public),
    ("GET", "/documents/{basic_code}/{material}/{file}", Public),
    ("POST", "/accounts", Public),
    ("POST", "/accounts/confirmation", Public),
    ("POST", "/sessions", Public),
    ("POST", "/sessions/sms-codes", Public),
    ("POST", "/sessions/refresh", Public),
    ("DELETE", "/sessions/current", Caller),
    ("GET", "/dev/sms-codes/{mobile}", Development),
    ("GET", "/dev/sms/{mobile}", Development),
    ("GET", "/me", Caller),
    ("PUT", "/me/address", Caller),
    ("POST", "/enterprises", Caller),
    ("GET", "/enterprises/{uscc}", Representative),
    ("GET", "/enterprises/{uscc}/members", Representative),
    ("POST", "/enterprises/{uscc}/members", Representative),
    (
        "PATCH",
        "/enterprises/{uscc}/members/{member}",
        Representative,
    ),
    (
        "DELETE",
        "/enterprises/{uscc}/members/{member}",
        Representative,
    ),
    ("GET", "/enterprises/{uscc}/audit", Representative),
    ("GET", "/enterprises/{uscc}/applications", Representative),
    (
        "GET",
        "/enterprises/{uscc}/applications.csv",
        Representative,
    ),
    ("POST", "/applications", Owned),
    ("GET", "/applications", Owned),
    // Probed in `progress`, with the staff of another hall.
    ("GET", "/applications/{number}", Owned),
    ("POST", "/applications/{number}/withdrawal", Owned),
    ("POST", "/applications/{number}/corrections", Owned),
    // Probed in `ratings`, with the staff of another hall.
    ("POST", "/applications/{number}/evaluation", Owned),
    ("POST", "/bookings/{id}/evaluation", Owned),
    ("GET", "/ratings", Owned),
    ("GET", "/ratings/{id}", Owned),
    ("POST", "/ratings/{id}/reply-rating", Owned),
    ("GET", "/staff/ratings", Staff),
    ("POST", "/staff/ratings/{id}/reply", Staff),
    // Probed in `consultations`, with the staff of another hall.
    ("POST", "/consultations", Owned),
    ("GET", "/consultations", Owned),
    ("GET", "/consultations/{id}", Owned),
    ("GET", "/staff/consultations", Staff),
    ("POST", "/staff/consultations/{id}/replies", Staff),
    ("GET", "/lookup", Public),
    ("GET", "/staff/applications", Staff),
    ("POST", "/staff/applications/{number}/actions", Staff),
    // Probed in `delivery`, with the staff of another hall.
    ("GET", "/deliveries/fee", Public),
    ("POST", "/deliveries", Owned),
    ("GET", "/deliveries", Owned),
    ("GET", "/deliveries/{waybill}", Owned),
    ("PATCH", "/deliveries/{waybill}", Owned),
    ("POST", "/staff/deliveries/{waybill}/actions", Staff),
    ("GET", "/me/addresses", Owned),
    ("POST", "/me/addresses", Owned),
    ("PUT", "/me/addresses/{id}", Owned),
    ("DELETE", "/me/addresses/{id}", Owned),
    // Probed in `relatives`: a stranger neither lists, confirms nor ends one.
    ("GET", "/me/relatives", Owned),
    ("POST", "/me/relatives", Owned),
    ("POST", "/me/relatives/{id}/confirmation", Owned),
    ("DELETE", "/me/relatives/{id}", Owned),
    ("GET", "/notifications", Owned),
    ("GET", "/notifications/stream", Owned),
    ("GET", "/drafts", Owned),
    ("PUT", "/drafts/{id}", Owned),
    ("DELETE", "/drafts/{id}", Owned),
    ("OPTIONS", "/uploads", Public),
    ("POST", "/uploads", Caller),
    ("HEAD", "/uploads/{id}", Owned),
    ("PATCH", "/uploads/{id}", Owned),
    ("DELETE", "/uploads/{id}", Owned),
    ("POST", "/bookings", Owned),
    ("GET", "/bookings", Owned),
    ("GET", "/bookings/{id}", Owned),
    ("PATCH", "/bookings/{id}", Owned),
    ("DELETE", "/bookings/{id}", Owned),
    ("GET", "/tickets", Owned),
    ("GET", "/tickets/{id}", Owned),
];

/// Monday 2026-11-23, mid-morning: every hall is open.
const MONDAY_OPEN: &str = "2026-11-23T10:00";

#[tokio::test]
async fn every_route_has_its_access_stated() {
    let app = spawn_app_at(MONDAY_OPEN).await;
    let document: Value = app.get_ok("/openapi.json").await;
    let mut documented = BTreeSet::new();
    for (path, operations) in document["paths"].as_object().expect("paths") {
        for method in operations.as_object().expect("operations").keys() {
            documented.insert((method.to_uppercase(), path.clone()));
        }
    }
    let stated: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(method, path, _)| ((*method).to_owned(), (*path).to_owned()))
        .collect();
    let missing: Vec<_> = documented.difference(&stated).collect();
    assert!(
        missing.is_empty(),
        "routes without a row in ROUTES (say who may reach them, and probe them \
         if they hold someone's things): {missing:?}"
    );
    let gone: Vec<_> = stated.difference(&documented).collect();
    assert!(
        gone.is_empty(),
        "rows for routes the API no longer has: {gone:?}"
    );
    for (method, path, access) in ROUTES {
        let secured = document["paths"][path][method.to_lowercase()]["security"].is_array();
        let needs_login = matches!(access, Caller | Owned | Representative | Staff);
        assert_eq!(
            secured, needs_login,
            "{method} {path}: the document asks for a bearer token exactly where the route does"
        );
        if needs_login {
            let url = format!("{}{}", app.api_url, filled(path));
            let method = Method::from_bytes(method.as_bytes()).expect("a method");
            let answer = app
                .client
                .request(method.clone(), url)
                .header("Tus-Resumable", "1.0.0")
                .send()
                .await
                .expect("the sandbox answers");
            assert_eq!(
                answer.status(),
                StatusCode::UNAUTHORIZED,
                "{method} {path}: a stranger without a token is refused before anything else"
            );
        }
    }
}

/// A path with its parameters filled with values that exist.
fn filled(path: &str) -> String {
    path.replace("{hall}", "shizhi")
        .replace("{group}", "A")
        .replace("{uscc}", ENTERPRISE.uscc)
        .replace("{id}", "x")
}

fn draft(id: &str, item: &str) -> Value {
    json!({
        "id": id,
        "item_code": item,
        "item_name": "结婚登记",
        "form": { "item_code": item, "title": "结婚登记", "version": 1, "sections": [] },
        "answers": { "details": "张晓明填写" },
        "updated_at": 1_000,
        "updated_on": "手机",
    })
}

async fn status(app: &TestApp, method: Method, path: &str, token: &str) -> StatusCode {
    app.client
        .request(method, format!("{}{path}", app.api_url))
        .bearer_auth(token)
        .header("Tus-Resumable", "1.0.0")
        .header("Content-Type", "application/offset+octet-stream")
        .header("Upload-Offset", "0")
        .json(&json!({ "date": "2026-11-24", "starts": "09:00" }))
        .send()
        .await
        .expect("the sandbox answers")
        .status()
}

async fn listed(app: &TestApp, path: &str, token: &str) -> String {
    let answer = app.send(Method::GET, path, None, Some(token)).await;
    assert_eq!(
        answer.status(),
        StatusCode::OK,
        "GET {path} lists the caller's"
    );
    answer.text().await.expect("a list")
}

#[tokio::test]
async fn another_person_gets_nothing_of_someone_elses() {
    let app = spawn_app_at(MONDAY_OPEN).await;
    let owner = demo_token(&app, PEOPLE[0].mobile).await;
    let other = demo_token(&app, PEOPLE[3].mobile).await;
    let page: banshi_api::catalog::ItemPage =
        app.get_ok("/catalog/items?q=结婚登记&hall=shizhi").await;
    let item = page
        .items
        .iter()
        .find(|item| item.name == "结婚登记")
        .expect("结婚登记")
        .code
        .clone();

    // What the owner has: a draft, an upload, a booking, a number.
    let kept = app
        .send(
            Method::PUT,
            "/drafts/mine",
            Some(&draft("mine", item.as_str())),
            Some(&owner),
        )
        .await;
    assert_eq!(kept.status(), StatusCode::OK);
    let photo = std::fs::read(PHOTO).expect("the fixture photo");
    let upload = app.upload(&owner, &photo).await;
    let booking: Value = expect(
        app.post_once(
            "/bookings",
            &json!({ "item_code": item, "date": "2026-11-25", "starts": "09:00" }),
            &owner,
            "owner-booking",
        )
        .await,
        StatusCode::CREATED,
        "the owner books",
    )
    .await;
    let booking = booking["id"].as_str().expect("a booking id").to_owned();
    let ticket: Value = expect(
        app.post(
            "/halls/shizhi/tickets",
            &json!({ "group": "A" }),
            Some(&owner),
        )
        .await,
        StatusCode::CREATED,
        "the owner takes a number",
    )
    .await;
    let ticket = ticket["id"].as_str().expect("a ticket id").to_owned();
    let consultation: Value = expect(
        app.post_once(
            "/consultations",
            &json!({ "kind": "question", "about": { "kind": "hall", "hall": "shizhi" },
                "text": "预约后可以改时间吗？" }),
            &owner,
            "owner-question",
        )
        .await,
        StatusCode::CREATED,
        "the owner asks a question",
    )
    .await;
    let consultation = consultation["id"].as_str().expect("an id").to_owned();

    // Named in the path: not there for anyone else.
    for (method, path) in [
        (Method::HEAD, format!("/uploads/{upload}")),
        (Method::PATCH, format!("/uploads/{upload}")),
        (Method::DELETE, format!("/uploads/{upload}")),
        (Method::GET, format!("/bookings/{booking}")),
        (Method::PATCH, format!("/bookings/{booking}")),
        (Method::DELETE, format!("/bookings/{booking}")),
        (Method::GET, format!("/tickets/{ticket}")),
        (Method::GET, format!("/consultations/{consultation}")),
    ] {
        assert_eq!(
            status(&app, method.clone(), &path, &other).await,
            StatusCode::NOT_FOUND,
            "{method} {path}: another person's thing is not there for them"
        );
    }
    // Listed: never in another person's list.
    for path in [
        "/drafts",
        "/bookings",
        "/tickets",
        "/applications",
        "/consultations",
        "/ratings",
    ] {
        let theirs = listed(&app, path, &other).await;
        for own in [
            "mine",
            booking.as_str(),
            ticket.as_str(),
            consultation.as_str(),
        ] {
            assert!(
                !theirs.contains(own),
                "GET {path}: another person's list holds nothing of the owner's"
            );
        }
    }
    let rating = app
        .post(
            &format!("/bookings/{booking}/evaluation"),
            &json!({ "score": 5 }),
            Some(&other),
        )
        .await;
    assert_eq!(
        rating.status(),
        StatusCode::NOT_FOUND,
        "another person's visit is not theirs to rate"
    );
    // A draft is per person: another's delete of the same id leaves the owner's.
    assert_eq!(
        status(&app, Method::DELETE, "/drafts/mine", &other).await,
        StatusCode::NO_CONTENT
    );
    assert!(listed(&app, "/drafts", &owner).await.contains("\"mine\""));
    // Still the owner's, untouched.
    assert_eq!(
        status(&app, Method::HEAD, &format!("/uploads/{upload}"), &owner).await,
        StatusCode::OK
    );
    assert_eq!(
        status(&app, Method::GET, &format!("/bookings/{booking}"), &owner).await,
        StatusCode::OK
    );
    // An upload of another person is not handed in with one's application.
    let submitted = app
        .post_once(
            "/applications",
            &json!({
                "item_code": item, "form_version": 1, "delivery": "pick_up", "answers": {},
                "materials": [{ "material": 2, "uploads": [upload_id(&format!("/uploads/{upload}"))] }],
            }),
            &other,
            "other-submit",
        )
        .await;
    let error: banshi_api::ApiError = expect(
        submitted,
        StatusCode::BAD_REQUEST,
        "pre-review refuses another person's page",
    )
    .await;
    assert!(
        error
            .fields
            .iter()
            .any(|field| field.field.starts_with("materials")),
        "the page is named as not the caller's: {:?}",
        error.fields
    );
}

#[tokio::test]
async fn only_the_representative_and_the_halls_staff_act_for_them() {
    let app = spawn_app_at(MONDAY_OPEN).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let clerk = demo_token(&app, PEOPLE[2].mobile).await;
    let members = format!("/enterprises/{}/members", ENTERPRISE.uscc);
    for (token, who) in [(&citizen, "a citizen"), (&clerk, "a clerk")] {
        let answer = app
            .post(
                &members,
                &json!({ "mobile": PEOPLE[4].mobile, "role": "clerk" }),
                Some(token),
            )
            .await;
        assert_eq!(
            answer.status(),
            StatusCode::FORBIDDEN,
            "{who} does not add members to an enterprise"
        );
    }
    let uscc = ENTERPRISE.uscc;
    for path in [
        format!("/enterprises/{uscc}"),
        format!("/enterprises/{uscc}/members"),
        format!("/enterprises/{uscc}/audit"),
        format!("/enterprises/{uscc}/applications"),
        format!("/enterprises/{uscc}/applications.csv"),
    ] {
        let answer = app.send(Method::GET, &path, None, Some(&citizen)).await;
        assert_eq!(
            answer.status(),
            StatusCode::FORBIDDEN,
            "a citizen off the staff sees nothing of {path}"
        );
    }
    let member = format!("/enterprises/{uscc}/members/{}", "0".repeat(32));
    for method in [Method::PATCH, Method::DELETE] {
        let answer = app
            .send(method.clone(), &member, Some(&json!({})), Some(&citizen))
            .await;
        assert_eq!(
            answer.status(),
            StatusCode::FORBIDDEN,
            "a citizen off the staff changes nobody ({method})"
        );
    }
    let call = app
        .post("/halls/shizhi/queue/A/call", &json!({}), Some(&citizen))
        .await;
    assert_eq!(
        call.status(),
        StatusCode::FORBIDDEN,
        "a citizen does not call numbers"
    );
}
