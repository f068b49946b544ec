//! The words of 咨询投诉: asking or complaining about an item, an application
//! or a hall, the promised answer, and the thread with the hall's replies.

use banshi_api::consultations::{ConsultationKind, ConsultationStatus};

/// A message about questions and complaints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsultationsMsg {
    Ask,
    Complain,
    Kind(ConsultationKind),
    KindLabel,
    About,
    Text,
    TextHint(ConsultationKind),
    CharCount { typed: usize, max: usize },
    TooShort(usize),
    Photos(usize),
    PhotosAttached(usize),
    AddPhoto,
    PreparingPhoto,
    Promise(ConsultationKind),
    Send,
    Sending,
    KeptOnDevice,
    LogInToAsk,
    Title,
    EmptyHint,
    Status(ConsultationStatus),
    AnswerDue,
    Thread,
    You,
    TheHall,
    AskedOn,
}

impl ConsultationsMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::Ask => "我要咨询",
            Self::Complain => "我要投诉",
            Self::Kind(ConsultationKind::Question) => "咨询",
            Self::Kind(ConsultationKind::Complaint) => "投诉",
            Self::KindLabel => "类型",
            Self::About => "关于",
            Self::Text => "内容",
            Self::TextHint(ConsultationKind::Question) => "请写清楚您想了解的问题。",
            Self::TextHint(ConsultationKind::Complaint) => {
                "请写清楚发生了什么、在哪个窗口、什么时候，大厅会核实后答复。"
            }
            Self::CharCount { typed, max } => return format!("{typed}/{max} 字"),
            Self::TooShort(min) => return format!("请至少写 {min} 个字"),
            Self::Photos(max) => return format!("照片（可选，最多 {max} 张）"),
            Self::PhotosAttached(n) => return format!("附照片 {n} 张"),
            Self::AddPhoto => "添加照片",
            Self::PreparingPhoto => "正在处理照片…",
            Self::Promise(kind) => {
                return format!("大厅承诺在 {} 个工作日内答复。", kind.promised_days());
            }
            Self::Send => "提交",
            Self::Sending => "正在提交…",
            Self::KeptOnDevice => "已自动保存在本机，提交前不会丢失",
            Self::LogInToAsk => "咨询投诉需要实名登录，登录后回到这里继续。",
            Self::Title => "咨询投诉",
            Self::EmptyHint => "在事项指南或办件页面点“我要咨询”或“我要投诉”。",
            Self::Status(ConsultationStatus::Open) => "待答复",
            Self::Status(ConsultationStatus::Answered) => "已答复",
            Self::AnswerDue => "承诺答复日期",
            Self::Thread => "往来记录",
            Self::You => "我",
            Self::TheHall => "大厅答复",
            Self::AskedOn => "提交于",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::Ask => "Ask a question",
            Self::Complain => "Make a complaint",
            Self::Kind(ConsultationKind::Question) => "Question",
            Self::Kind(ConsultationKind::Complaint) => "Complaint",
            Self::KindLabel => "Kind",
            Self::About => "About",
            Self::Text => "Your message",
            Self::TextHint(ConsultationKind::Question) => {
                "Say clearly what you would like to know."
            }
            Self::TextHint(ConsultationKind::Complaint) => {
                "Say what happened, at which window and when; the hall looks into it and answers."
            }
            Self::CharCount { typed, max } => return format!("{typed}/{max} characters"),
            Self::TooShort(min) => return format!("Write {min} characters at least"),
            Self::Photos(max) => return format!("Photos (optional, up to {max})"),
            Self::PhotosAttached(1) => "1 photo attached",
            Self::PhotosAttached(n) => return format!("{n} photos attached"),
            Self::AddPhoto => "Add a photo",
            Self::PreparingPhoto => "Preparing the photo…",
            Self::Promise(kind) => {
                return format!(
                    "The hall promises an answer within {} working days.",
                    kind.promised_days()
                );
            }
            Self::Send => "Send",
            Self::Sending => "Sending…",
            Self::KeptOnDevice => "Saved on this device as you type, until you send it",
            Self::LogInToAsk => {
                "Questions and complaints are made under your real name: log in and come back here."
            }
            Self::Title => "Questions & complaints",
            Self::EmptyHint => {
                "Choose “Ask a question” or “Make a complaint” on a guide or an application."
            }
            Self::Status(ConsultationStatus::Open) => "Awaiting answer",
            Self::Status(ConsultationStatus::Answered) => "Answered",
            Self::AnswerDue => "Answer due",
            Self::Thread => "Messages",
            Self::You => "You",
            Self::TheHall => "The hall",
            Self::AskedOn => "Sent",
        };
        text.to_owned()
    }
}
