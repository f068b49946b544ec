//! The enterprise workspace: who on the staff may do what (allowed and
//! refused, each refusal with its sentence), the audit of every change, the
//! matters table's filters, sorts and cursor paging, its CSV export, bad
//! input, and the staff's invariants under concurrent requests.

use std::collections::BTreeSet;

use banshi_sandbox::demo_accounts::{ENTERPRISE, PEOPLE};
use futures_util::future::join_all;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, demo_token, expect, expect_error, spawn_app};

const NOT_STAFF: &str = "您不是该企业的经办人员，不能代表它办理";
const WITHDRAWN: &str = "您的授权已被撤销，不能再代为办理";
const SUSPENDED: &str = "您的授权已被暂停，请联系企业管理员";
const NOT_MANAGER: &str = "只有法定代表人或企业管理员可以管理经办人员";
const NOT_REPRESENTATIVE: &str = "只有法定代表人可以任免管理员";

fn path(rest: &str) -> String {
    format!("/enterprises/{}{rest}", ENTERPRISE.uscc)
}

/// The demo staff's tokens: the representative, the clerk, the viewer, and a
/// citizen off the staff.
async fn demo_staff(app: &TestApp) -> (String, String, String, String) {
    (
        demo_token(app, ENTERPRISE.representative).await,
        demo_token(app, PEOPLE[2].mobile).await,
        demo_token(app, PEOPLE[3].mobile).await,
        demo_token(app, PEOPLE[0].mobile).await,
    )
}

async fn members(app: &TestApp, token: &str) -> Vec<Value> {
    expect(
        app.send(Method::GET, &path("/members"), None, Some(token))
            .await,
        StatusCode::OK,
        "the staff list opens",
    )
    .await
}

/// The id of the member whose mobile number ends as `mobile` does.
async fn member_id(app: &TestApp, token: &str, mobile: &str) -> String {
    members(app, token)
        .await
        .into_iter()
        .find(|member| {
            member["mobile"]
                .as_str()
                .unwrap_or_default()
                .ends_with(&mobile[7..])
        })
        .and_then(|member| member["id"].as_str().map(str::to_owned))
        .expect("the member is on the staff")
}

async fn item_codes(app: &TestApp, count: i64) -> Vec<String> {
    sqlx::query_scalar("SELECT code FROM items ORDER BY code LIMIT ?")
        .bind(count)
        .fetch_all(&app.database().await)
        .await
        .expect("items in the catalog")
}

#[tokio::test]
async fn each_role_manages_what_it_may_and_is_told_why_not() {
    let app = spawn_app().await;
    let (boss, clerk, viewer, citizen) = demo_staff(&app).await;
    let staff = members(&app, &viewer).await;
    let roles: Vec<&str> = staff.iter().map(|m| m["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["legal_representative", "clerk", "viewer"]);
    assert_eq!(staff[0]["name"], "李**", "names are masked");
    assert_eq!(staff[2]["is_caller"], true);

    let invitation = json!({"mobile": PEOPLE[0].mobile, "role": "clerk"});
    for (token, who) in [(&clerk, "a clerk"), (&viewer, "a viewer")] {
        let refused = expect_error(
            app.post(&path("/members"), &invitation, Some(token)).await,
            StatusCode::FORBIDDEN,
            "only managers invite",
        )
        .await;
        assert_eq!(refused.message, NOT_MANAGER, "{who}");
    }
    let outsider = expect_error(
        app.send(Method::GET, &path("/members"), None, Some(&citizen))
            .await,
        StatusCode::FORBIDDEN,
        "someone off the staff sees nothing",
    )
    .await;
    assert_eq!(outsider.message, NOT_STAFF);
    let nowhere = app
        .send(
            Method::GET,
            "/enterprises/91341602MA2T8K3Q12",
            None,
            Some(&boss),
        )
        .await;
    assert_eq!(nowhere.status(), StatusCode::NOT_FOUND);

    let added: Value = expect(
        app.post(&path("/members"), &invitation, Some(&boss)).await,
        StatusCode::CREATED,
        "the representative invites a clerk",
    )
    .await;
    assert_eq!(added["role"], "clerk");
    let again = app.post(&path("/members"), &invitation, Some(&boss)).await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "once on the staff");

    // The representative appoints an admin; the admin manages clerks but not admins.
    let clerk_id = member_id(&app, &boss, PEOPLE[2].mobile).await;
    let admin: Value = expect(
        app.send(
            Method::PATCH,
            &path(&format!("/members/{clerk_id}")),
            Some(&json!({"role": "admin"})),
            Some(&boss),
        )
        .await,
        StatusCode::OK,
        "the representative appoints an admin",
    )
    .await;
    assert_eq!(admin["role"], "admin");
    let new_clerk = added["id"].as_str().unwrap();
    let limited: Value = expect(
        app.send(
            Method::PATCH,
            &path(&format!("/members/{new_clerk}")),
            Some(&json!({"scope": {"items": item_codes(&app, 2).await}})),
            Some(&clerk),
        )
        .await,
        StatusCode::OK,
        "an admin limits a clerk",
    )
    .await;
    assert_eq!(limited["scope"]["items"].as_array().unwrap().len(), 2);
    let promote = expect_error(
        app.send(
            Method::PATCH,
            &path(&format!("/members/{new_clerk}")),
            Some(&json!({"role": "admin"})),
            Some(&clerk),
        )
        .await,
        StatusCode::FORBIDDEN,
        "an admin appoints no admin",
    )
    .await;
    assert_eq!(promote.message, NOT_REPRESENTATIVE);
    let representative = member_id(&app, &boss, ENTERPRISE.representative).await;
    let untouchable = app
        .send(
            Method::DELETE,
            &path(&format!("/members/{representative}")),
            None,
            Some(&boss),
        )
        .await;
    assert_eq!(untouchable.status(), StatusCode::FORBIDDEN);

    // The audit, newest first, two at a time.
    let first: Value = expect(
        app.send(Method::GET, &path("/audit?limit=2"), None, Some(&viewer))
            .await,
        StatusCode::OK,
        "the audit opens",
    )
    .await;
    let actions: Vec<&str> = first["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["scope_changed", "role_changed"]);
    assert_eq!(first["events"][1]["detail"], "角色由“经办人”改为“管理员”");
    assert_eq!(first["events"][1]["actor"], "李**");
    let next = first["next"].as_str().expect("more events");
    let second: Value = expect(
        app.send(
            Method::GET,
            &path(&format!("/audit?limit=2&cursor={next}")),
            None,
            Some(&viewer),
        )
        .await,
        StatusCode::OK,
        "the next page opens",
    )
    .await;
    assert_eq!(second["events"][0]["action"], "invited");
    let tampered = expect_error(
        app.send(
            Method::GET,
            &path(&format!("/audit?cursor=00{next}")),
            None,
            Some(&viewer),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "an edited cursor",
    )
    .await;
    assert_eq!(tampered.fields[0].field, "cursor");
}

#[tokio::test]
async fn bad_invitations_name_their_field() {
    let app = spawn_app().await;
    let (boss, ..) = demo_staff(&app).await;
    let no_account = expect_error(
        app.post(
            &path("/members"),
            &json!({"mobile": "13912345678", "role": "clerk"}),
            Some(&boss),
        )
        .await,
        StatusCode::NOT_FOUND,
        "a mobile with no account",
    )
    .await;
    assert_eq!(no_account.message, "没有使用该手机号注册的账号");
    assert_eq!(no_account.fields[0].field, "mobile");
    let representative = expect_error(
        app.post(
            &path("/members"),
            &json!({"mobile": PEOPLE[0].mobile, "role": "legal_representative"}),
            Some(&boss),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "nobody is made the representative",
    )
    .await;
    assert_eq!(representative.fields[0].field, "role");
    let unknown = "11341600MB0000000X000000000000000";
    let unknown_item = expect_error(
        app.post(
            &path("/members"),
            &json!({"mobile": PEOPLE[0].mobile, "role": "clerk",
                    "scope": {"items": [unknown]}}),
            Some(&boss),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "an unknown item in a limit",
    )
    .await;
    assert_eq!(unknown_item.fields[0].field, "scope.items");
    assert!(unknown_item.fields[0].message.contains(unknown));
}

#[tokio::test]
async fn a_suspended_or_removed_clerk_is_refused_and_the_company_keeps_their_drafts() {
    let app = spawn_app().await;
    let (boss, clerk, viewer, _) = demo_staff(&app).await;
    let clerk_id = member_id(&app, &boss, PEOPLE[2].mobile).await;
    let item = item_codes(&app, 1).await.remove(0);
    let draft = json!({
        "id": "d-company-1",
        "item_code": item,
        "item_name": "某事项",
        "form": {"item_code": item, "title": "某事项", "version": 1, "sections": []},
        "answers": {},
        "acting_as": ENTERPRISE.uscc,
        "updated_at": 1,
        "updated_on": "clerk's desk",
    });
    let saved = app
        .send(
            Method::PUT,
            "/drafts/d-company-1",
            Some(&draft),
            Some(&clerk),
        )
        .await;
    assert_eq!(
        saved.status(),
        StatusCode::OK,
        "a clerk keeps a company draft"
    );
    let read_only = expect_error(
        app.send(
            Method::PUT,
            "/drafts/d-company-1",
            Some(&draft),
            Some(&viewer),
        )
        .await,
        StatusCode::FORBIDDEN,
        "a viewer starts nothing for the company",
    )
    .await;
    assert_eq!(
        read_only.message,
        "您在该企业的角色是“只读”，只能查看，不能提交或修改"
    );

    let member = path(&format!("/members/{clerk_id}"));
    let suspend = app
        .send(
            Method::PATCH,
            &member,
            Some(&json!({"state": "suspended"})),
            Some(&boss),
        )
        .await;
    assert_eq!(suspend.status(), StatusCode::OK);
    let suspended = expect_error(
        app.send(Method::GET, &path(""), None, Some(&clerk)).await,
        StatusCode::FORBIDDEN,
        "a suspended clerk sees nothing",
    )
    .await;
    assert_eq!(suspended.message, SUSPENDED);
    app.send(
        Method::PATCH,
        &member,
        Some(&json!({"state": "active"})),
        Some(&boss),
    )
    .await;
    let profile: Value = expect(
        app.send(Method::GET, &path(""), None, Some(&clerk)).await,
        StatusCode::OK,
        "resumed, the clerk sees the company again",
    )
    .await;
    assert_eq!(profile["legal_representative"], "李建国");
    assert!(!profile["business_scope"].as_str().unwrap().is_empty());
    assert_eq!(profile["licences"][0]["kind"], "营业执照");

    let removed = app.send(Method::DELETE, &member, None, Some(&boss)).await;
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    let refused = expect_error(
        app.send(Method::GET, &path("/applications"), None, Some(&clerk))
            .await,
        StatusCode::FORBIDDEN,
        "a removed clerk's next request",
    )
    .await;
    assert_eq!(refused.message, WITHDRAWN);
    let theirs: Vec<Value> = expect(
        app.send(Method::GET, "/drafts", None, Some(&clerk)).await,
        StatusCode::OK,
        "the clerk's drafts",
    )
    .await;
    assert!(
        theirs.is_empty(),
        "the company's draft left with the company"
    );
    let company: Vec<Value> = expect(
        app.send(Method::GET, "/drafts", None, Some(&boss)).await,
        StatusCode::OK,
        "the representative's drafts",
    )
    .await;
    assert_eq!(company[0]["id"], "d-company-1");
}

#[tokio::test]
async fn an_expired_authority_is_refused_with_its_last_day() {
    let app = spawn_app().await;
    let (_, clerk, ..) = demo_staff(&app).await;
    let item = item_codes(&app, 1).await.remove(0);
    sqlx::query(
        "UPDATE enterprise_staff SET scope = '{\"until\": \"2020-01-31\"}' WHERE role = 'clerk'",
    )
    .execute(&app.database().await)
    .await
    .expect("the scope ran out");
    let draft = json!({
        "id": "d-late", "item_code": item, "item_name": "某事项",
        "form": {"item_code": item, "title": "某事项", "version": 1, "sections": []},
        "answers": {}, "acting_as": ENTERPRISE.uscc, "updated_at": 1, "updated_on": "desk",
    });
    let refused = expect_error(
        app.send(Method::PUT, "/drafts/d-late", Some(&draft), Some(&clerk))
            .await,
        StatusCode::FORBIDDEN,
        "an expired authority",
    )
    .await;
    assert_eq!(
        refused.message,
        "您的授权已于 2020-01-31 到期，请联系授权人续期"
    );
}

/// Stores `count` matters of the demo enterprise submitted by the clerk, a
/// minute apart, alternating two items.
async fn fill_matters(app: &TestApp, count: i64) -> Vec<String> {
    let pool = app.database().await;
    let items = item_codes(app, 2).await;
    let clerk: i64 = sqlx::query_scalar("SELECT id FROM users WHERE mobile = ?")
        .bind(PEOPLE[2].mobile)
        .fetch_one(&pool)
        .await
        .unwrap();
    let mut numbers = Vec::new();
    for i in 0..count {
        let number = format!("BZ20261201{:06}", i + 1);
        sqlx::query(
            "INSERT INTO applications (number, user_id, acting_as, item_code, item_name, answers,
                 delivery, status, submitted_at, hall, department, promised_days, due_on)
             VALUES (?, ?, ?, ?, ?, '{}', 'pick_up', ?, ?, 'shizhi', '某局', 5, ?)",
        )
        .bind(&number)
        .bind(clerk)
        .bind(ENTERPRISE.uscc)
        .bind(&items[(i % 2) as usize])
        .bind(if i % 2 == 0 {
            "甲, \"乙\"事项"
        } else {
            "丙事项"
        })
        .bind(if i % 3 == 0 { "accepted" } else { "submitted" })
        // 2026-12-01 10:00 China time, a minute apart, in the same second for some.
        .bind(1_796_090_400 + (i / 2) * 60)
        .bind((i % 3 == 0).then(|| format!("2026-12-{:02}", 10 + i % 7)))
        .execute(&pool)
        .await
        .expect("a matter");
        numbers.push(number);
    }
    numbers
}

async fn page(app: &TestApp, token: &str, query: &str) -> Value {
    expect(
        app.send(
            Method::GET,
            &path(&format!("/applications?{query}")),
            None,
            Some(token),
        )
        .await,
        StatusCode::OK,
        query,
    )
    .await
}

#[tokio::test]
async fn the_matters_table_filters_sorts_and_pages_without_gaps() {
    let app = spawn_app().await;
    let (boss, _, viewer, _) = demo_staff(&app).await;
    let numbers = fill_matters(&app, 23).await;
    for sort in ["-submitted", "submitted", "due", "-due", "item", "status"] {
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let query = match &cursor {
                Some(cursor) => format!("sort={sort}&limit=5&cursor={cursor}"),
                None => format!("sort={sort}&limit=5"),
            };
            let body = page(&app, &viewer, &query).await;
            assert_eq!(body["total"], 23);
            for matter in body["matters"].as_array().unwrap() {
                seen.push(matter["application"]["number"].as_str().unwrap().to_owned());
            }
            match body["next"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => break,
            }
        }
        let distinct: BTreeSet<_> = seen.iter().collect();
        assert_eq!(seen.len(), 23, "{sort}: every matter once");
        assert_eq!(distinct.len(), 23, "{sort}: no duplicates");
        if sort == "-submitted" {
            assert_eq!(seen[0], numbers[22], "the newest first");
        }
    }
    let first = page(&app, &boss, "sort=item&limit=1").await;
    assert_eq!(first["matters"][0]["application"]["item_name"], "丙事项");
    assert_eq!(first["matters"][0]["clerk"], "王*");
    assert_eq!(
        first["matters"][0]["application"]["handled_by"],
        "王*（经办人）"
    );
    let accepted = page(&app, &boss, "state=accepted").await;
    assert_eq!(accepted["total"], 8);
    let due = page(&app, &boss, "due_before=2026-12-11").await;
    assert_eq!(
        due["total"], 3,
        "due on the 10th (twice) or the 11th (once)"
    );
    let that_day = page(
        &app,
        &boss,
        "submitted_from=2026-12-01&submitted_to=2026-12-01",
    )
    .await;
    assert_eq!(that_day["total"], 23);
    let next_day = page(&app, &boss, "submitted_from=2026-12-02").await;
    assert_eq!(next_day["total"], 0);

    for (query, field) in [
        ("submitted_from=2026-13-01", "submitted_from"),
        ("sort=name", "sort"),
        ("limit=0", "limit"),
        ("limit=201", "limit"),
        ("cursor=abc", "cursor"),
    ] {
        let error = expect_error(
            app.send(
                Method::GET,
                &path(&format!("/applications?{query}")),
                None,
                Some(&boss),
            )
            .await,
            StatusCode::BAD_REQUEST,
            query,
        )
        .await;
        assert_eq!(error.fields[0].field, field, "{query}");
    }
    let other_sort = page(&app, &boss, "limit=5").await["next"]
        .as_str()
        .unwrap()
        .to_owned();
    let mismatched = app
        .send(
            Method::GET,
            &path(&format!("/applications?sort=item&cursor={other_sort}")),
            None,
            Some(&boss),
        )
        .await;
    assert_eq!(mismatched.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_csv_export_has_a_bom_the_header_and_every_row_quoted_right() {
    let app = spawn_app().await;
    let (boss, ..) = demo_staff(&app).await;
    fill_matters(&app, 1203).await;
    let response = app
        .send(
            Method::GET,
            &path("/applications.csv?sort=submitted"),
            None,
            Some(&boss),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename*=UTF-8''"),
        "{disposition}"
    );
    let bytes = response.bytes().await.unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "a byte-order mark");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|line| !line.is_empty()).collect();
    assert_eq!(lines[0], banshi_api::enterprises::CSV_HEADER.join(","));
    assert_eq!(lines.len(), 1 + 1203, "the header and every matter");
    assert!(lines[1].starts_with("BZ20261201000001,"));
    assert!(
        lines[1].contains(",\"甲, \"\"乙\"\"事项\",已受理,"),
        "{}",
        lines[1]
    );
    let paged = app
        .send(
            Method::GET,
            &path("/applications.csv?limit=5"),
            None,
            Some(&boss),
        )
        .await;
    assert_eq!(
        paged.status(),
        StatusCode::BAD_REQUEST,
        "an export is not paged"
    );
}

#[tokio::test]
async fn concurrent_invitations_and_changes_keep_one_consistent_staff() {
    let app = spawn_app().await;
    let (boss, ..) = demo_staff(&app).await;
    let invitation = json!({"mobile": PEOPLE[0].mobile, "role": "clerk"});
    let members_path = path("/members");
    let answers = join_all((0..8).map(|_| app.post(&members_path, &invitation, Some(&boss)))).await;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.status().as_u16()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409, 409, 409, 409, 409, 409, 409]);

    let id = member_id(&app, &boss, PEOPLE[0].mobile).await;
    let member = path(&format!("/members/{id}"));
    let roles = [
        "admin", "viewer", "admin", "viewer", "admin", "viewer", "admin", "viewer",
    ];
    let bodies: Vec<Value> = roles.iter().map(|role| json!({"role": role})).collect();
    let changes = join_all(
        bodies
            .iter()
            .map(|body| app.send(Method::PATCH, &member, Some(body), Some(&boss))),
    )
    .await;
    let applied = changes
        .iter()
        .filter(|answer| answer.status() == StatusCode::OK)
        .count();
    assert!(
        changes
            .iter()
            .all(|a| a.status() == StatusCode::OK || a.status() == StatusCode::CONFLICT)
    );
    let pool = app.database().await;
    let events: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM enterprise_audit WHERE action = 'role_changed'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let changed_ok: i64 = {
        let mut count = 0;
        for answer in changes {
            if answer.status() == StatusCode::OK {
                let body: Value = answer.json().await.unwrap();
                // An answer that changed nothing (already that role) has no event.
                count += i64::from(body["role"] != "clerk");
            }
        }
        count
    };
    assert!(applied >= 1);
    assert!(
        events >= 1 && events <= changed_ok,
        "{events} events for {changed_ok} answers"
    );
    let last: String = sqlx::query_scalar(
        "SELECT detail FROM enterprise_audit WHERE action = 'role_changed' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let now = members(&app, &boss)
        .await
        .into_iter()
        .find(|m| m["id"] == id.as_str())
        .unwrap();
    let label = if now["role"] == "admin" {
        "管理员"
    } else {
        "只读"
    };
    assert!(
        last.ends_with(&format!("“{label}”")),
        "the last event says the role kept: {last}"
    );
}
