//! 取号: a hall's live queue per window group — how many wait, which number is
//! called — with a number taken from home and its place in line, kept live over
//! the hall's stream of changes while the screen is open. The user's numbers
//! are listed under 我的 too ([`TicketsSection`]).

mod mine;

use banshi_api::halls::HallCode;
use banshi_api::queue::{Queue, QueueGroup, Ticket, TicketStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_icons::Icon;

pub use mine::TicketsSection;

use crate::accounts::use_account;
use crate::commands;
use crate::components::hall_card::hall_name;
use crate::components::login_invite::LoginInvite;
use crate::components::status::{ErrorNotice, Loading};
use crate::components::visit_tabs::VisitTabs;
use crate::halls::{chosen_hall, use_halls};
use crate::i18n::{BookingsMsg, HallsMsg, QueueMsg, use_i18n};
use mine::ticket_state;

/// `/queue`
#[component]
pub fn QueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let halls = use_halls();
    let hall = RwSignal::new(chosen_hall());
    let picker = move || {
        Suspend::new(async move {
            halls.0.await.ok().map(|halls| {
                view! {
                    <label class="field-label" for="queue-hall">{move || i18n.t(HallsMsg::ChooseHall)}</label>
                    <select class="filter-select" id="queue-hall" on:change=move |event| {
                        if let Ok(code) = HallCode::parse(&event_target_value(&event)) {
                            hall.set(code);
                        }
                    }>
                        {halls.into_iter().map(|h| {
                            let selected = h.code == hall.get_untracked();
                            let code = h.code.to_string();
                            view! { <option value=code selected=selected>{move || hall_name(&h, i18n.locale.get())}</option> }
                        }).collect_view()}
                    </select>
                }
            })
        })
    };
    view! {
        <div class="page page-queue">
            <header class="page-head">
                <h1 class="page-title">{move || i18n.t(QueueMsg::QueueTab)}</h1>
            </header>
            <VisitTabs queue=true />
            <div class="field"><Transition fallback=|| ()>{picker}</Transition></div>
            {move || view! { <LiveQueue hall=hall.get() /> }}
        </div>
    }
}

/// The queue of `hall`, followed live while shown.
#[component]
fn LiveQueue(hall: HallCode) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let queue = RwSignal::new(None::<Queue>);
    let failure = RwSignal::new(None::<banshi_api::ApiError>);
    let tickets = LocalResource::new(move || async move {
        if account.account.with_untracked(Option::is_none) {
            return Vec::new();
        }
        commands::tickets_list().await.unwrap_or_default()
    });
    {
        let hall = hall.clone();
        spawn_local(async move {
            match commands::queue_get(hall.clone()).await {
                Ok(first) => queue.set(Some(first)),
                Err(error) => failure.set(Some(error)),
            }
            let watched = commands::queue_watch(hall, move |change| {
                queue.set(Some(change));
                tickets.refetch();
            })
            .await;
            if let Err(error) = watched {
                failure.set(Some(error));
            }
        });
    }
    on_cleanup(|| spawn_local(async { drop(commands::queue_unwatch().await) }));
    let take = {
        let hall = hall.clone();
        Action::new_local(move |group: &String| commands::ticket_take(hall.clone(), group.clone()))
    };
    Effect::new(move || {
        if let Some(result) = take.value().get() {
            match result {
                Ok(_) => tickets.refetch(),
                Err(error) => account.absorb(&error),
            }
        }
    });
    let mine = move || {
        let hall = hall.clone();
        Suspend::new(async move {
            let tickets: Vec<Ticket> = tickets
                .await
                .into_iter()
                .filter(|t| t.hall == hall)
                .collect();
            tickets
                .into_iter()
                .map(|ticket| view! { <TicketCard ticket /> })
                .collect_view()
        })
    };
    let groups = move || {
        if let Some(error) = failure.get() {
            return view! { <ErrorNotice error on_retry=move |()| failure.set(None) /> }.into_any();
        }
        let Some(queue) = queue.get() else {
            return view! { <Loading rows=4 /> }.into_any();
        };
        let open = queue.open;
        view! {
            <p class=if open { "status-pill status-open" } else { "status-pill status-closed" } id="queue-status">
                <span class="live-dot"></span>
                {move || i18n.t(if open { QueueMsg::QueueOpen } else { QueueMsg::QueueClosed })}
            </p>
            <ul class="queue-groups" id="queue-groups">
                {queue.groups.into_iter().map(|group| view! { <GroupCard group open take /> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Transition fallback=|| ()>{mine}</Transition>
        {move || take.value().get().and_then(Result::err).map(|error| view! {
            <p class="form-notice form-notice-error" role="alert" id="ticket-error">{error.message}</p>
        })}
        {move || account.account.with(Option::is_none).then(|| view! {
            <LoginInvite why=BookingsMsg::LoginToBook back_to="/queue".to_owned() id="login-to-queue" />
        })}
        {groups}
    }
}

#[component]
fn GroupCard(
    group: QueueGroup,
    open: bool,
    take: Action<String, Result<Ticket, banshi_api::ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let (zh, en) = (group.name.clone(), group.name_en.clone());
    let name = move || i18n.pick(&zh, &en);
    let serving = group.now_serving.clone();
    let code = group.code.clone();
    view! {
        <li class="card queue-group" id=format!("group-{}", group.code)>
            <div class="queue-group-head">
                <span class="ticket-chip">{group.code.clone()}</span>
                <span class="queue-group-name">{name}</span>
            </div>
            <dl class="queue-figures">
                <div>
                    <dt>{move || i18n.t(QueueMsg::NowServing)}</dt>
                    <dd class="queue-serving">{serving.clone().unwrap_or_else(|| "—".into())}</dd>
                </div>
                <div>
                    <dt>{move || i18n.t(HallsMsg::Windows)}</dt>
                    <dd>{group.windows.join(" ")}</dd>
                </div>
            </dl>
            <div class="queue-group-foot">
                <span class="tag tag-info queue-waiting">{move || i18n.t(QueueMsg::Waiting(group.waiting))}</span>
                <button
                    class="button button-primary"
                    id=format!("take-{}", group.code)
                    disabled=move || !open || account.account.with(Option::is_none) || take.pending().get()
                    on:click=move |_| { take.dispatch(code.clone()); }
                >
                    <Icon icon=icondata::LuTicket attr:class="button-icon" />
                    {move || i18n.t(QueueMsg::TakeNumber)}
                </button>
            </div>
        </li>
    }
}

#[component]
fn TicketCard(ticket: Ticket) -> impl IntoView {
    let i18n = use_i18n();
    let called = matches!(ticket.status, TicketStatus::Called { .. });
    let waiting = ticket.status == TicketStatus::Waiting;
    let state = ticket_state(ticket.status.clone(), ticket.ahead);
    let (zh, en) = (ticket.group_name.clone(), ticket.group_name_en.clone());
    let group = move || i18n.pick(&zh, &en);
    view! {
        <section class="section card ticket" class:ticket-called=called id="my-ticket">
            <p class="page-kicker">{move || i18n.t(QueueMsg::MyTickets)}" · "{group}</p>
            <p class="ticket-number" id="ticket-number">{ticket.number.clone()}</p>
            <p class="ticket-state" id="ticket-state">{move || state(i18n)}</p>
            {waiting.then(|| view! {
                <p class="page-intro" id="ticket-wait">{move || i18n.t(QueueMsg::ExpectedWait(ticket.expected_wait_minutes))}</p>
            })}
            <p class="live-note"><span class="live-dot"></span>{move || i18n.t(QueueMsg::LiveUpdates)}</p>
        </section>
    }
}
