//! The typed HTTP client of the hall API (reqwest over rustls). One method per
//! route; every failure says what it was doing.

use std::time::Duration;

use banshi_api::ApiError;
use banshi_api::catalog::{Item, ItemPage, ItemQuery};
use banshi_api::halls::Hall;
use serde::de::DeserializeOwned;
use url::Url;

use crate::ShellError;

#[derive(Debug, Clone)]
pub struct HallClient {
    base: Url,
    http: reqwest::Client,
}

impl HallClient {
    /// A client of the API at `base` (ending in `/`, e.g. `https://…/api/v1/`).
    pub fn new(base: Url) -> Result<Self, ShellError> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("Banshi/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|source| ShellError::Network {
                action: "build the HTTP client",
                source,
            })?;
        Ok(Self { base, http })
    }

    pub async fn halls(&self) -> Result<Vec<Hall>, ShellError> {
        self.get("list the halls", "halls", &()).await
    }

    pub async fn items(&self, query: &ItemQuery) -> Result<ItemPage, ShellError> {
        self.get("list catalog items", "catalog/items", query).await
    }

    pub async fn item(&self, code: &str) -> Result<Item, ShellError> {
        let path = format!("catalog/items/{}", encode_segment(code));
        self.get("read an item's guide", &path, &()).await
    }

    async fn get<T: DeserializeOwned>(
        &self,
        action: &'static str,
        path: &str,
        query: &impl serde::Serialize,
    ) -> Result<T, ShellError> {
        let url = self.base.join(path).map_err(|_| ShellError::Refused {
            action,
            status: 400,
            error: ApiError::bad_request("请求地址无效", Vec::new()),
        })?;
        let response = self
            .http
            .get(url)
            .query(query)
            .send()
            .await
            .map_err(|source| ShellError::Network { action, source })?;
        let status = response.status();
        if status.is_success() {
            return response
                .json()
                .await
                .map_err(|source| ShellError::Decode { action, source });
        }
        let error = response
            .json::<ApiError>()
            .await
            .map_err(|source| ShellError::Decode { action, source })?;
        Err(ShellError::Refused {
            action,
            status: status.as_u16(),
            error,
        })
    }
}

/// Percent-encodes one path segment, so a code cannot add path segments or a query.
fn encode_segment(segment: &str) -> String {
    url::form_urlencoded::byte_serialize(segment.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

#[cfg(test)]
mod tests {
    use super::encode_segment;

    #[test]
    fn a_path_segment_cannot_escape_its_place() {
        assert_eq!(encode_segment("../halls?x=1"), "..%2Fhalls%3Fx%3D1");
        assert_eq!(encode_segment("11341600 A"), "11341600%20A");
    }
}
