//! Why a photo could not be prepared: an English message for developers and logs,
//! and a plain-Chinese sentence for the user saying what to do instead.

use super::MAX_PIXELS;

#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    #[error("the file is empty")]
    Empty,
    #[error("HEIC/HEIF photos are not supported")]
    Heif,
    #[error("the file is a PDF document, not a photo")]
    Pdf,
    #[error("unsupported image format: {0}")]
    UnsupportedFormat(String),
    #[error("the file is not a recognised image")]
    NotAnImage,
    #[error("the image is truncated: {0}")]
    Truncated(String),
    #[error("the image data is corrupt: {0}")]
    Corrupt(String),
    #[error("the image has {width}×{height} pixels, more than the limit of {limit}")]
    TooManyPixels { width: u64, height: u64, limit: u64 },
    #[error("decoding the image would need more than the limit of {limit} bytes ({detail})")]
    TooMuchMemory { limit: u64, detail: String },
    #[error("the image could not be compressed to {limit} bytes or fewer")]
    TooLarge { limit: usize },
    #[error("the photo pipeline failed: {0}")]
    Internal(String),
}

impl PhotoError {
    /// The sentence shown to the user: what went wrong, and what to do instead.
    pub fn user_message(&self) -> String {
        match self {
            Self::Empty => "这个文件是空的，请重新选择照片。".into(),
            Self::Heif => "暂不支持 HEIC 格式的照片，请在手机相机设置中改为“兼容性最佳”（JPEG）后重拍，或截图后上传。".into(),
            Self::Pdf => "这是 PDF 文件，不是照片。请上传 JPEG 或 PNG 格式的照片，或将 PDF 页面截图后上传。".into(),
            Self::UnsupportedFormat(_) | Self::NotAnImage => {
                "无法识别这个文件，请上传 JPEG 或 PNG 格式的照片。".into()
            }
            Self::Truncated(_) => "照片文件不完整（可能没有传输或保存完），请重新拍摄或重新选择。".into(),
            Self::Corrupt(_) => "照片文件已损坏，无法打开，请重新拍摄或换一张照片。".into(),
            Self::TooManyPixels { .. } => format!(
                "照片像素过多（超过 {} 万像素），请用普通拍照模式重拍，或截图后上传。",
                MAX_PIXELS / 10_000
            ),
            Self::TooMuchMemory { .. } => "照片太大，无法在本机处理，请用普通拍照模式重拍，或截图后上传。".into(),
            Self::TooLarge { limit } => format!(
                "照片压缩后仍超过 {} KB，请裁掉多余部分后重新上传。",
                limit / 1024
            ),
            Self::Internal(_) => "照片处理失败，请重试或换一张照片。".into(),
        }
    }
}
