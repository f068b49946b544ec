//! A hall at work during a demo: every `pace` its staff move each unfinished
//! application one step along a realistic path — most are accepted, reviewed,
//! approved and completed; some are first sent back for a correction, some
//! suspended for a site inspection, and now and then one is refused — so a demo
//! shows every state; a result to be mailed is handed to EMS on completion. Tests leave it off and act as staff through the API.

use std::time::Duration;

use banshi_api::applications::{
    ApplicationAction, ApplicationStatus, CorrectionItem, StaffActionRequest, material_field,
};
use tokio::sync::watch;
use tokio::time::MissedTickBehavior;

use crate::demo::accounts::PEOPLE;
use crate::error::AppError;
use crate::routes::{applications_of, deliveries_of};
use crate::state::AppState;
use crate::store::ApplicationRecord;

/// Runs until `stopping` turns true or its sender is gone.
pub async fn run(state: AppState, pace: Duration, mut stopping: watch::Receiver<bool>) {
    let mut ticks = tokio::time::interval(pace);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    // The first tick is at once: let a demo's first application be seen waiting.
    ticks.tick().await;
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stopping.changed() => return,
        }
        if let Err(error) = step(&state).await {
            tracing::warn!(error = ?error, "the processing simulation skipped a step");
        }
    }
}

/// One step of every unfinished application of every hall a demo staff
/// member works in.
async fn step(state: &AppState) -> Result<(), AppError> {
    let applications = applications_of(state);
    for person in PEOPLE.iter().filter(|person| person.staff_hall.is_some()) {
        let Some(staff_id) = state.store.user_id_by_mobile(person.mobile).await? else {
            continue;
        };
        let Some(hall) = state
            .store
            .user(staff_id)
            .await?
            .and_then(|user| user.staff_hall)
        else {
            continue;
        };
        for (record, _) in state.store.hall_applications(&hall, None, None).await? {
            let Some(request) = next_step(state, &record).await? else {
                continue;
            };
            let completes = request.action == ApplicationAction::Complete;
            // Another move may come first (an applicant's, a test's): skip it then.
            match applications
                .act(staff_id, &hall, &record.number, request)
                .await
            {
                // A result to mail goes to EMS as soon as it is issued.
                Ok(_) if completes => deliveries_of(state).hand_over_results(&record).await?,
                Ok(_) => {}
                Err(error) => {
                    tracing::debug!(?error, number = %record.number, "the simulation left one alone");
                }
            }
        }
    }
    Ok(())
}

/// What the staff do next to `record`; `None` while it waits for its applicant.
async fn next_step(
    state: &AppState,
    record: &ApplicationRecord,
) -> Result<Option<StaffActionRequest>, AppError> {
    use ApplicationAction::*;
    // The same application always takes the same path.
    let roll = record.number.as_str().bytes().fold(7u32, |hash, byte| {
        hash.wrapping_mul(31).wrapping_add(u32::from(byte))
    }) % 20;
    let events = state.store.events_of(record.id).await?;
    let happened = |action| events.iter().any(|event| event.action == Some(action));
    let action = match record.status {
        ApplicationStatus::Submitted if roll == 0 => Refuse,
        ApplicationStatus::Submitted if roll <= 4 && !happened(RequestCorrection) => {
            RequestCorrection
        }
        ApplicationStatus::Submitted => Accept,
        ApplicationStatus::Accepted => Review,
        ApplicationStatus::InReview if roll == 5 && !happened(Suspend) => Suspend,
        ApplicationStatus::InReview if roll == 6 => Refuse,
        ApplicationStatus::InReview => Approve,
        ApplicationStatus::Suspended => Resume,
        ApplicationStatus::Approved | ApplicationStatus::Denied => Complete,
        _ => return Ok(None),
    };
    let mut request = StaffActionRequest {
        action,
        reason: None,
        legal_basis: None,
        items: Vec::new(),
        window: None,
    };
    match (action, record.status) {
        (Refuse, ApplicationStatus::Submitted) => {
            request.reason = Some("申请材料显示申请人不符合受理条件".to_owned());
            request.legal_basis = Some("《中华人民共和国行政许可法》第三十二条第一款".to_owned());
        }
        (Refuse, _) => {
            request.reason = Some("经审查，申请不符合法定条件".to_owned());
            request.legal_basis = Some("《中华人民共和国行政许可法》第三十八条第二款".to_owned());
        }
        (Suspend, _) => request.reason = Some("需要现场核查，核查期间暂停计时".to_owned()),
        (RequestCorrection, _) => {
            request.items = match record.materials.iter().find(|m| !m.uploads.is_empty()) {
                Some(material) => vec![CorrectionItem {
                    field: material_field(material.material),
                    problem: "照片模糊，请重新拍摄".to_owned(),
                }],
                None => {
                    let form = state.store.form(&record.item_code).await?;
                    let Some(field) = form
                        .as_ref()
                        .and_then(|form| form.fields().find(|field| !field.filled_by_hall()))
                    else {
                        request.action = Accept;
                        return Ok(Some(request));
                    };
                    vec![CorrectionItem {
                        field: field.id.clone(),
                        problem: "填写的内容与材料不一致，请核对后重新填写".to_owned(),
                    }]
                }
            };
        }
        _ => {}
    }
    Ok(Some(request))
}
