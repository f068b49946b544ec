//! A strip above every page about the device's catalog: the first download's
//! progress, or that the app is offline and how old its copy is, with a retry.

use leptos::prelude::*;
use leptos_icons::Icon;

use crate::catalog_copy::use_catalog_copy;
use crate::components::status::ErrorNotice;
use crate::i18n::{CatalogMsg, CommonMsg, use_i18n};

/// China Standard Time is UTC+8 all year.
const CHINA_OFFSET_MS: f64 = 8.0 * 3_600_000.0;

/// Month (1–12) and day of `unix_ms` in China.
fn month_day(unix_ms: i64) -> (u32, u32) {
    let date = js_sys::Date::new(&((unix_ms as f64) + CHINA_OFFSET_MS).into());
    (date.get_utc_month() + 1, date.get_utc_date())
}

#[component]
pub fn CatalogBanner() -> impl IntoView {
    let i18n = use_i18n();
    let copy = use_catalog_copy();
    move || {
        let status = copy.status.get();
        if let Some(progress) = copy.progress.get().filter(|_| status.is_none()) {
            let percent = progress
                .total
                .filter(|total| *total > 0)
                .map(|total| (progress.received.saturating_mul(100) / total).min(100) as u8);
            return view! {
                <div class="banner banner-progress" role="status" id="catalog-progress">
                    <span>{move || i18n.t(CatalogMsg::Downloading(percent))}</span>
                    // Without a known size the bar is indeterminate (no value).
                    <progress class="progress" max="100" value=percent.map(|p| p.to_string())></progress>
                </div>
            }
            .into_any();
        }
        match (status, copy.failure.get()) {
            (Some(status), _) if !status.online => {
                let (month, day) = month_day(status.synced_at.unwrap_or_default());
                view! {
                    <div class="banner banner-offline" role="status" id="offline-banner">
                        <Icon icon=icondata::LuWifiOff attr:class="banner-icon" />
                        <span class="banner-text">{move || i18n.t(CatalogMsg::OfflineCopy { month, day })}</span>
                        <button class="banner-action" on:click=move |_| copy.sync()>{move || i18n.t(CommonMsg::Retry)}</button>
                    </div>
                }
                .into_any()
            }
            (None, Some(error)) => view! {
                <ErrorNotice error on_retry=move |()| copy.sync() />
            }
            .into_any(),
            _ => ().into_any(),
        }
    }
}
