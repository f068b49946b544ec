//! `POST /applications` and `GET /applications`: submitting an application,
//! pre-reviewed against its form and its guide's materials, exactly once per
//! `Idempotency-Key`; and the caller's applications (我的办件).

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use banshi_api::applications::{Application, SubmitRequest};
use banshi_api::forms::{Answer, Answers, Form, PrefillKey};
use banshi_api::{ApiError, ErrorCode};

use super::{AppState, idempotency};
use crate::clock;
use crate::db::{HeldKey, NewApplication};
use crate::error::{AppError, not_found, refused};
use crate::extract::{ApiBytes, Caller};
use crate::materials;
use crate::seed::forms;

/// Submit an application with its materials: the pages uploaded before (which
/// then belong to it) or the e-licences on file. The same key with the same
/// body answers the first response again; with a different body, 422; while
/// the first is still being handled, 409. A refused submission (400, 403, 404,
/// 409) releases its key.
#[utoipa::path(post, path = "/applications", tag = "applications", request_body = SubmitRequest,
    security(("bearer" = [])),
    params(("Idempotency-Key" = String, Header, min_length = 8, pattern = r"^[!-~][\t -~]{6,98}[!-~]$", description = "A unique key per submission, reused for its retries (8 to 100 visible characters)")),
    responses(
        (status = 201, description = "Submitted; pre-review passed", body = Application),
        (status = 400, description = "No key, or pre-review found problems with the answers or the materials (`materials.{index}`): `fields` lists every one", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller may not act for that enterprise", body = ApiError),
        (status = 404, description = "No such item, or it cannot be applied for online", body = ApiError),
        (status = 409, description = "The same submission is still being handled, or a page of its materials was removed or handed in meanwhile", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError),
        (status = 422, description = "The key was used with a different request", body = ApiError)))]
pub async fn submit(
    State(state): State<AppState>,
    Caller(session): Caller,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, AppError> {
    idempotency::once(
        &state,
        session.user_id,
        "POST /applications",
        &headers,
        &body,
        |request, key| accept(&state, session.user_id, request, key),
    )
    .await
}

/// Pre-reviews and stores one submission.
async fn accept(
    state: &AppState,
    user_id: i64,
    mut request: SubmitRequest,
    key: HeldKey,
) -> Result<Application, AppError> {
    let item = state
        .db
        .item(&request.item_code)
        .await?
        .ok_or_else(|| not_found(format!("没有编码为 {} 的事项", request.item_code)))?;
    let form = forms::form_for(&item).ok_or_else(|| {
        not_found(format!(
            "“{}”暂不支持网上申请，请预约到大厅办理",
            item.summary.name
        ))
    })?;
    if let Some(uscc) = &request.acting_as {
        let enterprises = state.db.enterprises_of(user_id).await?;
        if !enterprises.iter().any(|e| &e.uscc == uscc) {
            return Err(refused(ErrorCode::Forbidden, "您不能代表这家企业提交申请"));
        }
    }
    if request.form_version != form.version {
        return Err(ApiError::bad_request("申请表已更新，请按新表核对后再提交", Vec::new()).into());
    }
    fill_from_identity(state, user_id, &form, &mut request.answers).await?;
    let mut problems = form.check(&request.answers, state.clock.today());
    problems.extend(
        materials::review(
            &state.db,
            user_id,
            request.acting_as.as_deref(),
            &item.materials,
            &request.materials,
        )
        .await?,
    );
    if !problems.is_empty() {
        return Err(ApiError::bad_request(
            format!("预审未通过：有 {} 处需要补充或修改", problems.len()),
            problems,
        )
        .into());
    }
    let answers = serde_json::to_string(&form.submitted(&request.answers))
        .map_err(|_| AppError::Fault("encode the answers"))?;
    let now = state.clock.now();
    let day = clock::china_date_text(now).replace('-', "");
    let promised_by = clock::working_days_after(now, item.summary.promised_days);
    state
        .db
        .create_application(&NewApplication {
            user_id,
            acting_as: request.acting_as.as_deref(),
            item_code: &item.summary.code,
            item_name: &item.summary.name,
            answers: &answers,
            materials: &request.materials,
            delivery: request.delivery,
            submitted_at: now,
            day: &day,
            promised_by: &promised_by,
            key: &key,
        })
        .await?
        .ok_or_else(|| {
            refused(
                ErrorCode::Conflict,
                "有一页材料刚被删除或随另一份申请提交了，请检查材料后再提交",
            )
        })
}

/// Fills the fields left blank that the hall answers from the caller's
/// verified identity (their ID and mobile numbers), which the device only
/// holds masked.
async fn fill_from_identity(
    state: &AppState,
    user_id: i64,
    form: &Form,
    answers: &mut Answers,
) -> Result<(), AppError> {
    let user = state
        .db
        .user(user_id)
        .await?
        .ok_or(AppError::Fault("read the caller's identity"))?;
    for field in form.fields().filter(|field| field.filled_by_hall()) {
        if answers
            .get(&field.id)
            .is_some_and(|answer| !answer.is_blank())
        {
            continue;
        }
        let value = match field.prefill {
            Some(PrefillKey::ResidentId) => &user.resident_id,
            _ => &user.mobile,
        };
        answers.insert(field.id.clone(), Answer::Text(value.clone()));
    }
    Ok(())
}

/// The caller's applications, the newest first.
#[utoipa::path(get, path = "/applications", tag = "applications",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's applications", body = Vec<Application>),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Vec<Application>>, AppError> {
    Ok(Json(state.db.applications_of(session.user_id).await?))
}
