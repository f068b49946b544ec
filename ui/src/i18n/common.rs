//! Words any screen may say: loading, errors, yes and no, the usual buttons, what
//! the shell's document opener answers, and the message for an error code.

use banshi_api::ErrorCode;

/// A message that belongs to no one noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommonMsg {
    Loading,
    Retry,
    Offline,
    OfflineHint,
    ErrorTitle,
    NotFound,
    DocumentOpened,
    DocumentSaved,
    Back,
    Working,
    Change,
    Remove,
    Cancel,
    Yes,
    No,
}

impl CommonMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::Loading => "正在加载…",
            Self::Retry => "重试",
            Self::Offline => "网络不可用",
            Self::OfflineHint => "无法连接办事大厅服务器，请检查网络后重试。",
            Self::ErrorTitle => "出了点问题",
            Self::NotFound => "没有找到",
            Self::DocumentOpened => "已打开",
            Self::DocumentSaved => "已保存到本机：",
            Self::Back => "返回",
            Self::Working => "请稍候…",
            Self::Change => "修改",
            Self::Remove => "删除",
            Self::Cancel => "取消",
            Self::Yes => "是",
            Self::No => "否",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::Loading => "Loading…",
            Self::Retry => "Try again",
            Self::Offline => "No connection",
            Self::OfflineHint => {
                "The service hall cannot be reached. Check your network and try again."
            }
            Self::ErrorTitle => "Something went wrong",
            Self::NotFound => "Not found",
            Self::DocumentOpened => "Opened",
            Self::DocumentSaved => "Saved on this device: ",
            Self::Back => "Back",
            Self::Working => "Please wait…",
            Self::Change => "Change",
            Self::Remove => "Remove",
            Self::Cancel => "Cancel",
            Self::Yes => "Yes",
            Self::No => "No",
        };
        text.to_owned()
    }
}

/// The message for an error the UI shows, chosen by its code.
pub fn error_message(code: ErrorCode) -> CommonMsg {
    match code {
        ErrorCode::Unavailable => CommonMsg::OfflineHint,
        ErrorCode::NotFound => CommonMsg::NotFound,
        ErrorCode::BadRequest
        | ErrorCode::Unauthorized
        | ErrorCode::Forbidden
        | ErrorCode::Conflict
        | ErrorCode::Locked
        | ErrorCode::TooManyRequests
        | ErrorCode::KeyReused
        | ErrorCode::TooLarge
        | ErrorCode::UnsupportedType
        | ErrorCode::ChecksumMismatch
        | ErrorCode::Gone
        | ErrorCode::Internal => CommonMsg::ErrorTitle,
    }
}
