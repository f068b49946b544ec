//! Bookings against a real sandbox whose clock is a Monday morning: a booking
//! made, listed, drawn as a QR code, written for the calendar, moved and
//! cancelled.

use banshi_api::bookings::{BookingRequest, BookingStatus, RescheduleRequest, Slot, SlotsQuery};
use banshi_api::dates::Date;
use banshi_api::ids::ItemCode;
use banshi_sandbox::demo_accounts::PEOPLE;

use super::{Bookings, qr_svg};
use crate::context::Context;
use crate::hall_api::HallApi;
use crate::test_support::{api, demo_login, device_folder, items, sandbox_at};

const CITY_HALL: &str = "shizhi";

/// A city hall item that needs a visit and can be booked.
async fn bookable_item(api: &HallApi) -> String {
    let page = items(api, "hall=shizhi&per_page=100").await;
    page.items
        .into_iter()
        .find(|item| item.booking && item.visits > 0)
        .expect("the city hall has items to book")
        .code
        .to_string()
}

async fn slots(bookings: &Bookings, item: &str) -> Vec<(Date, Slot)> {
    let query = SlotsQuery {
        item: ItemCode::parse(item).unwrap(),
        date: None,
        days: Some(7),
    };
    bookings
        .slots(CITY_HALL, &query)
        .await
        .unwrap()
        .into_iter()
        .flat_map(|day| {
            let date = day.date;
            day.slots.into_iter().map(move |slot| (date, slot))
        })
        .collect()
}

#[tokio::test]
async fn a_booking_is_made_moved_written_for_the_calendar_and_cancelled() {
    let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
    let (url, _stop) = sandbox_at(server.path(), "2026-11-23T08:30").await;
    let api = api(&url, device.path());
    let ctx = Context::new(api.clone());
    let accounts = ctx.accounts();
    let bookings = Bookings::new(ctx.clone());
    let item = bookable_item(&api).await;
    accounts
        .log_in(&api, &demo_login(PEOPLE[0].mobile))
        .await
        .unwrap();

    let open: Vec<(Date, Slot)> = slots(&bookings, &item)
        .await
        .into_iter()
        .filter(|(_, slot)| slot.bookable())
        .collect();
    let ((first_date, first), (second_date, second)) = (open[0].clone(), open[1].clone());
    assert_eq!(
        first_date, "2026-11-23",
        "Monday 08:30: the day's first slot is open"
    );
    assert_eq!(first.starts, "09:00");
    let booking = bookings
        .book(&BookingRequest {
            item_code: ItemCode::parse(&item).unwrap(),
            date: first_date,
            starts: first.starts.clone(),
        })
        .await
        .unwrap();
    assert_eq!(booking.status, BookingStatus::Booked);
    assert_eq!(booking.check_in_code.len(), 8);
    assert_eq!(bookings.list().await.unwrap(), vec![booking.clone()]);
    assert!(qr_svg(&booking).starts_with("<?xml"), "an SVG document");

    let path = bookings
        .calendar_file(booking.id.as_str(), &["居民身份证原件".into()])
        .await
        .unwrap();
    let ics = std::fs::read_to_string(&path).unwrap().replace("\r\n ", "");
    assert!(
        ics.contains("DTSTART:20261123T010000Z"),
        "09:00 in China: {ics}"
    );
    assert!(ics.contains(&booking.check_in_code));
    assert!(
        path.starts_with(device.path()),
        "kept in the app's data folder"
    );

    let moved = bookings
        .reschedule(
            booking.id.as_str(),
            &RescheduleRequest {
                date: second_date,
                starts: second.starts.clone(),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (moved.id.as_str(), moved.starts.as_str()),
        (booking.id.as_str(), second.starts.as_str())
    );
    let after = slots(&bookings, &item).await;
    let remaining = |date: &Date, starts: &str| {
        after
            .iter()
            .find(|(d, slot)| d == date && slot.starts == starts)
            .map(|(_, slot)| slot.remaining)
    };
    assert_eq!(
        remaining(&first_date, &first.starts),
        Some(first.remaining),
        "the old place is free again"
    );
    assert_eq!(
        remaining(&second_date, &second.starts),
        Some(second.remaining - 1)
    );

    let cancelled = bookings.cancel(booking.id.as_str()).await.unwrap();
    assert_eq!(cancelled.status, BookingStatus::Cancelled);
    let again = bookings.cancel(booking.id.as_str()).await.unwrap();
    assert_eq!(
        again.status,
        BookingStatus::Cancelled,
        "cancelling twice is harmless"
    );
}
