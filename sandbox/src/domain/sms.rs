//! The sandbox's SMS gateway: what the hall texts people (login and
//! registration codes, and the notices that tell an account's owner what
//! someone tried), written to the log with the number masked and, on a
//! development server (`--dev-sms`), kept so tests and demos can read them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use banshi_api::accounts::Mobile;

/// A text the hall sends.
#[derive(Debug, Clone, Copy)]
pub enum Sms<'a> {
    /// A login code.
    LoginCode(&'a str),
    /// The code that finishes a registration.
    RegistrationCode(&'a str),
    /// To a registered number someone tried to register again.
    MobileRegistered,
    /// To a new number registered with an ID number that has an account.
    ResidentIdRegistered,
    /// To the owner of an ID number someone tried to register with another number.
    ResidentIdTried,
    /// To an applicant: what happened to their application (a correction
    /// request, a refusal, a result), as the notification's body.
    Application(&'a str),
    /// To a relative someone authorized (亲友代办), naming them masked.
    AuthorityGiven { principal: &'a str },
}

impl Sms<'_> {
    /// The text as the phone shows it.
    pub fn text(&self) -> String {
        const SIGNATURE: &str = "【亳州市政务服务】";
        match self {
            Sms::LoginCode(code) => {
                format!("{SIGNATURE}您的登录验证码为 {code}，5 分钟内有效。请勿告诉他人。")
            }
            Sms::RegistrationCode(code) => {
                format!("{SIGNATURE}您的注册验证码为 {code}，5 分钟内有效。请勿告诉他人。")
            }
            Sms::MobileRegistered => format!(
                "{SIGNATURE}有人正在用本手机号码注册账号，但本号码已注册。如是您本人，请直接登录或找回密码；如不是，请忽略本短信。"
            ),
            Sms::ResidentIdRegistered => format!(
                "{SIGNATURE}您填写的身份证号码已注册过账号，请用注册时的手机号码登录。如需更换手机号码，请携带身份证到政务服务大厅办理。"
            ),
            Sms::ResidentIdTried => format!(
                "{SIGNATURE}有人正在用您的身份证号码和另一个手机号码注册账号，未获通过。如不是您本人，请留意个人信息安全。"
            ),
            Sms::Application(body) => format!("{SIGNATURE}{body}"),
            Sms::AuthorityGiven { principal } => format!(
                "{SIGNATURE}{principal}授权您为其亲友代办人。请登录后在“我的 → 亲友代办”中确认；如不认识对方，请忽略本短信。"
            ),
        }
    }

    /// The code the text carries, if it carries one.
    fn code(&self) -> Option<&str> {
        match self {
            Sms::LoginCode(code) | Sms::RegistrationCode(code) => Some(code),
            _ => None,
        }
    }

    /// What the log calls this text.
    fn kind(&self) -> &'static str {
        match self {
            Sms::LoginCode(_) => "SMS login code sent",
            Sms::RegistrationCode(_) => "SMS registration code sent",
            Sms::MobileRegistered => "SMS notice sent: the number is registered",
            Sms::ResidentIdRegistered => "SMS notice sent: the ID number is registered",
            Sms::ResidentIdTried => "SMS notice sent: the ID number was tried",
            Sms::Application(_) => "SMS notice sent: an application moved on",
            Sms::AuthorityGiven { .. } => "SMS notice sent: an authority was given",
        }
    }
}

/// A text kept by a development server.
#[derive(Debug, Clone)]
pub struct Sent {
    pub text: String,
    pub code: Option<String>,
    /// When the code stops working (Unix seconds).
    pub expires_at: i64,
}

/// Every text sent, by mobile number, shared by the clones of a gateway.
type Outbox = Arc<Mutex<HashMap<String, Vec<Sent>>>>;

/// Sends texts; on a development server also keeps every text by number.
#[derive(Debug, Clone, Default)]
pub struct SmsGateway {
    kept: Option<Outbox>,
}

impl SmsGateway {
    /// A gateway that keeps what it sends when `keep` (`--dev-sms`).
    pub fn new(keep: bool) -> Self {
        Self {
            kept: keep.then(Arc::default),
        }
    }

    /// Sends `sms` to `mobile`; a code in it stops working at `expires_at`.
    pub fn send(&self, mobile: &Mobile, sms: Sms<'_>, expires_at: i64) {
        // The sandbox's only delivery is its log: the code is there for a demo's
        // user to read, the number masked like everywhere else.
        match sms.code() {
            Some(code) => tracing::info!(mobile = %mobile.masked(), code, "{}", sms.kind()),
            None => tracing::info!(mobile = %mobile.masked(), "{}", sms.kind()),
        }
        if let Some(kept) = &self.kept
            && let Ok(mut kept) = kept.lock()
        {
            kept.entry(mobile.as_str().to_owned())
                .or_default()
                .push(Sent {
                    text: sms.text(),
                    code: sms.code().map(str::to_owned),
                    expires_at,
                });
        }
    }

    /// Every text sent to `mobile`, the oldest first; `None` unless this is a
    /// development server.
    pub fn sent_to(&self, mobile: &Mobile) -> Option<Vec<Sent>> {
        let kept = self.kept.as_ref()?;
        let kept = kept.lock().ok()?;
        Some(kept.get(mobile.as_str()).cloned().unwrap_or_default())
    }
}
