//! The hall's rate limits: how often one mobile number may be sent an SMS code
//! or guess one, and how often one client may ask for codes, register or look
//! up an application. Each
//! limit counts in the database (so every instance of a city's hall shares it)
//! and a request over it is a 429 with `Retry-After`, in the error shape.

use std::net::IpAddr;

use banshi_api::{ApiError, ErrorCode};

use crate::error::AppError;
use crate::store::LimitStore;

/// A number of hits allowed per window of seconds, with the sentence that
/// explains a refusal.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Names the counter; the key is this and the subject.
    pub name: &'static str,
    pub hits: i64,
    pub window: i64,
    /// What was asked too often, e.g. `获取验证码`.
    pub what: &'static str,
}

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// One SMS code a minute to a mobile number, for logging in or registering.
pub const SMS_RESEND: Limit = Limit {
    name: "sms-resend",
    hits: 1,
    window: MINUTE,
    what: "获取验证码",
};
/// Ten SMS codes a day to a mobile number.
pub const SMS_PER_MOBILE: Limit = Limit {
    name: "sms-mobile",
    hits: 10,
    window: DAY,
    what: "获取验证码",
};
/// Twenty SMS codes an hour asked for by one client.
pub const SMS_PER_CLIENT: Limit = Limit {
    name: "sms-client",
    hits: 20,
    window: HOUR,
    what: "获取验证码",
};
/// Ten wrong SMS codes a day for a mobile number, across all the codes sent to
/// it: with a million codes possible, a guesser's chance stays one in 100,000 a day.
pub const SMS_GUESSES: Limit = Limit {
    name: "sms-guesses",
    hits: 10,
    window: DAY,
    what: "输入验证码",
};
/// Five registrations a day started for a mobile number.
pub const REGISTRATIONS_PER_MOBILE: Limit = Limit {
    name: "register-mobile",
    hits: 5,
    window: DAY,
    what: "注册",
};
/// Ten registrations an hour started by one client.
pub const REGISTRATIONS_PER_CLIENT: Limit = Limit {
    name: "register-client",
    hits: 10,
    window: HOUR,
    what: "注册",
};

/// Thirty public lookups of applications a minute from one client: enough for
/// a family's matters, too few to walk through the numbers of a day.
pub const LOOKUPS_PER_CLIENT: Limit = Limit {
    name: "lookup-client",
    hits: 30,
    window: MINUTE,
    what: "查询办件",
};

/// Who a limit counts: a mobile number or a client's address.
#[derive(Debug, Clone, Copy)]
pub enum Subject<'a> {
    Mobile(&'a str),
    Client(IpAddr),
}

impl std::fmt::Display for Subject<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Subject::Mobile(mobile) => write!(f, "mobile {mobile}"),
            Subject::Client(address) => write!(f, "client {address}"),
        }
    }
}

impl Limit {
    fn key(&self, subject: Subject<'_>) -> String {
        format!("{} {subject}", self.name)
    }

    /// Counts a hit on this limit for `subject` at `now`; a 429 past the limit.
    pub async fn hit(
        &self,
        store: &dyn LimitStore,
        subject: Subject<'_>,
        now: i64,
    ) -> Result<(), AppError> {
        let hits = store.hit(&self.key(subject), self.window, now).await?;
        if hits.count > self.hits {
            return Err(self.refusal(hits.window_started_at + self.window - now));
        }
        Ok(())
    }

    /// Takes back a hit that turned out not to count (a right code).
    pub async fn give_back(
        &self,
        store: &dyn LimitStore,
        subject: Subject<'_>,
    ) -> Result<(), AppError> {
        store.unhit(&self.key(subject)).await?;
        Ok(())
    }

    fn refusal(&self, retry_after: i64) -> AppError {
        let retry_after = retry_after.max(1);
        AppError::Limited {
            error: ApiError::new(
                ErrorCode::TooManyRequests,
                format!("{}过于频繁，请{}后再试", self.what, wait_text(retry_after)),
            ),
            retry_after,
        }
    }
}

/// A wait in the largest unit that reads naturally: `45 秒`, `3 分钟`, `2 小时`.
fn wait_text(seconds: i64) -> String {
    if seconds < 2 * MINUTE {
        format!(" {seconds} 秒")
    } else if seconds < 2 * HOUR {
        format!(" {} 分钟", (seconds + MINUTE - 1) / MINUTE)
    } else {
        format!(" {} 小时", (seconds + HOUR - 1) / HOUR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_naturally() {
        assert_eq!(wait_text(45), " 45 秒");
        assert_eq!(wait_text(119), " 119 秒");
        assert_eq!(wait_text(121), " 3 分钟");
        assert_eq!(wait_text(3 * HOUR + 1), " 4 小时");
    }
}
