//! One service hall: where it is, whether it is open now, its public
//! figures of 好差评, and (in full) its hours and windows.

use std::collections::BTreeMap;

use banshi_api::halls::{Hall, HallCode};
use leptos::prelude::*;
use leptos_icons::Icon;

use crate::commands;
use crate::i18n::{HallsMsg, Locale, RatingsMsg, use_i18n};

/// China Standard Time is UTC+8 all year; halls keep local time.
const CHINA_OFFSET_MINUTES: f64 = 8.0 * 60.0;

/// The weekday (1 = Monday) and minute of the day now, in the halls' time zone.
fn now_in_china() -> (u8, u16) {
    let utc_ms = js_sys::Date::now();
    let local = js_sys::Date::new(&(utc_ms + CHINA_OFFSET_MINUTES * 60_000.0).into());
    let weekday = match local.get_utc_day() {
        0 => 7,
        day => day as u8,
    };
    let minute = (local.get_utc_hours() * 60 + local.get_utc_minutes()) as u16;
    (weekday, minute)
}

/// The hall's name in `locale`: 谯城区政务服务中心, or Qiaocheng District Service Center.
pub fn hall_name(hall: &Hall, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => hall.name.clone(),
        Locale::En => format!("{} Service Center", hall.district_en),
    }
}

/// `full` adds the opening hours and the windows grouped by department.
#[component]
pub fn HallCard(hall: Hall, #[prop(optional)] full: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (weekday, minute) = now_in_china();
    let open = hall.is_open_at(weekday, minute);
    let (status_class, status) = if open {
        ("status-pill status-open", HallsMsg::OpenNow)
    } else {
        ("status-pill status-closed", HallsMsg::ClosedNow)
    };
    let title = {
        let hall = hall.clone();
        move || hall_name(&hall, i18n.locale.get())
    };
    let windows = hall.windows.len();
    let details = full.then(|| {
        let hours = hall.hours.clone();
        let mut by_department: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for window in &hall.windows {
            by_department
                .entry(window.department.clone())
                .or_default()
                .push(format!("{} {}", window.number, window.service));
        }
        view! {
            <div class="hall-details">
                <h4 class="hall-details-title">{move || i18n.t(HallsMsg::Hours)}</h4>
                <ul class="hall-hours">
                    {hours
                        .into_iter()
                        .map(|group| {
                            let periods = group
                                .periods
                                .iter()
                                .map(|p| format!("{}–{}", p.opens, p.closes))
                                .collect::<Vec<_>>()
                                .join("  ");
                            view! {
                                <li>
                                    <span class="hall-days">{move || i18n.weekdays(&group.weekdays)}</span>
                                    <span>{periods}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <h4 class="hall-details-title">{move || i18n.t(HallsMsg::Windows)}</h4>
                <dl class="hall-windows">
                    {by_department
                        .into_iter()
                        .map(|(department, windows)| view! {
                            <dt>{department}</dt>
                            <dd>{windows.join("、")}</dd>
                        })
                        .collect_view()}
                </dl>
            </div>
        }
    });
    view! {
        <article class="hall-card" data-hall=hall.code.to_string()>
            <div class="hall-card-head">
                <Icon icon=icondata::LuLandmark attr:class="hall-icon" />
                <div class="hall-card-title">
                    <h3 class="hall-name">{title}</h3>
                    <span class="hall-district">{hall.district.clone()}</span>
                </div>
                <span class=status_class>{move || i18n.t(status)}</span>
            </div>
            <p class="hall-line">
                <Icon icon=icondata::LuMapPin attr:class="line-icon" />
                <span class="visually-hidden">{move || i18n.t(HallsMsg::Address)}</span>
                {hall.address.clone()}
            </p>
            <p class="hall-line">
                <Icon icon=icondata::LuPhone attr:class="line-icon" />
                <span class="visually-hidden">{move || i18n.t(HallsMsg::Phone)}</span>
                <a href=format!("tel:{}", hall.phone)>{hall.phone.clone()}</a>
                <span class="hall-windows-count">{move || i18n.t(HallsMsg::WindowsCount(windows))}</span>
            </p>
            <HallFigures hall=hall.code.clone() />
            {details}
        </article>
    }
}

/// The hall's public figures of 好差评 (公示): ratings given and the share
/// satisfied; nothing while they load or when the hall cannot be reached.
#[component]
fn HallFigures(hall: HallCode) -> impl IntoView {
    let i18n = use_i18n();
    let figures = LocalResource::new(move || commands::hall_ratings_get(hall.clone()));
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                figures.await.ok().map(|figures| {
                    let said = if figures.count == 0 {
                        RatingsMsg::NoFigures
                    } else {
                        RatingsMsg::HallFigures { count: figures.count, permille: figures.satisfied_permille }
                    };
                    view! {
                        <p class="hall-line hall-ratings" data-count=figures.count.to_string()>
                            <Icon icon=icondata::LuThumbsUp attr:class="line-icon" />
                            {move || i18n.t(said)}
                        </p>
                    }
                })
            })}
        </Transition>
    }
}
