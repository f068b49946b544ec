//! The shell's errors, and how each reaches the UI in the one error shape.

use banshi_api::{ApiError, ErrorCode, FieldError};

use crate::config::ConfigError;

#[derive(Debug, thiserror::Error)]
pub enum ShellError {
    #[error("the configuration is invalid")]
    Config(#[from] ConfigError),
    #[error("there is no catalog copy on this device yet")]
    NoCatalogCopy,
    #[error("the catalog copy on this device could not be used")]
    Catalog(#[from] crate::catalog::StoreError),
    #[error("failed to start the embedded sandbox")]
    Sandbox(#[from] banshi_sandbox::startup::StartupError),
    #[error("failed to {action}: the hall API could not be reached")]
    Network {
        action: &'static str,
        source: reqwest::Error,
    },
    #[error("failed to {action}: the hall API answered {status}")]
    Refused {
        action: &'static str,
        status: u16,
        error: ApiError,
    },
    #[error("failed to {action}: the gzipped answer could not be inflated")]
    Gunzip {
        action: &'static str,
        source: std::io::Error,
    },
    #[error("failed to {action}: the answer was not the documented JSON")]
    Decode {
        action: &'static str,
        source: reqwest::Error,
    },
    #[error("the session could not be kept in the system keychain")]
    Keychain(#[from] crate::accounts::KeychainError),
    #[error("nobody is logged in")]
    NotLoggedIn,
    #[error("the session has ended")]
    SessionEnded,
    #[error("the user may not act for that enterprise")]
    NotAMember,
    #[error("the draft store could not be used")]
    Drafts(#[from] crate::applications::DraftStoreError),
    #[error("the notification store could not be used")]
    Notifications(#[from] crate::notifications::NotificationStoreError),
    #[error("the store of questions and complaints could not be used")]
    Consultations(#[from] crate::consultations::ConsultationStoreError),
    #[error("there is no such draft on this device")]
    NoSuchDraft,
    #[error("the hall is unreachable: the application waits in the outbox")]
    Queued,
    #[error("failed to {0}: the answer broke the protocol")]
    Protocol(&'static str),
    #[error("the hall no longer has the upload")]
    UploadGone,
    #[error("failed to keep a material page at {path}")]
    Materials {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("failed to save {path}")]
    Saving {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    /// The UI's input was wrong before anything was sent.
    #[error("the request is invalid: {}", .0.message)]
    Invalid(ApiError),
}

impl ShellError {
    /// A 400-like refusal of one field, with `message` for the whole request.
    pub fn invalid(message: &str, field: FieldError) -> Self {
        Self::Invalid(ApiError::bad_request(message, vec![field]))
    }

    /// Something the device itself refuses (an unusable photo, a licence not on
    /// file), with the sentence that tells the user why.
    pub fn refused_on_device(message: String) -> Self {
        Self::Invalid(ApiError::bad_request(message, Vec::new()))
    }

    /// Whether the hall refused the request's credentials.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, Self::Refused { status: 401, .. })
    }
}

impl From<ShellError> for ApiError {
    fn from(error: ShellError) -> Self {
        tracing::warn!(error = %chain(&error), "command failed");
        match error {
            ShellError::Refused { error, .. } | ShellError::Invalid(error) => error,
            ShellError::Keychain(_) => ApiError::new(
                ErrorCode::Unavailable,
                "无法使用系统钥匙串保存登录状态，请确认钥匙串已解锁后重试",
            ),
            ShellError::NoCatalogCopy => ApiError::new(
                ErrorCode::Unavailable,
                "办事目录还没有下载到本机，请连接网络后重试",
            ),
            ShellError::NotLoggedIn => ApiError::new(ErrorCode::Unauthorized, "请先登录"),
            ShellError::SessionEnded => {
                ApiError::new(ErrorCode::Unauthorized, "登录已失效，请重新登录")
            }
            ShellError::NotAMember => ApiError::new(ErrorCode::Forbidden, "您不能代表这家企业办事"),
            ShellError::Queued => ApiError::new(
                ErrorCode::Unavailable,
                "现在连不上办事大厅。申请已存为“待发送”，联网后会自动提交，不会重复提交。",
            ),
            ShellError::NoSuchDraft => {
                ApiError::new(ErrorCode::NotFound, "这份草稿已删除或不在本机上")
            }
            ShellError::Network { .. } => ApiError::new(
                ErrorCode::Unavailable,
                "无法连接办事大厅服务器，请检查网络后重试",
            ),
            ShellError::Config(_)
            | ShellError::Sandbox(_)
            | ShellError::Decode { .. }
            | ShellError::Gunzip { .. }
            | ShellError::Catalog(_)
            | ShellError::Drafts(_)
            | ShellError::Notifications(_)
            | ShellError::Consultations(_)
            | ShellError::Protocol(_)
            | ShellError::UploadGone
            | ShellError::Materials { .. }
            | ShellError::Saving { .. } => {
                ApiError::new(ErrorCode::Internal, "应用出现内部错误，请稍后再试")
            }
        }
    }
}

/// The error and every cause under it, on one line for the log.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
