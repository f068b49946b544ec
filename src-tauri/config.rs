//! Which hall API the app talks to and where it keeps its data, from the
//! environment: `BANSHI_API_URL` (unset: the embedded sandbox) and `BANSHI_DATA_DIR`.

use std::net::IpAddr;
use std::path::PathBuf;

use url::Url;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("BANSHI_API_URL is not a URL: {0}")]
    BadUrl(#[from] url::ParseError),
    #[error("BANSHI_API_URL must use https (plain http is allowed for loopback only): {0}")]
    Insecure(Url),
    #[error("no data folder: set BANSHI_DATA_DIR")]
    NoDataDir,
    #[error("the embedded sandbox's setting is invalid: {0}")]
    SandboxSetting(String),
}

/// Where requests go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiTarget {
    /// Start the sandbox inside the app on a free loopback port, with the demo city.
    Embedded,
    /// A hall's API, e.g. `https://hall.example.gov.cn/api/v1`.
    Remote(Url),
}

#[derive(Debug, Clone)]
pub struct Config {
    pub api: ApiTarget,
    /// The app's local store; the embedded sandbox keeps its database in `sandbox/` below it.
    pub data_dir: PathBuf,
}

impl Config {
    /// Reads the environment; `default_data_dir` is the platform's app data folder.
    pub fn from_env(default_data_dir: Option<PathBuf>) -> Result<Self, ConfigError> {
        let api = match std::env::var("BANSHI_API_URL") {
            Ok(url) if !url.trim().is_empty() => ApiTarget::Remote(parse_api_url(&url)?),
            _ => ApiTarget::Embedded,
        };
        let data_dir = std::env::var_os("BANSHI_DATA_DIR")
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
            .or(default_data_dir)
            .ok_or(ConfigError::NoDataDir)?;
        Ok(Self { api, data_dir })
    }
}

/// Accepts https anywhere and http only to a loopback host, so that tokens and
/// personal data never cross a network in clear text.
pub fn parse_api_url(text: &str) -> Result<Url, ConfigError> {
    let mut url = Url::parse(text.trim())?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return Err(ConfigError::Insecure(url)),
    }
    // Paths are joined onto the base, so it must end with a slash.
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_is_accepted_and_gets_a_trailing_slash() {
        let url = parse_api_url("https://hall.example.gov.cn/api/v1").unwrap();
        assert_eq!(url.as_str(), "https://hall.example.gov.cn/api/v1/");
    }

    #[test]
    fn plain_http_only_to_loopback() {
        assert!(parse_api_url("http://127.0.0.1:8080/api/v1").is_ok());
        assert!(parse_api_url("http://[::1]:8080/api/v1").is_ok());
        assert!(parse_api_url("http://localhost:8080/api/v1").is_ok());
        assert!(
            matches!(
                parse_api_url("http://hall.example.gov.cn/api/v1"),
                Err(ConfigError::Insecure(_))
            ),
            "personal data must not travel in clear text"
        );
        assert!(matches!(
            parse_api_url("ftp://127.0.0.1/"),
            Err(ConfigError::Insecure(_))
        ));
        assert!(matches!(
            parse_api_url("not a url"),
            Err(ConfigError::BadUrl(_))
        ));
    }
}
