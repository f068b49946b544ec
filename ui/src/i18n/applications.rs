//! The words of applications: filling in a form section by section, its materials,
//! drafts and the outbox, submitting, the applications submitted, and
//! following one to its result: statuses, actions, the deadline, the
//! timeline, the correction notice and the withdrawal.

use banshi_api::applications::{ApplicationAction, ApplicationStatus};

/// A message about applying online.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationsMsg {
    Apply,
    ApplySteps,
    SectionDone,
    SectionToDo,
    SaveAndContinue,
    BackToSteps,
    CheckAnswers,
    Retake,
    PageUploaded,
    PageWaiting,
    Prefilled,
    Saved,
    Saving,
    Drafts,
    NoDrafts,
    ContinueDraft,
    LoginToApply,
    DeliveryChoice,
    PickUp,
    ByEms,
    OptionalField,
    ChooseOne,
    AnswersNeedWork,
    NotAnswered,
    AddEntry,
    UseLicence,
    Outbox,
    MaterialsHint,
    AddPage,
    PreparingPhoto,
    Submit,
    Submitting,
    SubmittedTitle,
    ApplicationNumber,
    PromisedBy,
    WhatNext,
    MyApplications,
    NoApplications,
    StatusSubmitted,
    StatusAccepted,
    StatusCompleted,
    StatusRejected,
    StatusInReview,
    StatusApproved,
    StatusDenied,
    StatusAwaitingCorrection,
    StatusSuspended,
    StatusWithdrawn,
    Action(ApplicationAction),
    DaysLeft(i32),
    OverdueBy(i32),
    DueOn,
    PromisedDays(u16),
    Overdue,
    NearDue,
    ClockStopped,
    Timeline,
    Current,
    Submission,
    Window,
    Staff,
    Reason,
    LegalBasis,
    MaterialsHandedIn,
    Pages(usize),
    FromLicence,
    CorrectionNotice,
    CorrectionIntro,
    FixThis,
    Correct,
    Withdraw,
    WithdrawConfirm,
    WithdrawConfirmYes,
    OfflineCopy,
    FetchedAt,
    Correcting,
    SubmitCorrection,
    BackToApplication,
    ChooseDelivery,
    DraftProgress { done: u32, total: u32 },
    LastChanged,
    UploadingMaterials(u32),
    FilledByHall,
    QuestionOf { at: usize, total: usize },
    PreviousQuestion,
    LeftToHall,
}

impl ApplicationsMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::Apply => "在线申请",
            Self::ApplySteps => "申请步骤",
            Self::SectionDone => "已完成",
            Self::SectionToDo => "待填写",
            Self::SaveAndContinue => "保存并继续",
            Self::BackToSteps => "返回申请步骤",
            Self::CheckAnswers => "检查填写内容",
            Self::Retake => "重拍这一页",
            Self::PageUploaded => "已上传到大厅",
            Self::PageWaiting => "等待上传，联网后自动上传",
            Self::Prefilled => "已自动填写，可修改",
            Self::Saved => "已保存到本机",
            Self::Saving => "正在保存…",
            Self::Drafts => "草稿",
            Self::NoDrafts => "暂无草稿。网上申请时填写的内容会自动保存在这里。",
            Self::ContinueDraft => "继续填写",
            Self::LoginToApply => "网上申请需要先实名登录。登录后回到这里继续。",
            Self::DeliveryChoice => "办理结果领取方式",
            Self::PickUp => "到大厅窗口领取",
            Self::ByEms => "EMS 邮寄到家",
            Self::OptionalField => "选填",
            Self::ChooseOne => "请选择",
            Self::AnswersNeedWork => "以下内容还需填写或修改",
            Self::NotAnswered => "未填写",
            Self::AddEntry => "添加",
            Self::UseLicence => "使用电子证照：",
            Self::Outbox => "待发送",
            Self::MaterialsHint => {
                "手机上可直接拍照；电脑上可选择或拖入扫描件、照片或 PDF。照片会在本机转正、压缩并去除拍摄位置等信息。"
            }
            Self::AddPage => "拍照或选择文件",
            Self::PreparingPhoto => "正在处理照片…",
            Self::Submit => "提交申请",
            Self::Submitting => "正在提交…",
            Self::SubmittedTitle => "申请已提交",
            Self::ApplicationNumber => "办件编号",
            Self::PromisedBy => "承诺办结日期",
            Self::WhatNext => {
                "部门将在承诺时限内审核。审核结果会在“我的办件”中显示，请留意短信通知。"
            }
            Self::MyApplications => "我的办件",
            Self::NoApplications => "还没有办件。",
            Self::StatusSubmitted => "已提交",
            Self::StatusAccepted => "已受理",
            Self::StatusCompleted => "已办结",
            Self::StatusRejected => "不予受理",
            Self::StatusInReview => "审批中",
            Self::StatusApproved => "审批通过",
            Self::StatusDenied => "不予许可",
            Self::StatusAwaitingCorrection => "待补正",
            Self::StatusSuspended => "已暂停",
            Self::StatusWithdrawn => "已撤回",
            Self::Action(action) => action.label(),
            Self::DaysLeft(days) => return format!("剩余 {days} 个工作日"),
            Self::OverdueBy(days) => return format!("已超期 {days} 个工作日"),
            Self::DueOn => "承诺办结日期",
            Self::PromisedDays(0) => "即办件，当场办结",
            Self::PromisedDays(days) => return format!("承诺 {days} 个工作日内办结"),
            Self::Overdue => "超期",
            Self::NearDue => "即将到期",
            Self::ClockStopped => "补正或暂停期间不计时",
            Self::Timeline => "办理进度",
            Self::Current => "当前",
            Self::Submission => "提交申请",
            Self::Window => "窗口",
            Self::Staff => "经办人",
            Self::Reason => "原因",
            Self::LegalBasis => "法律依据",
            Self::MaterialsHandedIn => "已提交的材料",
            Self::Pages(n) => return format!("{n} 页"),
            Self::FromLicence => "电子证照",
            Self::CorrectionNotice => "一次性告知补正",
            Self::CorrectionIntro => {
                "部门一次性告知需要补正的全部内容。请逐项修改后重新提交，其余内容无需重填。"
            }
            Self::FixThis => "去修改",
            Self::Correct => "补正材料",
            Self::Withdraw => "撤回申请",
            Self::WithdrawConfirm => "确定撤回这件申请吗？撤回后部门不再办理，如需办理须重新申请。",
            Self::WithdrawConfirmYes => "确定撤回",
            Self::OfflineCopy => "离线，显示的是上次获取的办件信息",
            Self::FetchedAt => "获取于",
            Self::Correcting => "补正：只需修改部门告知的内容",
            Self::SubmitCorrection => "提交补正",
            Self::BackToApplication => "返回办件",
            Self::ChooseDelivery => "请选择办理结果领取方式",
            Self::DraftProgress { done, total } => return format!("已完成 {done}/{total} 部分"),
            Self::LastChanged => "最后修改",
            Self::UploadingMaterials(n) => return format!("正在上传材料…{n}%"),
            Self::FilledByHall => "可不填写，大厅将按您的实名信息填写：",
            Self::QuestionOf { at, total } => return format!("第 {at} / {total} 题"),
            Self::PreviousQuestion => "上一题",
            Self::LeftToHall => "由大厅按实名信息填写",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::Apply => "Apply online",
            Self::ApplySteps => "Steps",
            Self::SectionDone => "Done",
            Self::SectionToDo => "To do",
            Self::SaveAndContinue => "Save and continue",
            Self::BackToSteps => "Back to the steps",
            Self::CheckAnswers => "Check your answers",
            Self::Retake => "Retake this page",
            Self::PageUploaded => "Uploaded to the hall",
            Self::PageWaiting => "Waiting to upload; it goes when online",
            Self::Prefilled => "Filled in for you; you can change it",
            Self::Saved => "Saved on this device",
            Self::Saving => "Saving…",
            Self::Drafts => "Drafts",
            Self::NoDrafts => {
                "No drafts. What you fill in when applying online is saved here as you type."
            }
            Self::ContinueDraft => "Continue",
            Self::LoginToApply => {
                "Applying online needs a real-name login. You will come back here afterwards."
            }
            Self::DeliveryChoice => "How to receive the result",
            Self::PickUp => "Collect at the hall",
            Self::ByEms => "Mailed by EMS",
            Self::OptionalField => "Optional",
            Self::ChooseOne => "Choose",
            Self::AnswersNeedWork => "These still need an answer or a change",
            Self::NotAnswered => "Not answered",
            Self::AddEntry => "Add",
            Self::UseLicence => "Use my e-licence: ",
            Self::Outbox => "Waiting to send",
            Self::MaterialsHint => {
                "On a phone, take a photo; on a computer, choose or drop a scan, photo or PDF. Photos are turned upright, made smaller and stripped of location data on this device."
            }
            Self::AddPage => "Take a photo or choose a file",
            Self::PreparingPhoto => "Preparing the photo…",
            Self::Submit => "Submit",
            Self::Submitting => "Submitting…",
            Self::SubmittedTitle => "Application submitted",
            Self::ApplicationNumber => "Application number",
            Self::PromisedBy => "Promised by",
            Self::WhatNext => {
                "The department reviews it within the promised time. The result appears under My applications; watch for an SMS."
            }
            Self::MyApplications => "My applications",
            Self::NoApplications => "No applications yet.",
            Self::StatusSubmitted => "Submitted",
            Self::StatusAccepted => "Accepted",
            Self::StatusCompleted => "Completed",
            Self::StatusRejected => "Not accepted",
            Self::StatusInReview => "In review",
            Self::StatusApproved => "Approved",
            Self::StatusDenied => "Not permitted",
            Self::StatusAwaitingCorrection => "Correction needed",
            Self::StatusSuspended => "Suspended",
            Self::StatusWithdrawn => "Withdrawn",
            Self::Action(action) => match action {
                ApplicationAction::Accept => "Accepted",
                ApplicationAction::RequestCorrection => "Correction requested",
                ApplicationAction::Correct => "Corrected",
                ApplicationAction::Review => "Sent for review",
                ApplicationAction::Suspend => "Suspended",
                ApplicationAction::Resume => "Resumed",
                ApplicationAction::Approve => "Approved",
                ApplicationAction::Refuse => "Refused",
                ApplicationAction::Complete => "Completed",
                ApplicationAction::Withdraw => "Withdrawn",
            },
            Self::DaysLeft(1) => "1 working day left",
            Self::DaysLeft(days) => return format!("{days} working days left"),
            Self::OverdueBy(1) => "Overdue by 1 working day",
            Self::OverdueBy(days) => return format!("Overdue by {days} working days"),
            Self::DueOn => "Due",
            Self::PromisedDays(0) => "Done on the spot",
            Self::PromisedDays(days) => return format!("Promised within {days} working days"),
            Self::Overdue => "Overdue",
            Self::NearDue => "Due soon",
            Self::ClockStopped => "The clock stops while a correction or suspension is pending",
            Self::Timeline => "Progress",
            Self::Current => "Now",
            Self::Submission => "Submitted",
            Self::Window => "Window",
            Self::Staff => "Handled by",
            Self::Reason => "Reason",
            Self::LegalBasis => "Legal basis",
            Self::MaterialsHandedIn => "Materials handed in",
            Self::Pages(1) => "1 page",
            Self::Pages(n) => return format!("{n} pages"),
            Self::FromLicence => "E-licence",
            Self::CorrectionNotice => "Correction notice",
            Self::CorrectionIntro => {
                "The department lists everything to correct at once. Fix each item and hand it in again; nothing else needs filling in again."
            }
            Self::FixThis => "Fix this",
            Self::Correct => "Correct",
            Self::Withdraw => "Withdraw",
            Self::WithdrawConfirm => {
                "Withdraw this application? The department stops handling it; to go on you would apply again."
            }
            Self::WithdrawConfirmYes => "Withdraw",
            Self::OfflineCopy => "Offline: showing the application as last fetched",
            Self::FetchedAt => "Fetched",
            Self::Correcting => "Correction: change only what the department listed",
            Self::SubmitCorrection => "Hand in the correction",
            Self::BackToApplication => "Back to the application",
            Self::ChooseDelivery => "Please choose how to receive the result",
            Self::DraftProgress { done, total } => return format!("{done} of {total} parts done"),
            Self::LastChanged => "Last changed",
            Self::UploadingMaterials(n) => return format!("Uploading materials… {n}%"),
            Self::FilledByHall => {
                "You may leave this blank: the hall fills it from your verified identity: "
            }
            Self::LeftToHall => "Filled in by the hall from your verified identity",
            Self::QuestionOf { at, total } => return format!("Question {at} of {total}"),
            Self::PreviousQuestion => "Previous question",
        };
        text.to_owned()
    }
}

/// The message naming `status`.
pub fn status_msg(status: ApplicationStatus) -> ApplicationsMsg {
    match status {
        ApplicationStatus::Submitted => ApplicationsMsg::StatusSubmitted,
        ApplicationStatus::Accepted => ApplicationsMsg::StatusAccepted,
        ApplicationStatus::InReview => ApplicationsMsg::StatusInReview,
        ApplicationStatus::Approved => ApplicationsMsg::StatusApproved,
        ApplicationStatus::Denied => ApplicationsMsg::StatusDenied,
        ApplicationStatus::Completed => ApplicationsMsg::StatusCompleted,
        ApplicationStatus::Rejected => ApplicationsMsg::StatusRejected,
        ApplicationStatus::AwaitingCorrection => ApplicationsMsg::StatusAwaitingCorrection,
        ApplicationStatus::Suspended => ApplicationsMsg::StatusSuspended,
        ApplicationStatus::Withdrawn => ApplicationsMsg::StatusWithdrawn,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_says_what_the_hall_says_in_chinese() {
        for status in ApplicationStatus::ALL {
            assert_eq!(
                status_msg(status).zh(),
                status.label(),
                "the app names a status as the hall does"
            );
            assert!(!status_msg(status).en().is_empty());
        }
    }
}
