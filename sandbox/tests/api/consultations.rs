//! 咨询投诉: a question or complaint about an item, one's own application or
//! a hall, answered by that hall (its promised date counted in working days
//! across the weekend), every problem of it named at once, made once per
//! key with its photos kept; only the answering hall's staff reply, each
//! reply joining the thread and notifying the asker, two at once both kept;
//! nobody else sees it.

use banshi_api::consultations::{Author, Consultation, ConsultationAbout, ConsultationStatus};
use banshi_api::notifications::NotificationKind;
use banshi_sandbox::demo_accounts::PEOPLE;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::applications::marriage_code;
use crate::helpers::{PHOTO, TestApp, demo_token, expect, expect_error, spawn_app_at};
use crate::progress::{feed, people, submitted};

/// Friday 2026-11-20, mid-morning.
const FRIDAY: &str = "2026-11-20T10:00";

async fn ask(app: &TestApp, token: &str, key: &str, body: &Value) -> reqwest::Response {
    app.post_once("/consultations", body, token, key).await
}

async fn asked(app: &TestApp, token: &str, key: &str, body: Value) -> Consultation {
    expect(
        ask(app, token, key, &body).await,
        StatusCode::CREATED,
        "the question or complaint is taken",
    )
    .await
}

async fn reply(app: &TestApp, token: &str, id: &str, text: &str) -> reqwest::Response {
    app.post(
        &format!("/staff/consultations/{id}/replies"),
        &json!({ "text": text }),
        Some(token),
    )
    .await
}

async fn get<T: serde::de::DeserializeOwned>(app: &TestApp, path: &str, token: &str) -> T {
    expect(
        app.send(Method::GET, path, None, Some(token)).await,
        StatusCode::OK,
        path,
    )
    .await
}

fn photo() -> Vec<u8> {
    std::fs::read(PHOTO).expect("the fixture photo")
}

#[tokio::test]
async fn a_question_about_an_item_is_answered_in_its_thread_within_five_working_days() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let item = marriage_code(&app).await;
    let photo = app.upload(&who.citizen, &photo()).await;
    let question = asked(
        &app,
        &who.citizen,
        "question-item-1",
        json!({
            "kind": "question",
            "about": {"kind": "item", "code": item},
            "text": "  户口本不在身边，可以用户籍证明代替吗？ ",
            "photos": [photo],
        }),
    )
    .await;
    assert_eq!(question.subject, "结婚登记");
    assert_eq!(question.hall.as_str(), "shizhi", "the item's hall answers");
    assert_eq!(question.status, ConsultationStatus::Open);
    // From Friday 20 November, 5 working days: Monday 23rd to Friday 27th.
    assert_eq!(question.deadline.promised_days, 5);
    assert_eq!(question.deadline.due, "2026-11-27");
    assert_eq!(question.deadline.days_left, 5);
    assert!(question.deadline.running);
    assert_eq!(question.messages.len(), 1);
    let first = &question.messages[0];
    assert_eq!(first.author, Author::Asker);
    assert_eq!(first.text, "户口本不在身边，可以用户籍证明代替吗？");
    assert_eq!(
        first.photos.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        [photo.as_str()]
    );
    let path = format!("/consultations/{}", question.id);
    assert_eq!(
        get::<Consultation>(&app, &path, &who.citizen).await,
        question
    );
    assert_eq!(
        get::<Vec<Consultation>>(&app, "/consultations", &who.citizen).await,
        std::slice::from_ref(&question)
    );
    let waiting: Vec<Consultation> = get(&app, "/staff/consultations?open=true", &who.staff).await;
    assert_eq!(waiting, std::slice::from_ref(&question));
    expect_error(
        app.tus(Method::DELETE, &format!("/uploads/{photo}"), &who.citizen)
            .send()
            .await
            .expect("the sandbox answers"),
        StatusCode::CONFLICT,
        "a photo stays with its question",
    )
    .await;

    let answered: Consultation = expect(
        reply(
            &app,
            &who.staff,
            question.id.as_str(),
            "可以，请到户籍所在地派出所开具户籍证明。",
        )
        .await,
        StatusCode::OK,
        "the hall answers",
    )
    .await;
    assert_eq!(answered.status, ConsultationStatus::Answered);
    assert!(!answered.deadline.running, "answered: the promise is kept");
    assert_eq!(answered.deadline.days_left, 5);
    let last = answered.messages.last().expect("the reply");
    assert_eq!(
        (last.author, last.staff.as_deref(), last.text.as_str()),
        (
            Author::Hall,
            Some(PEOPLE[4].name),
            "可以，请到户籍所在地派出所开具户籍证明。"
        )
    );
    assert_eq!(
        get::<Consultation>(&app, &path, &who.citizen).await,
        answered,
        "the asker sees the reply in the thread"
    );
    let notice = feed(&app, &who.citizen, 0)
        .await
        .pop()
        .expect("a notification");
    assert_eq!(notice.kind, NotificationKind::Reply);
    assert_eq!(notice.consultation.as_ref(), Some(&question.id));
    assert_eq!(notice.title, "咨询答复：结婚登记");
    assert!(
        get::<Vec<Consultation>>(&app, "/staff/consultations?open=true", &who.staff)
            .await
            .is_empty(),
        "nothing left open"
    );
    assert_eq!(
        get::<Vec<Consultation>>(&app, "/staff/consultations", &who.staff).await,
        [answered]
    );
}

#[tokio::test]
async fn what_a_consultation_is_about_decides_the_hall_and_the_soonest_due_is_first() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let item = marriage_code(&app).await;
    let complaint = asked(
        &app,
        &who.citizen,
        "complaint-item-1",
        json!({"kind": "complaint", "about": {"kind": "item", "code": item}, "text": "窗口工作人员态度冷淡，不解释原因。"}),
    )
    .await;
    // 15 working days from Friday 20 November: 23 Nov to 11 Dec.
    assert_eq!(complaint.deadline.promised_days, 15);
    assert_eq!(complaint.deadline.due, "2026-12-11");
    let hall = asked(
        &app,
        &who.citizen,
        "question-hall-1",
        json!({"kind": "question", "about": {"kind": "hall", "hall": "shizhi"}, "text": "周六上午大厅开门吗？"}),
    )
    .await;
    assert_eq!(hall.subject, "亳州市政务服务中心");
    let number = submitted(&app, &who.citizen, "consult-app-1").await;
    let mine = asked(
        &app,
        &who.citizen,
        "question-app-1",
        json!({"kind": "question", "about": {"kind": "application", "number": number}, "text": "我的办件什么时候受理？"}),
    )
    .await;
    assert_eq!(mine.subject, format!("结婚登记（{number}）"));
    assert_eq!(
        mine.hall.as_str(),
        "shizhi",
        "the application's hall answers"
    );
    let elsewhere = asked(
        &app,
        &who.citizen,
        "question-hall-2",
        json!({"kind": "question", "about": {"kind": "hall", "hall": "qiaocheng"}, "text": "谯城区大厅在哪里？"}),
    )
    .await;
    assert_eq!(elsewhere.hall.as_str(), "qiaocheng");

    let listed: Vec<Consultation> = get(&app, "/consultations", &who.citizen).await;
    let ids: Vec<_> = listed.iter().map(|c| c.id.clone()).collect();
    assert_eq!(
        ids,
        [
            elsewhere.id,
            mine.id.clone(),
            hall.id.clone(),
            complaint.id.clone()
        ],
        "the newest first"
    );
    let waiting: Vec<Consultation> = get(&app, "/staff/consultations?open=true", &who.staff).await;
    let ids: Vec<_> = waiting.iter().map(|c| c.id.clone()).collect();
    assert_eq!(
        ids,
        [hall.id, mine.id, complaint.id],
        "this hall's only, the questions due in 5 days before the complaint due in 15"
    );

    for (about, why) in [
        (
            json!({"kind": "application", "number": number}),
            "another person's application",
        ),
        (
            json!({"kind": "item", "code": "11341600MB0000001A000105001000999"}),
            "no such item",
        ),
        (json!({"kind": "hall", "hall": "nowhere"}), "no such hall"),
    ] {
        expect_error(
            ask(
                &app,
                &who.other,
                "question-missing-1",
                &json!({"kind": "question", "about": about, "text": "这是一个问题吗？"}),
            )
            .await,
            StatusCode::NOT_FOUND,
            why,
        )
        .await;
    }
}

#[tokio::test]
async fn every_problem_of_a_complaint_is_named_at_once_and_nothing_is_kept() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let unfinished = app.create_upload(&who.citizen, 1000).await;
    let unfinished = crate::helpers::upload_id(&unfinished).to_owned();
    let theirs = app.upload(&who.other, &photo()).await;
    let mine = app.upload(&who.citizen, &photo()).await;
    let body = json!({
        "kind": "complaint",
        "about": {"kind": "hall", "hall": "shizhi"},
        "text": "   ",
        "photos": [unfinished, theirs, mine, mine],
    });
    let error = expect_error(
        ask(&app, &who.citizen, "complaint-bad-1", &body).await,
        StatusCode::BAD_REQUEST,
        "an empty complaint with bad photos",
    )
    .await;
    let fields: Vec<(&str, &str)> = error
        .fields
        .iter()
        .map(|field| (field.field.as_str(), field.message.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("text", "请填写投诉内容"),
            ("photos[0]", "这张照片还没有上传完，请等上传完成后再提交"),
            ("photos[1]", "这张照片没有上传，请重新上传"),
            ("photos[3]", "这张照片重复了"),
        ]
    );
    let short = expect_error(
        ask(
            &app,
            &who.citizen,
            "complaint-bad-1",
            &json!({"kind": "question", "about": {"kind": "hall", "hall": "shizhi"}, "text": "在吗"}),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a question too short, under the key let go",
    )
    .await;
    assert_eq!(short.fields[0].message, "咨询内容应为 5 至 1000 个字");
    let long = expect_error(
        ask(
            &app,
            &who.citizen,
            "complaint-bad-2",
            &json!({"kind": "question", "about": {"kind": "hall", "hall": "shizhi"}, "text": "问".repeat(1001),
                "photos": [mine, mine, mine, mine, mine]}),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "too long, too many photos",
    )
    .await;
    let named: Vec<&str> = long.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(&named[..2], ["text", "photos"]);
    assert!(
        get::<Vec<Consultation>>(&app, "/consultations", &who.citizen)
            .await
            .is_empty(),
        "nothing refused is kept"
    );
    // The photo was not taken by the refused complaint: it can still go with one.
    asked(
        &app,
        &who.citizen,
        "complaint-good-1",
        json!({"kind": "complaint", "about": {"kind": "hall", "hall": "shizhi"}, "text": "大厅空调坏了一周没人修。", "photos": [mine]}),
    )
    .await;
    let reused = expect_error(
        ask(
            &app,
            &who.citizen,
            "complaint-good-2",
            &json!({"kind": "complaint", "about": {"kind": "hall", "hall": "shizhi"}, "text": "还是没有人修空调。", "photos": [mine]}),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "a photo handed in before",
    )
    .await;
    assert_eq!(
        reused.fields[0].message,
        "这张照片已随其他事项提交，请重新上传"
    );
}

#[tokio::test]
async fn a_retry_under_the_same_key_answers_the_same_consultation() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let body = json!({"kind": "question", "about": {"kind": "hall", "hall": "shizhi"}, "text": "可以带孩子一起去办理吗？"});
    let first = asked(&app, &who.citizen, "retry-key-1", body.clone()).await;
    let again = asked(&app, &who.citizen, "retry-key-1", body).await;
    assert_eq!(again, first, "the retry answers the first one");
    assert_eq!(
        get::<Vec<Consultation>>(&app, "/consultations", &who.citizen)
            .await
            .len(),
        1,
        "asked once"
    );
    expect_error(
        ask(
            &app,
            &who.citizen,
            "retry-key-1",
            &json!({"kind": "complaint", "about": {"kind": "hall", "hall": "shizhi"}, "text": "另一件事情要投诉。"}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the key with another request",
    )
    .await;
    expect_error(
        app.post(
            "/consultations",
            &json!({"kind": "question", "about": {"kind": "hall", "hall": "shizhi"}, "text": "没有带密钥的问题"}),
            Some(&who.citizen),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "no key",
    )
    .await;
}

#[tokio::test]
async fn only_the_answering_halls_staff_reply_and_nobody_else_sees_it() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    sqlx::query("UPDATE users SET staff_hall = 'qiaocheng' WHERE mobile = ?")
        .bind(PEOPLE[3].mobile)
        .execute(&app.database().await)
        .await
        .expect("make a staff member of another hall");
    let elsewhere = demo_token(&app, PEOPLE[3].mobile).await;
    let question = asked(
        &app,
        &who.citizen,
        "private-question-1",
        json!({"kind": "complaint", "about": {"kind": "hall", "hall": "shizhi"}, "text": "排队叫号系统经常跳号。"}),
    )
    .await;
    let path = format!("/consultations/{}", question.id);
    for (token, why) in [
        (&who.other, "another citizen"),
        (&elsewhere, "another hall's staff"),
    ] {
        expect_error(
            app.send(Method::GET, &path, None, Some(token)).await,
            StatusCode::NOT_FOUND,
            why,
        )
        .await;
    }
    assert!(
        get::<Vec<Consultation>>(&app, "/consultations", &who.other)
            .await
            .is_empty(),
        "never in another person's list"
    );
    assert!(
        get::<Vec<Consultation>>(&app, "/staff/consultations", &elsewhere)
            .await
            .is_empty(),
        "never in another hall's list"
    );
    assert_eq!(
        get::<Consultation>(&app, &path, &who.staff).await,
        question,
        "the answering hall's staff read it"
    );
    let text = "已核实，叫号系统已升级。";
    for (token, why) in [
        (&elsewhere, "another hall's staff"),
        (&who.citizen, "a citizen, the asker even"),
    ] {
        expect_error(
            reply(&app, token, question.id.as_str(), text).await,
            StatusCode::FORBIDDEN,
            why,
        )
        .await;
    }
    expect_error(
        app.send(Method::GET, "/staff/consultations", None, Some(&who.other))
            .await,
        StatusCode::FORBIDDEN,
        "a citizen has no hall's list",
    )
    .await;
    let blank = expect_error(
        reply(&app, &who.staff, question.id.as_str(), "  ").await,
        StatusCode::BAD_REQUEST,
        "a blank reply",
    )
    .await;
    assert_eq!(
        (
            blank.fields[0].field.as_str(),
            blank.fields[0].message.as_str()
        ),
        ("text", "请填写答复内容")
    );
    expect_error(
        reply(&app, &who.staff, &"0".repeat(32), text).await,
        StatusCode::NOT_FOUND,
        "no such consultation",
    )
    .await;
    assert_eq!(
        get::<Consultation>(&app, &path, &who.citizen)
            .await
            .messages
            .len(),
        1,
        "nothing refused joined the thread"
    );
}

#[tokio::test]
async fn two_replies_at_once_both_join_the_thread_and_the_first_keeps_the_promise() {
    let app = spawn_app_at(FRIDAY).await;
    let who = people(&app).await;
    let question = asked(
        &app,
        &who.citizen,
        "busy-question-1",
        json!({"kind": "question", "about": {"kind": "hall", "hall": "shizhi"}, "text": "大厅可以停车吗？"}),
    )
    .await;
    let texts: Vec<String> = (1..=4)
        .map(|n| format!("第 {n} 位工作人员的答复"))
        .collect();
    let answers = futures_util::future::join_all(
        texts
            .iter()
            .map(|text| reply(&app, &who.staff, question.id.as_str(), text)),
    )
    .await;
    assert!(
        answers
            .iter()
            .all(|answer| answer.status() == StatusCode::OK),
        "every reply is taken"
    );
    let thread: Consultation = get(
        &app,
        &format!("/consultations/{}", question.id),
        &who.citizen,
    )
    .await;
    assert_eq!(thread.status, ConsultationStatus::Answered);
    let mut replies: Vec<&str> = thread.messages[1..]
        .iter()
        .map(|message| message.text.as_str())
        .collect();
    replies.sort_unstable();
    assert_eq!(replies, texts, "each reply once, none lost");
    assert_eq!(thread.messages[0].author, Author::Asker);
    let notices = feed(&app, &who.citizen, 0).await;
    assert_eq!(
        notices
            .iter()
            .filter(|n| n.consultation.as_ref() == Some(&question.id))
            .count(),
        4,
        "a notification per reply"
    );
    assert!(!thread.deadline.running);
    assert!(matches!(thread.about, ConsultationAbout::Hall { .. }));
}
