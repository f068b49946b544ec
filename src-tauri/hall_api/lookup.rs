//! The public lookup route of the hall API (办件查询): no login; an unknown
//! number and a wrong name are the same 404, and too many lookups a 429 that
//! says when to try again.

use banshi_api::applications::LookupQuery;
use banshi_api::ipc::lookup::LookupAnswer;
use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;

use super::HallClient;
use super::client::{decode, refused};
use crate::ShellError;

/// How long to wait when a 429 does not say (or says in a form not read here).
const DEFAULT_RETRY_AFTER: u32 = 60;

impl HallClient {
    pub async fn lookup(&self, query: &LookupQuery) -> Result<LookupAnswer, ShellError> {
        const ACTION: &str = "look an application up";
        let request = self.http.get(self.url(ACTION, "lookup")?).query(query);
        let response = request.send().await.map_err(|source| ShellError::Network {
            action: ACTION,
            source,
        })?;
        match response.status() {
            StatusCode::NOT_FOUND => Ok(LookupAnswer::NotFound),
            StatusCode::TOO_MANY_REQUESTS => {
                let retry_after = response
                    .headers()
                    .get(RETRY_AFTER)
                    .and_then(|value| value.to_str().ok())
                    .and_then(|value| value.trim().parse().ok())
                    .unwrap_or(DEFAULT_RETRY_AFTER);
                Ok(LookupAnswer::TooMany { retry_after })
            }
            status if status.is_success() => {
                Ok(LookupAnswer::Found(decode(ACTION, response).await?))
            }
            _ => Err(refused(ACTION, response).await),
        }
    }
}
