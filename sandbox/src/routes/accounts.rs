//! `POST /accounts` (+ `/accounts/confirmation`), `POST /sessions` (+
//! `/sessions/sms-codes`, `/sessions/refresh`), `DELETE /sessions/current`,
//! `GET /me`, `POST /enterprises`, `POST /enterprises/{uscc}/members`, and in
//! development `GET /dev/sms-codes/{mobile}` and `GET /dev/sms/{mobile}`:
//! registering, logging in and out, the caller's profile and their enterprises.
//!
//! Nothing here tells who has an account: registering, logging in and asking
//! for a code answer alike for a number with or without one, the texts say
//! the rest to whoever holds the phone. Password attempts are counted before
//! they are checked, and codes have a budget of guesses per code and per
//! number per day that outlives the code ([`crate::limits`]).
//!
//! The request and response types are in `banshi_api::accounts`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use banshi_api::accounts::{
    CreditCode, DevSmsCode, DevSmsMessages, EnterpriseRequest, EnterpriseRole,
    LEGAL_REPRESENTATIVE, Licence, LoginRequest, Member, MemberRequest, Mobile, Password, Profile,
    RefreshRequest, RegisterRequest, RegistrationConfirmation, RegistrationStarted, ResidentId,
    SmsCodeRequest, SmsCodeSent, TokenPair, parse_enterprise_name, parse_real_name, parse_role,
};
use banshi_api::forms::Address;
use banshi_api::{ApiError, ErrorCode, FieldError};

use super::AppState;
use crate::clock::{self, Clock};
use crate::credentials;
use crate::db::{Attempt, Confirmation, NewTokens, NewUser, PendingRegistration, Rotation};
use crate::error::{AppError, not_found, refused, unauthorized};
use crate::extract::{ApiJson, ApiPath, Caller, ClientAddress};
use crate::limits::{self, Subject};
use crate::sms::Sms;

/// Lifetime of an access token: 15 minutes.
pub const ACCESS_SECONDS: i64 = 15 * 60;
/// Lifetime of a refresh token: 30 days.
pub const REFRESH_SECONDS: i64 = 30 * 24 * 3600;
/// Lifetime of an SMS code: 5 minutes.
pub const SMS_CODE_SECONDS: i64 = 5 * 60;
/// Failed password logins in a row that lock the account.
pub const MAX_FAILED_LOGINS: i64 = 5;
/// Wrong codes tried against one SMS code before it is discarded.
pub const MAX_SMS_ATTEMPTS: i64 = 5;
/// How long a lock lasts: 15 minutes.
pub const LOCK_SECONDS: i64 = 15 * 60;

const WRONG_CREDENTIALS: &str = "手机号码或密码不正确";
const WRONG_SMS_CODE: &str = "验证码不正确或已过期";
const SESSION_ENDED: &str = "登录已失效，请重新登录";

/// A 400 listing every wrong field.
fn invalid(fields: impl IntoIterator<Item = Option<FieldError>>) -> AppError {
    ApiError::bad_request("请检查填写的内容", fields.into_iter().flatten().collect()).into()
}

/// A text field's problem, from its `parse_*` sentence.
fn field(name: &str) -> impl FnOnce(String) -> FieldError {
    move |message| FieldError {
        field: name.to_owned(),
        message,
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
    let name = parse_real_name(&request.name).map_err(field("name"));
    let resident_id = ResidentId::parse_on(&request.resident_id, state.clock.today())
        .map_err(|error| error.field_error("resident_id"));
    let mobile = Mobile::parse(&request.mobile).map_err(|error| error.field_error("mobile"));
    let password = Password::parse(&request.password, mobile.as_ref().ok())
        .map_err(|error| error.field_error("password"));
    let (name, resident_id, mobile, password) = match (name, resident_id, mobile, password) {
        (Ok(name), Ok(resident_id), Ok(mobile), Ok(password)) => {
            (name, resident_id, mobile, password)
        }
        (name, resident_id, mobile, password) => {
            return Err(invalid([
                name.err(),
                resident_id.err(),
                mobile.err(),
                password.err(),
            ]));
        }
    };
    let now = state.clock.now();
    limits::REGISTRATIONS_PER_CLIENT
        .hit(&state.db, Subject::Client(client), now)
        .await?;
    limits::REGISTRATIONS_PER_MOBILE
        .hit(&state.db, Subject::Mobile(mobile.as_str()), now)
        .await?;
    // Hashed whatever follows, so the answer takes as long either way.
    let password_hash = credentials::hash_password(password.expose_secret().to_owned()).await?;
    let expires_at = now + SMS_CODE_SECONDS;
    let (mobile_taken, id_owner) = state
        .db
        .registered(mobile.as_str(), resident_id.as_str())
        .await?;
    if mobile_taken {
        state.sms.send(&mobile, Sms::MobileRegistered, expires_at);
    } else if let Some(owner) = id_owner {
        state
            .sms
            .send(&mobile, Sms::ResidentIdRegistered, expires_at);
        if let Ok(owner) = Mobile::parse(&owner) {
            state.sms.send(&owner, Sms::ResidentIdTried, expires_at);
        }
    } else {
        let code = credentials::new_sms_code()?;
        let pending = PendingRegistration {
            user: NewUser {
                name: &name,
                resident_id: resident_id.as_str(),
                mobile: mobile.as_str(),
                password_hash: &password_hash,
                now,
            },
            code_hash: &credentials::digest(&code),
            expires_at,
        };
        state.db.start_registration(&pending).await?;
        state
            .sms
            .send(&mobile, Sms::RegistrationCode(&code), expires_at);
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(RegistrationStarted {
            mobile: mobile.masked(),
            expires_in: SMS_CODE_SECONDS,
        }),
    ))
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
    let mobile = parse_mobile(&request.mobile)?;
    let now = state.clock.now();
    let (user_id, resident_id) = guessing(&state, &mobile, now, async {
        let confirmation = state
            .db
            .confirm_registration(
                mobile.as_str(),
                &credentials::digest(request.sms_code.trim()),
                now,
                MAX_SMS_ATTEMPTS,
            )
            .await?;
        match confirmation {
            Confirmation::Registered {
                user_id,
                resident_id,
            } => Ok((user_id, resident_id)),
            Confirmation::WrongCode => Err(unauthorized(WRONG_SMS_CODE)),
            Confirmation::Taken => Err(refused(
                ErrorCode::Conflict,
                "该手机号码或身份证号码刚刚已注册，请直接登录",
            )),
        }
    })
    .await?;
    // The demo hall "finds" the ID card in the national e-licence library.
    let resident_id = ResidentId::parse(&resident_id)
        .map_err(|_| AppError::Fault("read a stored resident ID"))?;
    let (year, month, day) = clock::china_date(now);
    let day = if (month, day) == (2, 29) { 28 } else { day };
    let valid_until = format!("{:04}-{month:02}-{day:02}", year + 20);
    state
        .db
        .add_licence(
            Ok(user_id),
            "居民身份证",
            &resident_id.masked(),
            &valid_until,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(profile(&state, user_id).await?)))
}

/// A mobile number from a request, or the 400 that says what is wrong with it.
fn parse_mobile(text: &str) -> Result<Mobile, AppError> {
    Mobile::parse(text).map_err(|error| {
        ApiError::bad_request("请检查手机号码", vec![error.field_error("mobile")]).into()
    })
}

/// Runs `check` of a code texted to `mobile` within the number's daily budget
/// of guesses: the guess is counted before it is checked, so guesses sent at
/// once are all counted, and given back when it was right.
async fn guessing<T>(
    state: &AppState,
    mobile: &Mobile,
    now: i64,
    check: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    let subject = Subject::Mobile(mobile.as_str());
    limits::SMS_GUESSES.hit(&state.db, subject, now).await?;
    let checked = check.await;
    if checked.is_ok() {
        limits::SMS_GUESSES.give_back(&state.db, subject).await?;
    }
    checked
}

/// The profile of `user_id` as the API shows it.
async fn profile(state: &AppState, user_id: i64) -> Result<Profile, AppError> {
    let user = state
        .db
        .user(user_id)
        .await?
        .ok_or_else(|| unauthorized(SESSION_ENDED))?;
    let enterprises = state.db.enterprises_of(user_id).await?;
    let licences = state.db.licences_of(user_id).await?;
    Ok(Profile {
        // Opaque: user ids are a sequence, which would tell how many accounts exist.
        account_id: credentials::digest(&format!("account {user_id}"))[..16].to_owned(),
        name: user.name,
        resident_id: ResidentId::parse(&user.resident_id)
            .map_err(|_| AppError::Fault("read a stored resident ID"))?
            .masked(),
        mobile: Mobile::parse(&user.mobile)
            .map_err(|_| AppError::Fault("read a stored mobile number"))?
            .masked(),
        real_name_level: u8::try_from(user.real_name_level).unwrap_or(1),
        address: user.address,
        enterprises: enterprises
            .into_iter()
            .map(|e| EnterpriseRole {
                uscc: e.uscc,
                name: e.name,
                role: e.role,
                address: e.address,
            })
            .collect(),
        licences: licences
            .into_iter()
            .map(|l| Licence {
                kind: l.kind,
                number: l.number,
                holder: l.holder,
                valid_until: l.valid_until,
            })
            .collect(),
        staff_of: user.staff_hall,
    })
}

/// A fresh access and refresh token, minted at `now`: the tokens go to the
/// client, only their digests to the database.
struct MintedPair {
    now: i64,
    pair: TokenPair,
    access_hash: String,
    refresh_hash: String,
}

impl MintedPair {
    fn new(clock: &Clock) -> Result<Self, AppError> {
        let (access_token, refresh_token) = (credentials::new_token()?, credentials::new_token()?);
        Ok(Self {
            now: clock.now(),
            access_hash: credentials::digest(&access_token),
            refresh_hash: credentials::digest(&refresh_token),
            pair: TokenPair {
                access_token,
                access_expires_in: ACCESS_SECONDS,
                refresh_token,
                refresh_expires_in: REFRESH_SECONDS,
            },
        })
    }

    /// What the database keeps of the pair.
    fn stored(&self) -> NewTokens<'_> {
        NewTokens {
            access_hash: &self.access_hash,
            access_expires_at: self.now + ACCESS_SECONDS,
            refresh_hash: &self.refresh_hash,
            refresh_expires_at: self.now + REFRESH_SECONDS,
        }
    }
}

/// Starts a session for `user_id` and answers its first token pair.
async fn issue(state: &AppState, user_id: i64) -> Result<TokenPair, AppError> {
    let minted = MintedPair::new(&state.clock)?;
    state
        .db
        .start_session(user_id, &minted.stored(), minted.now)
        .await?;
    Ok(minted.pair)
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
    let mobile = parse_mobile(&request.mobile)?;
    let user_id = match (request.password, request.sms_code) {
        (Some(password), None) => log_in_with_password(&state, &mobile, password).await?,
        (None, Some(code)) => log_in_with_sms_code(&state, &mobile, &code).await?,
        _ => {
            return Err(ApiError::bad_request(
                "请填写密码或短信验证码（二选一）",
                vec![FieldError {
                    field: "password".to_owned(),
                    message: "请填写密码或短信验证码（二选一）".to_owned(),
                }],
            )
            .into());
        }
    };
    Ok((StatusCode::CREATED, Json(issue(&state, user_id).await?)))
}

async fn log_in_with_password(
    state: &AppState,
    mobile: &Mobile,
    password: String,
) -> Result<i64, AppError> {
    let now = state.clock.now();
    let attempt = state
        .db
        .count_login_attempt(mobile.as_str(), now, MAX_FAILED_LOGINS, now + LOCK_SECONDS)
        .await?;
    let (id, password_hash, locks_until) = match attempt {
        None => {
            // Spend as long as a real check would, so timing does not tell either.
            credentials::verify_against_nothing(password).await?;
            return Err(unauthorized(WRONG_CREDENTIALS));
        }
        Some(Attempt::Locked(until)) => return Err(locked(until, now)),
        Some(Attempt::Counted {
            id,
            password_hash,
            locks_until,
        }) => (id, password_hash, locks_until),
    };
    if credentials::verify_password(password, password_hash).await? {
        state.db.record_successful_login(id).await?;
        return Ok(id);
    }
    match locks_until {
        Some(until) => Err(locked(until, now)),
        None => Err(unauthorized(WRONG_CREDENTIALS)),
    }
}

/// The 423 of a locked account, naming when it unlocks (China time).
fn locked(until: i64, now: i64) -> AppError {
    let minutes = (until - now + 59) / 60;
    refused(
        ErrorCode::Locked,
        format!(
            "密码错误次数过多，请于 {minutes} 分钟后再试（{} 解锁）",
            clock::china_time_text(until)
        ),
    )
}

async fn log_in_with_sms_code(
    state: &AppState,
    mobile: &Mobile,
    code: &str,
) -> Result<i64, AppError> {
    let now = state.clock.now();
    guessing(state, mobile, now, async {
        let taken = state
            .db
            .take_sms_code(
                mobile.as_str(),
                &credentials::digest(code.trim()),
                now,
                MAX_SMS_ATTEMPTS,
            )
            .await?;
        if !taken {
            return Err(unauthorized(WRONG_SMS_CODE));
        }
        state
            .db
            .user_id_by_mobile(mobile.as_str())
            .await?
            .ok_or_else(|| unauthorized(WRONG_SMS_CODE))
    })
    .await
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
    let mobile = parse_mobile(&request.mobile)?;
    let now = state.clock.now();
    limits::SMS_PER_CLIENT
        .hit(&state.db, Subject::Client(client), now)
        .await?;
    limits::SMS_RESEND
        .hit(&state.db, Subject::Mobile(mobile.as_str()), now)
        .await?;
    limits::SMS_PER_MOBILE
        .hit(&state.db, Subject::Mobile(mobile.as_str()), now)
        .await?;
    let code = credentials::new_sms_code()?;
    let expires_at = now + SMS_CODE_SECONDS;
    state
        .db
        .store_sms_code(mobile.as_str(), &credentials::digest(&code), expires_at)
        .await?;
    state.sms.send(&mobile, Sms::LoginCode(&code), expires_at);
    Ok((
        StatusCode::ACCEPTED,
        Json(SmsCodeSent {
            expires_in: SMS_CODE_SECONDS,
        }),
    ))
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
fn dev_sent(state: &AppState, mobile: &str) -> Result<(Mobile, Vec<crate::sms::Sent>), AppError> {
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
    let minted = MintedPair::new(&state.clock)?;
    let presented = credentials::digest(request.refresh_token.trim());
    match state
        .db
        .rotate(&presented, &minted.stored(), minted.now)
        .await?
    {
        Rotation::Rotated => Ok(Json(minted.pair)),
        Rotation::Reused => {
            tracing::warn!("a used refresh token was presented again; its session is revoked");
            Err(unauthorized(SESSION_ENDED))
        }
        Rotation::Invalid => Err(unauthorized(SESSION_ENDED)),
    }
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
    state.db.revoke_family(session.family_id).await?;
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
    Ok(Json(profile(&state, session.user_id).await?))
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
    ApiJson(mut address): ApiJson<Address>,
) -> Result<Json<Profile>, AppError> {
    if let Some(problem) = address.problem("常住地址") {
        return Err(ApiError::bad_request(
            problem.clone(),
            vec![FieldError {
                field: "address".to_owned(),
                message: problem,
            }],
        )
        .into());
    }
    address.detail = address.detail.trim().to_owned();
    state.db.set_address(Ok(session.user_id), &address).await?;
    Ok(Json(profile(&state, session.user_id).await?))
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
    let uscc = CreditCode::parse(&request.uscc).map_err(|error| error.field_error("uscc"));
    let name = parse_enterprise_name(&request.name).map_err(field("name"));
    let (uscc, name) = match (uscc, name) {
        (Ok(uscc), Ok(name)) => (uscc, name),
        (uscc, name) => return Err(invalid([uscc.err(), name.err()])),
    };
    let created = state
        .db
        .create_enterprise(uscc.as_str(), &name, session.user_id, state.clock.now())
        .await?;
    if !created {
        return Err(refused(
            ErrorCode::Conflict,
            format!("统一社会信用代码 {} 已登记", uscc.as_str()),
        ));
    }
    state
        .db
        .add_licence(Err(uscc.as_str()), "营业执照", uscc.as_str(), "长期")
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(EnterpriseRole {
            uscc: uscc.as_str().to_owned(),
            name,
            role: LEGAL_REPRESENTATIVE.to_owned(),
            address: None,
        }),
    ))
}

/// Let a registered user act for the enterprise; only its legal representative may.
#[utoipa::path(post, path = "/enterprises/{uscc}/members", tag = "accounts", request_body = MemberRequest,
    security(("bearer" = [])),
    params(("uscc" = String, Path, description = "The enterprise's unified social credit code")),
    responses(
        (status = 201, description = "Added", body = Member),
        (status = 400, description = "Fields are wrong", body = ApiError),
        (status = 401, description = "Not logged in", body = ApiError),
        (status = 403, description = "The caller is not the legal representative", body = ApiError),
        (status = 404, description = "No such enterprise, or no account with that mobile", body = ApiError),
        (status = 409, description = "Already a member", body = ApiError),
        (status = 413, description = "The body is over 2 MB", body = ApiError)))]
pub async fn add_member(
    State(state): State<AppState>,
    Caller(session): Caller,
    ApiPath(uscc): ApiPath<String>,
    ApiJson(request): ApiJson<MemberRequest>,
) -> Result<(StatusCode, Json<Member>), AppError> {
    let no_such = || not_found(format!("没有统一社会信用代码为 {uscc} 的企业"));
    let code = CreditCode::parse(&uscc).map_err(|_| no_such())?;
    let representative = state
        .db
        .legal_representative(code.as_str())
        .await?
        .ok_or_else(no_such)?;
    if representative != session.user_id {
        return Err(refused(
            ErrorCode::Forbidden,
            "只有企业的法定代表人才能添加成员",
        ));
    }
    let mobile = Mobile::parse(&request.mobile).map_err(|error| error.field_error("mobile"));
    let role = parse_role(&request.role).map_err(field("role"));
    let (mobile, role) = match (mobile, role) {
        (Ok(mobile), Ok(role)) => (mobile, role),
        (mobile, role) => return Err(invalid([mobile.err(), role.err()])),
    };
    let member = state
        .db
        .user_id_by_mobile(mobile.as_str())
        .await?
        .ok_or_else(|| {
            not_found(format!(
                "手机号码 {} 尚未注册，请先请对方注册账号",
                mobile.masked()
            ))
        })?;
    if member == representative || !state.db.add_member(code.as_str(), member, &role).await? {
        return Err(refused(ErrorCode::Conflict, "该用户已能代表这家企业办事"));
    }
    Ok((
        StatusCode::CREATED,
        Json(Member {
            uscc: code.as_str().to_owned(),
            mobile: mobile.masked(),
            role,
        }),
    ))
}
