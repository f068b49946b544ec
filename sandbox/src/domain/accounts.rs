//! The rules of accounts: registering (checked details, a texted code to
//! confirm with), logging in with a password (attempts counted before the
//! password is checked; [`MAX_FAILED_LOGINS`] in a row lock the account for
//! [`LOCK_SECONDS`]) or an SMS code (a budget of guesses per code and per
//! number per day that outlives the code, [`crate::domain::limits`]), minting
//! and rotating token pairs of which only digests are kept, the caller's
//! profile, and the enterprises they register.
//!
//! Nothing here tells who has an account: registering, logging in and asking
//! for a code answer alike for a number with or without one, the texts say
//! the rest to whoever holds the phone.

use std::net::IpAddr;

use banshi_api::accounts::{
    CreditCode, EnterpriseRequest, EnterpriseRole, Licence, LoginRequest, Mobile, Password,
    Profile, RegisterRequest, RegistrationConfirmation, RegistrationStarted, ResidentId,
    SmsCodeRequest, SmsCodeSent, TokenPair, parse_enterprise_name, parse_real_name,
};
use banshi_api::authority::Scope;
use banshi_api::enterprises::{MemberState, StaffRole};
use banshi_api::forms::Address;
use banshi_api::text::TextError;
use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::clock::{self, Clock};
use crate::domain::credentials;
use crate::domain::limits::{self, Subject};
use crate::domain::sms::{Sms, SmsGateway};
use crate::error::{AppError, refused, unauthorized};
use crate::store::{
    Attempt, Confirmation, NewTokens, NewUser, PendingRegistration, Rotation, Store,
};

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

/// A text field's problem, from its `parse_*` error.
fn text_field(name: &str) -> impl FnOnce(TextError) -> FieldError {
    move |error| FieldError {
        field: name.to_owned(),
        message: error.to_string(),
    }
}

/// A mobile number from a request, or the 400 that says what is wrong with it.
fn parse_mobile(text: &str) -> Result<Mobile, AppError> {
    Mobile::parse(text).map_err(|error| {
        ApiError::bad_request("请检查手机号码", vec![error.field_error("mobile")]).into()
    })
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

/// What the accounts' rules work with.
#[derive(Clone, Copy)]
pub struct Accounts<'a> {
    pub store: &'a dyn Store,
    pub clock: &'a Clock,
    pub sms: &'a SmsGateway,
}

impl Accounts<'_> {
    /// Start registering an account: the details are checked, and a code is texted
    /// to the mobile number to confirm it with. The answer is the same whether or
    /// not the number or the ID number has an account; the text tells the holder
    /// of the phone (and the owner of a registered ID number) what happened.
    pub async fn register(
        &self,
        client: IpAddr,
        request: &RegisterRequest,
    ) -> Result<RegistrationStarted, AppError> {
        let name = parse_real_name(&request.name).map_err(text_field("name"));
        let resident_id = ResidentId::parse_on(&request.resident_id, self.clock.today())
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
        let now = self.clock.now();
        limits::REGISTRATIONS_PER_CLIENT
            .hit(self.store, Subject::Client(client), now)
            .await?;
        limits::REGISTRATIONS_PER_MOBILE
            .hit(self.store, Subject::Mobile(mobile.as_str()), now)
            .await?;
        // Hashed whatever follows, so the answer takes as long either way.
        let password_hash = credentials::hash_password(password.expose_secret().to_owned()).await?;
        let expires_at = now + SMS_CODE_SECONDS;
        let (mobile_taken, id_owner) = self
            .store
            .registered(mobile.as_str(), resident_id.as_str())
            .await?;
        if mobile_taken {
            self.sms.send(&mobile, Sms::MobileRegistered, expires_at);
        } else if let Some(owner) = id_owner {
            self.sms
                .send(&mobile, Sms::ResidentIdRegistered, expires_at);
            if let Ok(owner) = Mobile::parse(&owner) {
                self.sms.send(&owner, Sms::ResidentIdTried, expires_at);
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
            self.store.start_registration(&pending).await?;
            self.sms
                .send(&mobile, Sms::RegistrationCode(&code), expires_at);
        }
        Ok(RegistrationStarted {
            mobile: mobile.masked(),
            expires_in: SMS_CODE_SECONDS,
        })
    }

    /// Finish a registration with the code texted to its mobile number; answers
    /// the new profile.
    pub async fn confirm_registration(
        &self,
        request: &RegistrationConfirmation,
    ) -> Result<Profile, AppError> {
        let mobile = parse_mobile(&request.mobile)?;
        let now = self.clock.now();
        let (user_id, resident_id) = self
            .guessing(&mobile, now, async {
                let confirmation = self
                    .store
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
        let today = clock::china_date(now);
        let (month, day) = (today.month(), today.day());
        let day = if (month, day) == (2, 29) { 28 } else { day };
        let valid_until = format!("{:04}-{month:02}-{day:02}", today.year() + 20);
        self.store
            .add_licence(
                Ok(user_id),
                "居民身份证",
                &resident_id.masked(),
                &valid_until,
            )
            .await?;
        self.profile(user_id).await
    }

    /// Runs `check` of a code texted to `mobile` within the number's daily budget
    /// of guesses: the guess is counted before it is checked, so guesses sent at
    /// once are all counted, and given back when it was right.
    async fn guessing<T>(
        &self,
        mobile: &Mobile,
        now: i64,
        check: impl std::future::Future<Output = Result<T, AppError>>,
    ) -> Result<T, AppError> {
        let subject = Subject::Mobile(mobile.as_str());
        limits::SMS_GUESSES.hit(self.store, subject, now).await?;
        let checked = check.await;
        if checked.is_ok() {
            limits::SMS_GUESSES.give_back(self.store, subject).await?;
        }
        checked
    }

    /// The profile of `user_id` as the API shows it.
    pub async fn profile(&self, user_id: i64) -> Result<Profile, AppError> {
        let user = self
            .store
            .user(user_id)
            .await?
            .ok_or_else(|| unauthorized(SESSION_ENDED))?;
        let enterprises = self.store.enterprises_of(user_id).await?;
        let licences = self.store.licences_of(user_id).await?;
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
                    scope: e.scope,
                    state: e.state,
                    address: e.address,
                })
                .collect(),
            licences: licences.into_iter().map(Licence::from).collect(),
            staff_of: user.staff_hall,
        })
    }

    /// Starts a session for `user_id` and answers its first token pair.
    async fn issue(&self, user_id: i64) -> Result<TokenPair, AppError> {
        let minted = MintedPair::new(self.clock)?;
        self.store
            .start_session(user_id, &minted.stored(), minted.now)
            .await?;
        Ok(minted.pair)
    }

    /// Logs in with the mobile number and either the password or an SMS code.
    pub async fn log_in(&self, request: LoginRequest) -> Result<TokenPair, AppError> {
        let mobile = parse_mobile(&request.mobile)?;
        let user_id = match (request.password, request.sms_code) {
            (Some(password), None) => self.log_in_with_password(&mobile, password).await?,
            (None, Some(code)) => self.log_in_with_sms_code(&mobile, &code).await?,
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
        self.issue(user_id).await
    }

    /// Checks a password within the lockout: attempts are counted before the
    /// password is checked, and the last one allowed locks the account unless
    /// the password is right.
    async fn log_in_with_password(
        &self,
        mobile: &Mobile,
        password: String,
    ) -> Result<i64, AppError> {
        let now = self.clock.now();
        let attempt = self
            .store
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
            self.store.record_successful_login(id).await?;
            return Ok(id);
        }
        match locks_until {
            Some(until) => Err(locked(until, now)),
            None => Err(unauthorized(WRONG_CREDENTIALS)),
        }
    }

    /// Uses up a login code texted to `mobile`, within its budget of guesses.
    async fn log_in_with_sms_code(&self, mobile: &Mobile, code: &str) -> Result<i64, AppError> {
        let now = self.clock.now();
        self.guessing(mobile, now, async {
            let taken = self
                .store
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
            self.store
                .user_id_by_mobile(mobile.as_str())
                .await?
                .ok_or_else(|| unauthorized(WRONG_SMS_CODE))
        })
        .await
    }

    /// Sends a 6-digit login code, valid 5 minutes, to the number (the sandbox logs it).
    pub async fn send_sms_code(
        &self,
        client: IpAddr,
        request: &SmsCodeRequest,
    ) -> Result<SmsCodeSent, AppError> {
        let mobile = parse_mobile(&request.mobile)?;
        let now = self.clock.now();
        limits::SMS_PER_CLIENT
            .hit(self.store, Subject::Client(client), now)
            .await?;
        limits::SMS_RESEND
            .hit(self.store, Subject::Mobile(mobile.as_str()), now)
            .await?;
        limits::SMS_PER_MOBILE
            .hit(self.store, Subject::Mobile(mobile.as_str()), now)
            .await?;
        let code = credentials::new_sms_code()?;
        let expires_at = now + SMS_CODE_SECONDS;
        self.store
            .store_sms_code(mobile.as_str(), &credentials::digest(&code), expires_at)
            .await?;
        self.sms.send(&mobile, Sms::LoginCode(&code), expires_at);
        Ok(SmsCodeSent {
            expires_in: SMS_CODE_SECONDS,
        })
    }

    /// Exchanges a refresh token for a new pair; the old one is used up. Presenting a
    /// used refresh token again ends the whole session.
    pub async fn refresh(&self, refresh_token: &str) -> Result<TokenPair, AppError> {
        let minted = MintedPair::new(self.clock)?;
        let presented = credentials::digest(refresh_token.trim());
        match self
            .store
            .rotate(&presented, &minted.stored(), minted.now)
            .await?
        {
            Rotation::Rotated => Ok(minted.pair),
            Rotation::Reused => {
                tracing::warn!("a used refresh token was presented again; its session is revoked");
                Err(unauthorized(SESSION_ENDED))
            }
            Rotation::Invalid => Err(unauthorized(SESSION_ENDED)),
        }
    }

    /// Sets the caller's address on file (常住地址), which forms fill in.
    pub async fn set_address(
        &self,
        user_id: i64,
        mut address: Address,
    ) -> Result<Profile, AppError> {
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
        self.store.set_address(Ok(user_id), &address).await?;
        self.profile(user_id).await
    }

    /// Registers an enterprise; `user_id` becomes its legal representative.
    pub async fn register_enterprise(
        &self,
        user_id: i64,
        request: &EnterpriseRequest,
    ) -> Result<EnterpriseRole, AppError> {
        let uscc = CreditCode::parse(&request.uscc).map_err(|error| error.field_error("uscc"));
        let name = parse_enterprise_name(&request.name).map_err(text_field("name"));
        let (uscc, name) = match (uscc, name) {
            (Ok(uscc), Ok(name)) => (uscc, name),
            (uscc, name) => return Err(invalid([uscc.err(), name.err()])),
        };
        let created = self
            .store
            .create_enterprise(uscc.as_str(), &name, user_id, self.clock.now())
            .await?;
        if !created {
            return Err(refused(
                ErrorCode::Conflict,
                format!("统一社会信用代码 {} 已登记", uscc.as_str()),
            ));
        }
        self.store
            .add_licence(Err(uscc.as_str()), "营业执照", uscc.as_str(), "长期")
            .await?;
        Ok(EnterpriseRole {
            uscc: uscc.as_str().to_owned(),
            name,
            role: StaffRole::LegalRepresentative,
            scope: Scope::default(),
            state: MemberState::Active,
            address: None,
        })
    }
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
