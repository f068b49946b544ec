//! Ratings against a real sandbox: a completed application rated once, a
//! bad score refused without its reason, someone else's application not
//! theirs to rate, and the hall's answer to the bad rating rated in turn.

use banshi_api::ratings::{NewRating, ReplyRating, Score};
use banshi_sandbox::demo_accounts::PEOPLE;

use super::Ratings;
use crate::ShellError;
use crate::context::Context;
use crate::test_support::{api, demo_login, device_folder, hall, sandbox};

fn bad(reason: Option<&str>) -> NewRating {
    NewRating {
        score: Score::new(2).unwrap(),
        dimensions: Vec::new(),
        comment: None,
        reason: reason.map(str::to_owned),
    }
}

#[tokio::test]
async fn a_finished_application_is_rated_once_and_the_halls_answer_in_turn() {
    let (server, device, stranger) = (
        tempfile::tempdir().unwrap(),
        device_folder(),
        device_folder(),
    );
    let (url, _stop) = sandbox(server.path()).await;
    let citizen = hall::token(&url, PEOPLE[0].mobile).await.unwrap();
    let staff = hall::token(&url, hall::HALL_STAFF).await.unwrap();
    let number = hall::submit_marriage(&url, &citizen).await.unwrap().number;
    hall::staff_complete(&url, &staff, &number).await.unwrap();

    let ctx = Context::new(api(&url, device.path()));
    ctx.accounts()
        .log_in(ctx.api(), &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();
    let ratings = Ratings::new(ctx);

    let other = Context::new(api(&url, stranger.path()));
    other
        .accounts()
        .log_in(other.api(), &demo_login(PEOPLE[1].mobile))
        .await
        .unwrap();
    let refused = Ratings::new(other)
        .rate_application(&number, &bad(Some("不是我的办件")))
        .await
        .unwrap_err();
    assert!(
        matches!(refused, ShellError::Refused { status: 404, .. }),
        "another's application is not theirs to rate: {refused:?}"
    );

    let refused = ratings
        .rate_application(&number, &bad(None))
        .await
        .unwrap_err();
    let ShellError::Refused {
        status: 400, error, ..
    } = refused
    else {
        panic!("a bad score without its reason is refused: {refused:?}");
    };
    assert!(
        error.fields.iter().any(|field| field.field == "reason"),
        "the reason is the field at fault: {error:?}"
    );

    let rating = ratings
        .rate_application(&number, &bad(Some("窗口让我复印已经上传的材料")))
        .await
        .unwrap();
    let case = rating.case.clone().expect("a bad rating opens a case");
    assert!(case.reply.is_none() && case.deadline.running);
    let twice = ratings
        .rate_application(&number, &bad(Some("再评一次试试")))
        .await
        .unwrap_err();
    assert!(
        matches!(twice, ShellError::Refused { status: 409, .. }),
        "one rating per matter: {twice:?}"
    );

    hall::staff_post(
        &url,
        &staff,
        &format!("staff/ratings/{}/reply", rating.id),
        &serde_json::json!({ "text": "已提醒窗口，不再要求复印" }),
    )
    .await
    .unwrap();
    let answered = ratings
        .rate_reply(
            &rating.id,
            ReplyRating {
                score: Score::new(4).unwrap(),
            },
        )
        .await
        .unwrap();
    let case = answered.case.expect("still the case");
    assert_eq!(
        case.reply.map(|r| r.text).as_deref(),
        Some("已提醒窗口，不再要求复印")
    );
    assert_eq!(case.reply_score, Score::new(4).ok());
    let listed = ratings.list().await.unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
}
