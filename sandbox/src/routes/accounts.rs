//! `POST /accounts` (+ `/accounts/confirmation`), `POST /sessions` (+
//! `/sessions/sms-codes`, `/sessions/refresh`), `DELETE /sessions/current`,
//! `GET /me`, `POST /enterprises`, and in
//! development `GET /dev/sms-codes/{mobile}` and `GET /dev/sms/{mobile}`:
//! registering, logging in and out, the caller's profile and their enterprises.
//!
//! The rules are [`crate::domain::accounts`]'s; the request and response
//! types are `banshi_api::accounts`'.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use banshi_api::ApiError;
use banshi_api::accounts::{
    DevSmsCode, DevSmsMessages, EnterpriseRequest, EnterpriseRole, LoginRequest, Mobile, Profile,
    RefreshRequest, RegisterRequest, RegistrationConfirmation, RegistrationStarted, SmsCodeRequest,
    SmsCodeSent, TokenPair,
};
use banshi_api::forms::Address;

use crate::domain::accounts::Accounts;
use crate::error::{AppError, not_found};
use crate::extract::{ApiJson, ApiPath, Caller, ClientAddress};
use crate::state::AppState;

/// The accounts' rules over the server's store, clock and SMS gateway.
fn accounts(state: &AppState) -> Accounts<'_> {
    Accounts {
        store: &*state.store,
        clock: &state.clock,
        sms: &state.sms,
    }
}

/// Start registering an account: the details are checked, and a code is texted
/// to the mobile number to confirm it with. The answer is the same whether or
/// not the number or the ID number has an account; the text tells the holder
/// of the phone (and the owner of a registered ID number) what happened.
#[utoipa::path(post, path = "/accounts", tag = "accounts", request_body = RegisterRequest,
    responses(
        (status = 202, description = "A text went to the mobile number: a code to confirm with, or why there is nothing to register", body = RegistrationStarted),
        (status = 400, description = "Fields are wrong; `fields` lists every problem", body = ApiError),
        (status = 429, description = "Too many registrations for this number today, or from this client this hour; `Retry-After` says when to try again", body = ApiError,
            headers(("Retry-After" = i64, description = "Seconds to wait"))),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn register(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    ApiJson(request): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<RegistrationStarted>), AppError> {
    let started = accounts(&state).register(client, &request).await?;
    Ok((StatusCode::ACCEPTED, Json(started)))
}

/// Finish a registration with the code texted to its mobile number; answers
/// the new profile.
#[utoipa::path(post, path = "/accounts/confirmation", tag = "accounts", request_body = RegistrationConfirmation,
    responses(
        (status = 201, description = "Registered", body = Profile),
        (status = 400, description = "Malformed mobile", body = ApiError),
        (status = 401, description = "Wrong or expired code, or no registration waiting for this number (one message for all)", body = ApiError),
        (status = 409, description = "The number or ID number was registered while the code was on its way", body = ApiError),
        (status = 429, description = "Too many wrong codes for this number today; `Retry-After` says when to try again", body = ApiError,
            headers(("Retry-After" = i64, description = "Seconds to wait"))),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn confirm_registration(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RegistrationConfirmation>,
) -> Result<(StatusCode, Json<Profile>), AppError> {
    let profile = accounts(&state).confirm_registration(&request).await?;
    Ok((StatusCode::CREATED, Json(profile)))
}

/// Log in with the mobile number and either the password or an SMS code.
#[utoipa::path(post, path = "/sessions", tag = "accounts", request_body = LoginRequest,
    responses(
        (status = 201, description = "Logged in", body = TokenPair),
        (status = 400, description = "Malformed mobile, or not exactly one of password and sms_code", body = ApiError),
        (status = 401, description = "Wrong mobile, password or code (the same message for an unknown mobile)", body = ApiError),
        (status = 423, description = "Locked after too many wrong passwords; the message says until when", body = ApiError),
        (status = 429, description = "Too many wrong SMS codes for this number today; `Retry-After` says when to try again", body = ApiError,
            headers(("Retry-After" = i64, description = "Seconds to wait"))),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn log_in(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<TokenPair>), AppError> {
    let pair = accounts(&state).log_in(request).await?;
    Ok((StatusCode::CREATED, Json(pair)))
}

/// Send a 6-digit login code, valid 5 minutes, to the number (the sandbox logs it).
#[utoipa::path(post, path = "/sessions/sms-codes", tag = "accounts", request_body = SmsCodeRequest,
    responses(
        (status = 202, description = "Sent (also for numbers without an account)", body = SmsCodeSent),
        (status = 400, description = "Malformed mobile", body = ApiError),
        (status = 429, description = "A code was sent to this number less than a minute ago, or too many today, or too many asked for by this client this hour; `Retry-After` says when to try again", body = ApiError,
            headers(("Retry-After" = i64, description = "Seconds to wait"))),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn send_sms_code(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    ApiJson(request): ApiJson<SmsCodeRequest>,
) -> Result<(StatusCode, Json<SmsCodeSent>), AppError> {
    let sent = accounts(&state).send_sms_code(client, &request).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

/// Development only (`--dev-sms`): the code last sent to a number; 404 otherwise.
#[utoipa::path(get, path = "/dev/sms-codes/{mobile}", tag = "accounts",
    params(("mobile" = String, Path, description = "The mobile number")),
    responses(
        (status = 200, description = "The code", body = DevSmsCode),
        (status = 404, description = "Not a development server, or no code sent", body = ApiError)))]
pub async fn dev_sms_code(
    State(state): State<AppState>,
    ApiPath(mobile): ApiPath<String>,
) -> Result<Json<DevSmsCode>, AppError> {
    let (mobile, sent) = dev_sent(&state, &mobile)?;
    let (code, expires_at) = sent
        .into_iter()
        .rev()
        .find_map(|sent| Some((sent.code?, sent.expires_at)))
        .ok_or_else(|| not_found("没有发给这个号码的验证码"))?;
    Ok(Json(DevSmsCode {
        mobile: mobile.as_str().to_owned(),
        code,
        expires_in: (expires_at - state.clock.now()).max(0),
    }))
}

/// Development only (`--dev-sms`): every text sent to a number; 404 otherwise.
#[utoipa::path(get, path = "/dev/sms/{mobile}", tag = "accounts",
    params(("mobile" = String, Path, description = "The mobile number")),
    responses(
        (status = 200, description = "The texts, the oldest first", body = DevSmsMessages),
        (status = 404, description = "Not a development server, or a malformed number", body = ApiError)))]
pub async fn dev_sms(
    State(state): State<AppState>,
    ApiPath(mobile): ApiPath<String>,
) -> Result<Json<DevSmsMessages>, AppError> {
    let (mobile, sent) = dev_sent(&state, &mobile)?;
    Ok(Json(DevSmsMessages {
        mobile: mobile.as_str().to_owned(),
        messages: sent.into_iter().map(|sent| sent.text).collect(),
    }))
}

/// What a development server texted `mobile`; 404 on any other server.
fn dev_sent(
    state: &AppState,
    mobile: &str,
) -> Result<(Mobile, Vec<crate::domain::sms::Sent>), AppError> {
    let mobile = Mobile::parse(mobile).map_err(|_| not_found("没有发给这个号码的验证码"))?;
    let sent = state
        .sms
        .sent_to(&mobile)
        .ok_or_else(|| not_found("没有这个接口"))?;
    Ok((mobile, sent))
}

/// Exchange a refresh token for a new pair; the old one is used up. Presenting a
/// used refresh token again ends the whole session.
#[utoipa::path(post, path = "/sessions/refresh", tag = "accounts", request_body = RefreshRequest,
    responses(
        (status = 200, description = "A new pair in the same session", body = TokenPair),
        (status = 400, description = "The body is not a refresh request", body = ApiError),
        (status = 401, description = "Unknown, expired or reused refresh token", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn refresh(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RefreshRequest>,
) -> Result<Json<TokenPair>, AppError> {
    Ok(Json(
        accounts(&state).refresh(&request.refresh_token).await?,
    ))
}

/// Log out: every token of this session stops working.
#[utoipa::path(delete, path = "/sessions/current", tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Logged out"),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn log_out(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<StatusCode, AppError> {
    state.store.revoke_family(session.family_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller's profile, enterprises and e-licences.
#[utoipa::path(get, path = "/me", tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The profile", body = Profile),
        (status = 401, description = "Not logged in", body = ApiError)))]
pub async fn me(
    State(state): State<AppState>,
    Caller(session): Caller,
) -> Result<Json<Profile>, AppError> {
    Ok(Json(accounts(&state).profile(session.user_id).await?))
}

/// Set the caller's address on file (常住地址), which forms fill in.
#[utoipa::path(put, path = "/me/address", tag = "accounts", request_body = Address,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The profile with the new address", body = Profile),
        (status = 400, description = "The address is incomplete or not a real place: `fields` says why", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn set_address(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiJson(address): ApiJson<Address>,
) -> Result<Json<Profile>, AppError> {
    Ok(Json(
        accounts(&state)
            .set_address(session.user_id, address)
            .await?,
    ))
}

/// Register an enterprise; the caller becomes its legal representative.
#[utoipa::path(post, path = "/enterprises", tag = "accounts", request_body = EnterpriseRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Registered", body = EnterpriseRole),
        (status = 400, description = "Fields are wrong; `fields` lists every problem", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 409, description = "The credit code is already registered", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn register_enterprise(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiJson(request): ApiJson<EnterpriseRequest>,
) -> Result<(StatusCode, Json<EnterpriseRole>), AppError> {
    let role = accounts(&state)
        .register_enterprise(session.user_id, &request)
        .await?;
    Ok((StatusCode::CREATED, Json(role)))
}
