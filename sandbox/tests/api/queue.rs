//! The live queue: a line per zone that starts its day busy, numbers taken from
//! home only while the hall is open, the people ahead counting down as staff
//! call numbers, and the stream of changes. The queue simulation is off (only
//! the staff endpoint moves the lines) except in the one test that watches it.

use std::time::Duration;

use banshi_api::queue::{Queue, Ticket, TicketStatus};
use banshi_sandbox::demo_accounts::PEOPLE;
use banshi_sandbox::{Application, Settings, clock};
use futures_util::StreamExt;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{TestApp, demo_token, expect, expect_error, spawn_app_at, spawn_with};

/// Monday 2026-11-23, mid-morning: every hall is open.
const MONDAY_OPEN: &str = "2026-11-23T10:00";
/// 陈静, staff of the city hall (shizhi).
const STAFF: &str = "13900000009";

async fn take(app: &TestApp, token: &str, hall: &str, group: &str) -> reqwest::Response {
    app.post(
        &format!("/halls/{hall}/tickets"),
        &json!({ "group": group }),
        Some(token),
    )
    .await
}

async fn ticket(app: &TestApp, token: &str, id: &str) -> Ticket {
    expect(
        app.send(Method::GET, &format!("/tickets/{id}"), None, Some(token))
            .await,
        StatusCode::OK,
        "the holder reads their ticket",
    )
    .await
}

async fn call(app: &TestApp, token: &str, hall: &str, group: &str) -> reqwest::Response {
    app.send(
        Method::POST,
        &format!("/halls/{hall}/queue/{group}/call"),
        None,
        Some(token),
    )
    .await
}

fn waiting_in(queue: &Queue, group: &str) -> u32 {
    queue
        .groups
        .iter()
        .find(|g| g.code == group)
        .unwrap_or_else(|| panic!("the hall has zone {group}"))
        .waiting
}

#[tokio::test]
async fn each_zone_has_a_line_that_starts_the_day_busy() {
    let app = spawn_app_at(MONDAY_OPEN).await;
    let queue: Queue = app.get_ok("/halls/shizhi/queue").await;
    assert!(queue.open, "10:00 on a Monday");
    let codes: Vec<_> = queue.groups.iter().map(|g| g.code.as_str()).collect();
    assert_eq!(codes, ["A", "B", "C", "D", "E"]);
    let a = &queue.groups[0];
    assert_eq!(
        (a.name.as_str(), a.name_en.as_str()),
        ("综合受理区", "Comprehensive services")
    );
    assert_eq!(a.windows, ["A01", "A02", "A03"]);
    for group in &queue.groups {
        assert!(group.waiting >= 2, "{} has people waiting", group.code);
        let serving = group
            .now_serving
            .as_deref()
            .expect("numbers were called already");
        assert!(
            serving.starts_with(&group.code) && serving.len() == 4,
            "numbers read like A023: {serving}"
        );
        assert!(group.minutes_per_person > 0);
    }
    let again: Queue = app.get_ok("/halls/shizhi/queue").await;
    assert_eq!(again, queue, "reading the queue does not move it");
    app.get_error("/halls/atlantis/queue", StatusCode::NOT_FOUND)
        .await;
}

#[tokio::test]
async fn no_number_is_taken_while_the_hall_is_closed() {
    for (moment, says) in [
        ("2026-11-22T10:00", "11月22日是周日，大厅不办公"),
        (
            "2026-11-23T20:00",
            "大厅今天的办公时间为 09:00—12:00、13:30—17:30",
        ),
        ("2026-11-23T12:30", "09:00—12:00、13:30—17:30"),
        ("2026-10-01T10:00", "10月1日是国庆节假期"),
    ] {
        let app = spawn_app_at(moment).await;
        let citizen = demo_token(&app, PEOPLE[0].mobile).await;
        let queue: Queue = app.get_ok("/halls/qiaocheng/queue").await;
        assert!(!queue.open, "closed at {moment}");
        let error = expect_error(
            take(&app, &citizen, "qiaocheng", "A").await,
            StatusCode::CONFLICT,
            &format!("no number at {moment}"),
        )
        .await;
        assert!(error.message.contains(says), "{moment}: {error}");
        assert!(error.message.contains("不能取号"), "{error}");
        let staff = demo_token(&app, STAFF).await;
        let error = expect_error(
            call(&app, &staff, "shizhi", "A").await,
            StatusCode::CONFLICT,
            &format!("no call at {moment}"),
        )
        .await;
        assert!(error.message.contains("不能叫号"), "{error}");
    }
}

#[tokio::test]
async fn a_ticket_counts_the_people_ahead_down_to_its_call() {
    let app = spawn_app_at(MONDAY_OPEN).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let neighbour = demo_token(&app, PEOPLE[2].mobile).await;
    let staff = demo_token(&app, STAFF).await;
    let before: Queue = app.get_ok("/halls/shizhi/queue").await;
    let waiting = waiting_in(&before, "B");

    let mine: Ticket = expect(
        take(&app, &citizen, "shizhi", "B").await,
        StatusCode::CREATED,
        "a number is taken while the hall is open",
    )
    .await;
    assert_eq!(mine.ahead, waiting, "everyone already waiting goes first");
    assert_eq!(mine.status, TicketStatus::Waiting);
    assert_eq!(
        (mine.group_name.as_str(), mine.hall_name.as_str()),
        ("公安服务区", "亳州市政务服务中心")
    );
    assert_eq!(mine.date, "2026-11-23");
    assert_eq!(
        mine.expected_wait_minutes,
        (waiting * 10).div_ceil(3),
        "10 minutes a person over the zone's three windows"
    );
    let theirs: Ticket = expect(
        take(&app, &neighbour, "shizhi", "B").await,
        StatusCode::CREATED,
        "next",
    )
    .await;
    assert_eq!(theirs.ahead, waiting + 1);
    let error = expect_error(
        take(&app, &citizen, "shizhi", "B").await,
        StatusCode::CONFLICT,
        "one waiting number per person and line",
    )
    .await;
    assert!(
        error.message.contains(&mine.number),
        "the message names it: {error}"
    );
    expect_error(
        take(&app, &citizen, "shizhi", "Z").await,
        StatusCode::NOT_FOUND,
        "no zone Z",
    )
    .await;
    expect_error(
        app.send(
            Method::GET,
            &format!("/tickets/{}", mine.id),
            None,
            Some(&neighbour),
        )
        .await,
        StatusCode::NOT_FOUND,
        "another person's ticket is not there for them",
    )
    .await;
    let today: Vec<Ticket> = expect(
        app.send(Method::GET, "/tickets", None, Some(&citizen))
            .await,
        StatusCode::OK,
        "today's tickets",
    )
    .await;
    assert_eq!(today, std::slice::from_ref(&mine));

    for ahead in (0..waiting).rev() {
        let queue: Queue = expect(
            call(&app, &staff, "shizhi", "B").await,
            StatusCode::OK,
            "staff call",
        )
        .await;
        assert_eq!(waiting_in(&queue, "B"), ahead + 2, "two numbers were added");
        let now = ticket(&app, &citizen, mine.id.as_str()).await;
        assert_eq!(now.ahead, ahead, "one person fewer ahead");
        assert_eq!(now.status, TicketStatus::Waiting);
    }
    let queue: Queue = expect(
        call(&app, &staff, "shizhi", "B").await,
        StatusCode::OK,
        "called",
    )
    .await;
    let group = queue.groups.iter().find(|g| g.code == "B").unwrap();
    assert_eq!(group.now_serving.as_deref(), Some(mine.number.as_str()));
    let called = ticket(&app, &citizen, mine.id.as_str()).await;
    let TicketStatus::Called { window } = &called.status else {
        panic!("the number was called: {:?}", called.status);
    };
    assert!(
        group.windows.contains(window),
        "to a window of the zone: {window}"
    );
    assert_eq!((called.ahead, called.expected_wait_minutes), (0, 0));
    expect::<Ticket>(
        take(&app, &citizen, "shizhi", "B").await,
        StatusCode::CREATED,
        "once called, a new number may be taken",
    )
    .await;
}

#[tokio::test]
async fn only_the_halls_own_staff_call_numbers() {
    let app = spawn_app_at(MONDAY_OPEN).await;
    let citizen = demo_token(&app, PEOPLE[0].mobile).await;
    let staff = demo_token(&app, STAFF).await;
    let error = expect_error(
        call(&app, &citizen, "shizhi", "A").await,
        StatusCode::FORBIDDEN,
        "a citizen calls no numbers",
    )
    .await;
    assert!(error.message.contains("窗口工作人员"), "{error}");
    expect_error(
        call(&app, &staff, "qiaocheng", "A").await,
        StatusCode::FORBIDDEN,
        "staff call in their own hall only",
    )
    .await;
    expect_error(
        call(&app, &staff, "shizhi", "Z").await,
        StatusCode::NOT_FOUND,
        "no zone Z",
    )
    .await;
    let waiting = waiting_in(&app.get_ok("/halls/shizhi/queue").await, "A");
    for _ in 0..waiting {
        expect::<Queue>(
            call(&app, &staff, "shizhi", "A").await,
            StatusCode::OK,
            "a call",
        )
        .await;
    }
    let error = expect_error(
        call(&app, &staff, "shizhi", "A").await,
        StatusCode::CONFLICT,
        "nobody is left to call",
    )
    .await;
    assert_eq!(error.message, "综合受理区没有等候的号码");
}

/// The next `queue` event of a server-sent event stream, within five seconds;
/// `buffer` keeps what has arrived of the events after it.
async fn next_event<B: AsRef<[u8]>>(
    events: &mut (impl futures_util::Stream<Item = reqwest::Result<B>> + Unpin),
    buffer: &mut Vec<u8>,
) -> Queue {
    loop {
        if let Some(end) = buffer.windows(2).position(|pair| pair == b"\n\n") {
            let block: Vec<u8> = buffer.drain(..end + 2).collect();
            let block = String::from_utf8(block).expect("events are UTF-8");
            if block.lines().any(|line| line == "event: queue") {
                let data = block
                    .lines()
                    .find_map(|line| line.strip_prefix("data: "))
                    .expect("a queue event carries data");
                return serde_json::from_str(data).expect("the data is a Queue");
            }
            continue;
        }
        let chunk = tokio::time::timeout(Duration::from_secs(5), events.next())
            .await
            .expect("an event arrives within five seconds")
            .expect("the stream stays open")
            .expect("the stream reads");
        buffer.extend_from_slice(chunk.as_ref());
    }
}

#[tokio::test]
async fn the_stream_sends_the_queue_at_once_and_after_every_call() {
    let app = spawn_app_at(MONDAY_OPEN).await;
    let staff = demo_token(&app, STAFF).await;
    let response = app.get("/halls/shizhi/queue/stream").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/event-stream",
        "server-sent events"
    );
    let mut events = response.bytes_stream();
    let mut buffer = Vec::new();
    let first = next_event(&mut events, &mut buffer).await;
    assert_eq!(first, app.get_ok::<Queue>("/halls/shizhi/queue").await);

    let answered: Queue = expect(
        call(&app, &staff, "shizhi", "C").await,
        StatusCode::OK,
        "a call",
    )
    .await;
    let second = next_event(&mut events, &mut buffer).await;
    assert_eq!(second.groups, answered.groups, "the stream shows the call");
    assert_eq!(waiting_in(&second, "C"), waiting_in(&first, "C") - 1);
    app.get_error("/halls/atlantis/queue/stream", StatusCode::NOT_FOUND)
        .await;
}

#[tokio::test]
async fn the_simulation_calls_the_next_number_of_every_line_at_its_pace() {
    let start = clock::parse_china_instant(MONDAY_OPEN).expect("a China time");
    let app = spawn_with(|settings| {
        settings.clock = Some(start);
        settings.queue_pace = 1;
    })
    .await;
    let mut events = app
        .get("/halls/qiaocheng/queue/stream")
        .await
        .bytes_stream();
    let mut buffer = Vec::new();
    let first = next_event(&mut events, &mut buffer).await;
    // The first may have been read halfway through a step; the step after the
    // next one began after it.
    next_event(&mut events, &mut buffer).await;
    let later = next_event(&mut events, &mut buffer).await;
    for (before, after) in first.groups.iter().zip(&later.groups) {
        assert!(
            after.now_serving > before.now_serving,
            "zone {} called its next number: {:?} then {:?}",
            before.code,
            before.now_serving,
            after.now_serving
        );
    }
}

#[tokio::test]
async fn stopping_the_server_ends_its_queue_streams() {
    let data = tempfile::tempdir().expect("a temporary data folder");
    let settings = Settings {
        clock: Some(clock::parse_china_instant(MONDAY_OPEN).expect("a China time")),
        queue_pace: 0,
        ..Settings::loopback(data.path())
    };
    let app = Application::build(&settings)
        .await
        .expect("the sandbox starts");
    let api_url = app.api_url();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));
    let response = reqwest::get(format!("{api_url}/halls/shizhi/queue/stream"))
        .await
        .expect("the stream opens");
    let mut events = response.bytes_stream();
    next_event(&mut events, &mut Vec::new()).await;
    stop.send(()).expect("the server is running");
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("an open stream does not hold the shutdown")
        .expect("the server task ends")
        .expect("the server stops cleanly");
    let end = tokio::time::timeout(Duration::from_secs(5), events.next())
        .await
        .expect("the stream ends with the server");
    assert!(end.is_none_or(|chunk| chunk.is_err()), "no more events");
}
