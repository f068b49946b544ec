//! The words of 好差评: the five levels and the dimensions, the form that
//! rates a finished matter, the follow-up of a bad rating and the hall's
//! answer, and a hall's public figures.

use banshi_api::ratings::Dimension;

/// A message about rating a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingsMsg {
    RateApplication,
    RateVisit,
    RateIntro,
    Overall,
    Level(u8),
    Dimensions,
    Dimension(Dimension),
    Comment,
    Reason,
    ReasonHint,
    ReasonNeeded,
    ChooseLevel,
    Send,
    Sending,
    YourRating,
    RatedOn,
    Case,
    CaseIntro,
    ReplyDue,
    AwaitingReply,
    HallReply,
    RateReply,
    YourReplyRating,
    HallFigures { count: u32, permille: u16 },
    NoFigures,
}

impl RatingsMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::RateApplication => "评价这次办事",
            Self::RateVisit => "评价这次到厅办事",
            Self::RateIntro => "您的评价直接送到办理的大厅，每件事只能评价一次。",
            Self::Overall => "总体评价",
            Self::Level(5) => "非常满意",
            Self::Level(4) => "满意",
            Self::Level(3) => "基本满意",
            Self::Level(2) => "不满意",
            Self::Level(_) => "非常不满意",
            Self::Dimensions => "分项评价（可选）",
            Self::Dimension(dimension) => dimension.label(),
            Self::Comment => "意见建议（可选）",
            Self::Reason => "不满意的原因",
            Self::ReasonHint => {
                "选择“不满意”或“非常不满意”时必须写明原因（5–500 字）；大厅须在 15 个工作日内回复整改情况。"
            }
            Self::ReasonNeeded => "请写明不满意的原因，至少 5 个字",
            Self::ChooseLevel => "请先选择总体评价",
            Self::Send => "提交评价",
            Self::Sending => "正在提交…",
            Self::YourRating => "我的评价",
            Self::RatedOn => "评价于",
            Self::Case => "差评整改",
            Self::CaseIntro => "您的差评已转给大厅，大厅须核实并回复整改情况。",
            Self::ReplyDue => "承诺回复日期",
            Self::AwaitingReply => "等待大厅回复",
            Self::HallReply => "大厅的整改回复",
            Self::RateReply => "您对这个回复满意吗？",
            Self::YourReplyRating => "您对回复的评价",
            Self::HallFigures { count, permille } => {
                return format!("好差评 {count} 条 · 满意率 {}", percent(permille));
            }
            Self::NoFigures => "暂无好差评",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::RateApplication => "Rate this service",
            Self::RateVisit => "Rate your visit",
            Self::RateIntro => {
                "Your rating goes straight to the hall that handled it; each matter is rated once."
            }
            Self::Overall => "Overall",
            Self::Level(5) => "Very satisfied",
            Self::Level(4) => "Satisfied",
            Self::Level(3) => "Fairly satisfied",
            Self::Level(2) => "Dissatisfied",
            Self::Level(_) => "Very dissatisfied",
            Self::Dimensions => "By aspect (optional)",
            Self::Dimension(Dimension::Attitude) => "Staff attitude",
            Self::Dimension(Dimension::Efficiency) => "Efficiency",
            Self::Dimension(Dimension::FewerMaterials) => "Fewer documents",
            Self::Dimension(Dimension::Transparency) => "Clear and open",
            Self::Dimension(Dimension::GuideAccuracy) => "Accurate guide",
            Self::Dimension(Dimension::Convenience) => "Convenience",
            Self::Comment => "Comment (optional)",
            Self::Reason => "What went wrong",
            Self::ReasonHint => {
                "A rating of Dissatisfied or worse needs a reason (5–500 characters); the hall must answer with what it changed within 15 working days."
            }
            Self::ReasonNeeded => "Say what went wrong, in 5 characters at least",
            Self::ChooseLevel => "Choose an overall rating first",
            Self::Send => "Send rating",
            Self::Sending => "Sending…",
            Self::YourRating => "Your rating",
            Self::RatedOn => "Rated",
            Self::Case => "Follow-up",
            Self::CaseIntro => "Your rating went to the hall, which must look into it and answer.",
            Self::ReplyDue => "Answer due",
            Self::AwaitingReply => "Waiting for the hall's answer",
            Self::HallReply => "The hall's answer",
            Self::RateReply => "Are you satisfied with this answer?",
            Self::YourReplyRating => "Your rating of the answer",
            Self::HallFigures { count, permille } => {
                return format!(
                    "{count} {} · {} satisfied",
                    if count == 1 { "rating" } else { "ratings" },
                    percent(permille)
                );
            }
            Self::NoFigures => "No ratings yet",
        };
        text.to_owned()
    }
}

/// Per mille as a percentage with one decimal where it has one: 987 → 98.7%.
fn percent(permille: u16) -> String {
    if permille.is_multiple_of(10) {
        format!("{}%", permille / 10)
    } else {
        format!("{}.{}%", permille / 10, permille % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_say_the_share_satisfied_as_a_percentage() {
        assert_eq!(
            RatingsMsg::HallFigures {
                count: 12,
                permille: 917
            }
            .zh(),
            "好差评 12 条 · 满意率 91.7%"
        );
        assert_eq!(
            RatingsMsg::HallFigures {
                count: 1,
                permille: 1000
            }
            .en(),
            "1 rating · 100% satisfied"
        );
    }
}
