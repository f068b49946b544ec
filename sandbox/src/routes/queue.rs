//! `GET /halls/{hall}/queue`, `GET /halls/{hall}/queue/stream` (server-sent
//! events), `POST /halls/{hall}/tickets`, `GET /tickets`, `GET /tickets/{id}`,
//! and for the hall's staff `POST /halls/{hall}/queue/{group}/call`: the live
//! queue and the numbers taken from home (网上取号).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use banshi_api::ApiError;
use banshi_api::halls::{Hall, HallCode};
use banshi_api::queue::{Queue, Ticket, TicketRequest};
use futures_util::Stream;
use tokio::sync::{broadcast, watch};

use super::events::QueueEvent;
use crate::domain::halls;
use crate::domain::queue::{self, Queues, ticket_id};
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath, Caller, Staff};
use crate::state::AppState;

/// The queue's rules over the server's store, clock and change announcements.
fn queues(state: &AppState) -> Queues<'_> {
    Queues {
        store: &*state.store,
        clock: &state.clock,
        changes: &state.queue_changes,
    }
}

/// The hall's queue now: per zone, who waits and which number is served.
#[utoipa::path(get, path = "/halls/{hall}/queue", tag = "queue",
    params(("hall" = String, Path, description = "The hall's code, e.g. `shizhi`")),
    responses(
        (status = 200, description = "The queue", body = Queue),
        (status = 404, description = "No such hall", body = ApiError)))]
pub async fn queue(
    State(state): State<AppState>,
    ApiPath(hall): ApiPath<String>,
) -> Result<Json<Queue>, AppError> {
    let hall = halls::find(&*state.store, &hall).await?;
    Ok(Json(
        queue::queue_now(&*state.store, &state.clock, &hall).await?,
    ))
}

/// The hall's queue as server-sent events named `queue`, each carrying the
/// whole `Queue`: one at once, then one after every change.
#[utoipa::path(get, path = "/halls/{hall}/queue/stream", tag = "queue",
    params(("hall" = String, Path, description = "The hall's code, e.g. `shizhi`")),
    responses(
        (status = 200, description = "`text/event-stream` of `queue` events whose data is a Queue (JSON)", content_type = "text/event-stream", body = QueueEvent),
        (status = 404, description = "No such hall", body = ApiError)))]
pub async fn stream(
    State(state): State<AppState>,
    ApiPath(hall): ApiPath<String>,
) -> Result<Sse<impl Stream<Item = Result<Event, axum::Error>>>, AppError> {
    let hall = halls::find(&*state.store, &hall).await?;
    // Follow before reading, so no change after the first event is missed.
    let follow = Follow {
        changes: state.queue_changes.subscribe(),
        stopping: state.stopping.clone(),
        first: Some(queue::queue_now(&*state.store, &state.clock, &hall).await?),
        state,
        hall,
    };
    let events = futures_util::stream::unfold(follow, |mut follow| async move {
        let queue = match follow.first.take() {
            Some(queue) => queue,
            None => follow.changed().await?,
        };
        Some((Event::default().event("queue").json_data(&queue), follow))
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}

/// One client following one hall's queue.
struct Follow {
    state: AppState,
    hall: Hall,
    changes: broadcast::Receiver<HallCode>,
    stopping: watch::Receiver<bool>,
    /// The queue as it was when the client came, sent first.
    first: Option<Queue>,
}

impl Follow {
    /// The queue after its next change; `None` ends the stream (the server is
    /// stopping, or the queue cannot be read).
    async fn changed(&mut self) -> Option<Queue> {
        loop {
            tokio::select! {
                change = self.changes.recv() => match change {
                    Ok(hall) if hall != self.hall.code => continue,
                    // Fallen behind: the queue read now includes what was missed.
                    Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                _ = self.stopping.changed() => return None,
            }
            return match queue::queue_now(&*self.state.store, &self.state.clock, &self.hall).await {
                Ok(queue) => Some(queue),
                Err(error) => {
                    tracing::error!(error = ?error, hall = %self.hall.code, "a queue stream ended");
                    None
                }
            };
        }
    }
}

/// Take a number in a zone's line while the hall is open.
#[utoipa::path(post, path = "/halls/{hall}/tickets", tag = "queue", request_body = TicketRequest,
    security(("bearer" = [])),
    params(("hall" = String, Path, description = "The hall's code, e.g. `shizhi`")),
    responses(
        (status = 201, description = "The number taken, with the people ahead", body = Ticket),
        (status = 400, description = "The body is not a ticket request", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "No such hall, or no such zone in it", body = ApiError),
        (status = 409, description = "The hall is closed now, or the caller already waits in that line", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn take(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(hall): ApiPath<String>,
    ApiJson(request): ApiJson<TicketRequest>,
) -> Result<(StatusCode, Json<Ticket>), AppError> {
    let ticket = queues(&state)
        .take(&hall, session.user_id, &request.group)
        .await?;
    Ok((StatusCode::CREATED, Json(ticket)))
}

/// The caller's numbers of today, in the order taken.
#[utoipa::path(get, path = "/tickets", tag = "queue",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Today's tickets", body = Vec<Ticket>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn tickets(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<Ticket>>, AppError> {
    Ok(Json(queues(&state).tickets(session.user_id).await?))
}

/// One of the caller's numbers: the people ahead, the expected wait, and the
/// window once it is called.
#[utoipa::path(get, path = "/tickets/{id}", tag = "queue",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The ticket's id")),
    responses(
        (status = 200, description = "The ticket", body = Ticket),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 404, description = "The caller has no such ticket", body = ApiError)))]
pub async fn ticket(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Ticket>, AppError> {
    Ok(Json(
        queues(&state)
            .ticket(&ticket_id(&id)?, session.user_id)
            .await?,
    ))
}

/// For the hall's staff: call the next number of a zone's line to the next
/// window of the zone; answers the queue.
#[utoipa::path(post, path = "/halls/{hall}/queue/{group}/call", tag = "queue",
    security(("bearer" = [])),
    params(
        ("hall" = String, Path, description = "The hall's code, e.g. `shizhi`"),
        ("group" = String, Path, description = "The zone's letter, e.g. `A`")),
    responses(
        (status = 200, description = "Called; the queue now", body = Queue),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller staffs no hall, or another hall", body = ApiError),
        (status = 404, description = "No such hall, or no such zone in it", body = ApiError),
        (status = 409, description = "The hall is closed now, or nobody waits in that line", body = ApiError)))]
pub async fn call(
    State(state): State<AppState>,
    staff: Staff,
    ApiPath((hall, group)): ApiPath<(String, String)>,
) -> Result<Json<Queue>, AppError> {
    let hall = halls::find(&*state.store, &hall).await?;
    staff.serves(&hall.code, &hall.name, "叫号")?;
    Ok(Json(queues(&state).call(&hall, &group).await?))
}
