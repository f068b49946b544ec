//! The frame around every page: the top bar (brand, hall switcher, the identity
//! acted as, and the navigation on wide windows) and the bottom tab bar on narrow ones. Both bars
//! draw the same [`NAV`] entries.

use banshi_api::halls::HallCode;
use icondata::Icon as IconData;
use leptos::prelude::*;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::accounts::use_account;
use crate::components::catalog_banner::CatalogBanner;
use crate::components::session_banner::SessionBanner;
use crate::halls::use_halls;
use crate::i18n::{AccountsMsg, FrameMsg, HallsMsg, Locale, NotificationsMsg, use_i18n};
use crate::notifications::use_bell;
use crate::preferences::use_preferences;

/// The app's sections: where each lives, its name and its icon.
const NAV: [(&str, FrameMsg, IconData); 4] = [
    ("/", FrameMsg::TabHome, icondata::LuHouse),
    ("/items", FrameMsg::TabServices, icondata::LuLayoutGrid),
    (
        "/bookings",
        FrameMsg::TabBookings,
        icondata::LuCalendarClock,
    ),
    ("/me", FrameMsg::TabMe, icondata::LuUser),
];

#[component]
pub fn Frame(children: Children) -> impl IntoView {
    view! {
        <div class="frame">
            <TopBar />
            <main class="frame-main">
                <SessionBanner />
                <CatalogBanner />
                {children()}
            </main>
            <nav class="tab-bar" aria-label="sections">
                <NavLinks />
            </nav>
        </div>
    }
}

#[component]
fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="top-bar">
            <A href="/" attr:class="brand">
                <img class="brand-mark" src="mark.svg" alt="" />
                <span class="brand-name">{move || i18n.t(FrameMsg::AppName)}</span>
                <span class="brand-city">{move || i18n.t(FrameMsg::CityName)}</span>
            </A>
            <nav class="top-nav" aria-label="sections">
                <NavLinks />
            </nav>
            <HallSwitcher />
            <BellLink />
            <IdentityChip />
        </header>
    }
}

#[component]
fn NavLinks() -> impl IntoView {
    let i18n = use_i18n();
    NAV.into_iter()
        .map(|(href, label, icon)| {
            view! {
                <A href=href attr:class="nav-link" exact=true>
                    <Icon icon=icon attr:class="nav-icon" />
                    <span class="nav-label">{move || i18n.t(label)}</span>
                </A>
            }
        })
        .collect_view()
}

/// Who the user is acting as, on every page: the enterprise's name when acting
/// for one, else their own; 登录 when logged out.
#[component]
fn IdentityChip() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    move || match state.account.get() {
        Some(account) => {
            let (icon, label, class) = match account.acting_as {
                Some(enterprise) => (
                    icondata::LuBuilding2,
                    enterprise.name,
                    "identity-chip identity-chip-enterprise",
                ),
                None => (icondata::LuUser, account.profile.name, "identity-chip"),
            };
            let title = label.clone();
            view! {
                <A href="/me" attr:class=class attr:id="identity" attr:title=title>
                    <Icon icon=icon attr:class="identity-chip-icon" />
                    <span class="identity-chip-label">{label}</span>
                </A>
            }
            .into_any()
        }
        None => view! {
            <A href="/login" attr:class="identity-chip identity-chip-login" attr:id="identity">
                <Icon icon=icondata::LuLogIn attr:class="identity-chip-icon" />
                <span class="identity-chip-label">{move || i18n.t(AccountsMsg::LogIn)}</span>
            </A>
        }
        .into_any(),
    }
}

/// The bell, on every page while logged in: the unread count, and the list a tap away.
#[component]
fn BellLink() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    let bell = use_bell();
    move || {
        state.account.with(Option::is_some).then(|| {
            let unread = bell.unread;
            view! {
                <A href="/notifications" attr:class="bell" attr:id="bell"
                    attr:aria-label=move || i18n.t(NotificationsMsg::Bell(unread.get()))>
                    <Icon icon=icondata::LuBell attr:class="bell-icon" />
                    {move || (unread.get() > 0).then(|| view! {
                        <span class="bell-count" id="bell-count" aria-hidden="true">
                            {if unread.get() > 99 { "99+".to_owned() } else { unread.get().to_string() }}
                        </span>
                    })}
                </A>
            }
        })
    }
}

/// Chooses the hall the user does business with; every list follows it.
#[component]
fn HallSwitcher() -> impl IntoView {
    let preferences = use_preferences();
    let i18n = preferences.i18n;
    let halls = use_halls();
    let options = move || {
        halls.0.get().and_then(Result::ok).map(|halls| {
            let english = i18n.locale.get() == Locale::En;
            halls
                .into_iter()
                .map(|hall| {
                    let label = if english {
                        hall.district_en
                    } else {
                        hall.district
                    };
                    view! { <option value=hall.code.to_string()>{label}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <label class="hall-switcher">
            <Icon icon=icondata::LuMapPin attr:class="hall-switcher-icon" />
            <span class="visually-hidden">{move || i18n.t(HallsMsg::HallSwitcher)}</span>
            <select
                id="hall-switcher"
                on:change=move |ev| {
                    let code = event_target_value(&ev);
                    preferences.hall.set(HallCode::parse(&code).ok());
                }
                prop:value=move || {
                    // Read the options first so the value is set after they exist.
                    halls.0.track();
                    preferences.hall.get().map(String::from).unwrap_or_default()
                }
            >
                <option value="">{move || i18n.t(HallsMsg::WholeCity)}</option>
                {options}
            </select>
        </label>
    }
}
