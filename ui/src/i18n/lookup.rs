//! The words of the public lookup (办件查询): the form, the answer, and why
//! there is none.

use banshi_api::applications::Urgency;

/// A message of the public lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupMsg {
    Title,
    Intro,
    /// The home page's way in.
    HomeLink,
    HomeLinkHint,
    NumberLabel,
    NumberHint,
    NumberInvalid,
    NameLabel,
    NameHint,
    NameMissing,
    Search,
    NotFound,
    NotFoundHint,
    TooMany(u32),
    Item,
    Status,
    Steps,
    Due,
    DaysLeft(i32),
    Overdue(i32),
    Stopped,
    NoDeadline,
    Urgency(Urgency),
}

impl LookupMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::Title => "办件查询",
            Self::Intro => "输入办件编号和申请人姓名（或企业名称），无需登录即可查询办理进度。",
            Self::HomeLink => "办件查询",
            Self::HomeLinkHint => "凭办件编号和申请人姓名查进度，无需登录",
            Self::NumberLabel => "办件编号",
            Self::NumberHint => "例如 BZ20261122000001，见受理回执或短信",
            Self::NumberInvalid => {
                "办件编号格式不正确：应为 BZ 加 8 位日期和 6 位序号，例如 BZ20261122000001"
            }
            Self::NameLabel => "申请人姓名或企业名称",
            Self::NameHint => "与申请时填写的一致",
            Self::NameMissing => "请填写申请人姓名或企业名称",
            Self::Search => "查询",
            Self::NotFound => "没有查到这件办件",
            Self::NotFoundHint => "请核对办件编号和申请人姓名是否都与受理回执一致。",
            Self::TooMany(seconds) => {
                return format!("查询太频繁，请 {} 后再试", wait_zh(seconds));
            }
            Self::Item => "办理事项",
            Self::Status => "办理状态",
            Self::Steps => "办理过程",
            Self::Due => "承诺办结",
            Self::DaysLeft(days) => return format!("剩余 {days} 个工作日"),
            Self::Overdue(days) => return format!("已超期 {days} 个工作日"),
            Self::Stopped => "计时暂停",
            Self::NoDeadline => "受理后开始计算承诺时限",
            Self::Urgency(Urgency::OnTime) => "正常",
            Self::Urgency(Urgency::NearDue) => "即将到期",
            Self::Urgency(Urgency::Overdue) => "已超期",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::Title => "Track an application",
            Self::Intro => {
                "Enter the application number and the applicant's name (or the enterprise's) to see where it stands; no login needed."
            }
            Self::HomeLink => "Track an application",
            Self::HomeLinkHint => "By its number and the applicant's name, no login needed",
            Self::NumberLabel => "Application number",
            Self::NumberHint => "e.g. BZ20261122000001, on the receipt or the text message",
            Self::NumberInvalid => {
                "This is not an application number: BZ, an 8-digit date and a 6-digit serial, e.g. BZ20261122000001"
            }
            Self::NameLabel => "Applicant's name or enterprise name",
            Self::NameHint => "As given in the application",
            Self::NameMissing => "Please enter the applicant's name or the enterprise's",
            Self::Search => "Look up",
            Self::NotFound => "No application found",
            Self::NotFoundHint => {
                "Check that both the number and the applicant's name are as on the receipt."
            }
            Self::TooMany(seconds) => {
                return format!("Too many lookups: try again in {}", wait_en(seconds));
            }
            Self::Item => "Service",
            Self::Status => "Status",
            Self::Steps => "Progress",
            Self::Due => "Promised by",
            Self::DaysLeft(1) => "1 working day left",
            Self::DaysLeft(days) => return format!("{days} working days left"),
            Self::Overdue(1) => "1 working day overdue",
            Self::Overdue(days) => return format!("{days} working days overdue"),
            Self::Stopped => "Clock stopped",
            Self::NoDeadline => "The time limit starts once the application is accepted",
            Self::Urgency(Urgency::OnTime) => "On time",
            Self::Urgency(Urgency::NearDue) => "Due soon",
            Self::Urgency(Urgency::Overdue) => "Overdue",
        };
        text.to_owned()
    }
}

fn wait_zh(seconds: u32) -> String {
    match seconds {
        0..=59 => format!("{seconds} 秒"),
        _ => format!("{} 分钟", seconds.div_ceil(60)),
    }
}

fn wait_en(seconds: u32) -> String {
    match seconds {
        1 => "1 second".to_owned(),
        0..=59 => format!("{seconds} seconds"),
        60 => "1 minute".to_owned(),
        _ => format!("{} minutes", seconds.div_ceil(60)),
    }
}
