//! 消息通知: what the hall told the user, the newest first, each opening the
//! question or complaint, application or booking it is about. Opening the list marks what it shows
//! read; those that were unread stay marked while the list is open.

use std::collections::HashSet;

use banshi_api::ipc::notifications::KeptNotification;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;
use leptos_router::components::A;

use crate::accounts::use_account;
use crate::clock::date_time;
use crate::commands;
use crate::components::status::{Empty, Loaded};
use crate::i18n::{NotificationsMsg, status_msg, use_i18n};
use crate::notifications::use_bell;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_account();
    view! {
        <div class="page page-notifications">
            <h1 class="page-title">{move || i18n.t(NotificationsMsg::Title)}</h1>
            {move || if state.account.with(Option::is_some) {
                view! { <NotificationList /> }.into_any()
            } else {
                view! {
                    <p class="page-intro" id="notifications-logged-out">
                        {move || i18n.t(NotificationsMsg::LogInToSee)}
                    </p>
                }.into_any()
            }}
        </div>
    }
}

#[component]
fn NotificationList() -> impl IntoView {
    let i18n = use_i18n();
    let bell = use_bell();
    let state = use_account();
    // Those shown unread during this visit: still marked after marking them read.
    let unread_seen = RwSignal::new(HashSet::<i64>::new());
    let list = LocalResource::new(move || {
        bell.version.track();
        async move {
            let answer = commands::notifications_list().await;
            if let Err(error) = &answer {
                state.absorb(error);
            }
            answer
        }
    });
    Effect::new(move |_| {
        let Some(Ok(list)) = list.get() else {
            return;
        };
        let unread: Vec<i64> = list
            .iter()
            .filter(|kept| !kept.read)
            .map(|kept| kept.notification.id)
            .collect();
        if let Some(&newest) = unread.iter().max() {
            unread_seen.update(|seen| seen.extend(unread));
            spawn_local(async move {
                if let Err(error) = commands::notifications_mark_read(newest).await {
                    leptos::logging::warn!("not marked read: {}", error.message);
                }
            });
        }
    });
    let show = move |list: Vec<KeptNotification>| {
        if list.is_empty() {
            view! {
                <div id="notifications-empty">
                    <Empty title=NotificationsMsg::Empty hint=NotificationsMsg::EmptyHint />
                </div>
            }
            .into_any()
        } else {
            view! {
                <ul class="section card notification-list" id="notifications">
                    {list.into_iter().map(|kept| view! { <NotificationRow kept unread_seen /> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        {move || (!bell.online.get()).then(|| view! {
            <p class="form-notice form-notice-warning" id="notifications-offline" role="status">
                {move || i18n.t(NotificationsMsg::Offline)}
            </p>
        })}
        <Loaded resource=list rows=4 ok=show />
    }
}

#[component]
fn NotificationRow(kept: KeptNotification, unread_seen: RwSignal<HashSet<i64>>) -> impl IntoView {
    let i18n = use_i18n();
    let notification = kept.notification;
    let id = notification.id;
    let unread = move || !kept.read || unread_seen.with(|seen| seen.contains(&id));
    let href = match (
        &notification.consultation,
        &notification.number,
        &notification.booking,
    ) {
        (Some(consultation), _, _) => format!("/consultations/{consultation}"),
        (None, Some(number), _) => format!("/applications/{number}"),
        (None, None, Some(booking)) => format!("/bookings/{booking}"),
        (None, None, None) => "/notifications".to_owned(),
    };
    let status = notification.status;
    view! {
        <li class="notification" class:notification-unread=unread data-id=id.to_string()>
            <A href=href attr:class="notification-link">
                <span class="notification-dot" aria-hidden="true"></span>
                <span class="notification-text">
                    <span class="notification-title">{notification.title.clone()}</span>
                    <span class="notification-body">{notification.body.clone()}</span>
                    <span class="notification-meta">
                        <time class="notification-time">{date_time(notification.at)}</time>
                        {status.map(|status| view! {
                            <span class="tag tag-info notification-status">
                                {move || i18n.t(status_msg(status))}
                            </span>
                        })}
                        {move || unread().then(|| view! {
                            <span class="tag tag-warning notification-unread-tag">
                                {move || i18n.t(NotificationsMsg::Unread)}
                            </span>
                        })}
                    </span>
                </span>
                <Icon icon=icondata::LuChevronRight attr:class="link-row-icon" />
            </A>
        </li>
    }
}
