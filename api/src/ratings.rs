//! 好差评: an applicant rates a finished matter — an application completed or
//! refused, or a hall visit checked in — once, on five levels and the standard
//! dimensions; a bad rating (不满意 or worse) needs a reason and opens a case
//! the hall must answer (整改) within working days, and the applicant may rate
//! that answer. A hall's public figures count them.

use serde::{Deserialize, Serialize};

use crate::applications::Deadline;
use crate::ids::{ApplicationNumber, BookingId, HallCode, RatingId};

/// A level from 非常不满意 (1) to 非常满意 (5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Score {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .minimum(Some(1))
            .maximum(Some(5))
            .description(Some(
                "5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 (2 and 1 are bad ratings)",
            ))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Score {}

/// A score outside 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("评分应为 1 至 5 分")]
pub struct ScoreError;

impl Score {
    /// 不满意 and below are bad ratings the hall must follow up.
    pub const WORST_GOOD: u8 = 3;

    pub fn new(value: u8) -> Result<Self, ScoreError> {
        if (1..=5).contains(&value) {
            Ok(Self(value))
        } else {
            Err(ScoreError)
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// 不满意 (2) or 非常不满意 (1): needs a reason and opens a case.
    pub fn is_bad(self) -> bool {
        self.0 < Self::WORST_GOOD
    }

    /// The level's name: 非常满意, 满意, 基本满意, 不满意, 非常不满意.
    pub fn label(self) -> &'static str {
        match self.0 {
            5 => "非常满意",
            4 => "满意",
            3 => "基本满意",
            2 => "不满意",
            _ => "非常不满意",
        }
    }
}

impl TryFrom<u8> for Score {
    type Error = ScoreError;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Score> for u8 {
    fn from(score: Score) -> Self {
        score.0
    }
}

/// What is rated besides the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// 服务态度
    Attitude,
    /// 办事效率
    Efficiency,
    /// 材料精简
    FewerMaterials,
    /// 规范透明
    Transparency,
    /// 指南准确
    GuideAccuracy,
    /// 便捷程度
    Convenience,
}

impl Dimension {
    /// The dimensions of an application done online.
    pub const OF_APPLICATION: &'static [Dimension] = &[
        Dimension::Efficiency,
        Dimension::FewerMaterials,
        Dimension::Transparency,
        Dimension::GuideAccuracy,
        Dimension::Convenience,
    ];

    /// The dimensions of a visit to the hall.
    pub const OF_VISIT: &'static [Dimension] = &[
        Dimension::Attitude,
        Dimension::Efficiency,
        Dimension::Transparency,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Dimension::Attitude => "服务态度",
            Dimension::Efficiency => "办事效率",
            Dimension::FewerMaterials => "材料精简",
            Dimension::Transparency => "规范透明",
            Dimension::GuideAccuracy => "指南准确",
            Dimension::Convenience => "便捷程度",
        }
    }
}

/// One dimension's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DimensionScore {
    pub dimension: Dimension,
    pub score: Score,
}

/// What was rated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RatingSubject {
    Application { number: ApplicationNumber },
    Visit { booking: BookingId },
}

/// A rating's comment: up to [`MAX_COMMENT_CHARS`] once trimmed; blank is none.
#[cfg(feature = "openapi")]
fn rating_comment() -> utoipa::openapi::schema::ObjectBuilder {
    crate::openapi::optional_lines(
        1,
        MAX_COMMENT_CHARS,
        "Up to 500 characters once white space around it is cut off; blank is none",
    )
}

/// A rating's reason: [`MIN_REASON_CHARS`]–[`MAX_REASON_CHARS`] once
/// trimmed; blank is none, which only a rating of 3 or more may give.
#[cfg(feature = "openapi")]
fn rating_reason() -> utoipa::openapi::schema::ObjectBuilder {
    crate::openapi::optional_lines(
        MIN_REASON_CHARS,
        MAX_REASON_CHARS,
        "What went wrong, 5–500 characters once white space around it is cut off: required (not blank) for a bad rating (a score of 2 or 1)",
    )
}

/// `POST /applications/{number}/evaluation` and `POST /bookings/{id}/evaluation`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewRating {
    /// The whole.
    pub score: Score,
    /// Some or all of the subject's dimensions ([`Dimension::OF_APPLICATION`]
    /// or [`Dimension::OF_VISIT`]), each at most once.
    #[serde(default)]
    pub dimensions: Vec<DimensionScore>,
    /// Up to [`MAX_COMMENT_CHARS`] characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = rating_comment))]
    pub comment: Option<String>,
    /// Required for a bad rating: what went wrong, [`MIN_REASON_CHARS`]–[`MAX_REASON_CHARS`] characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = rating_reason))]
    pub reason: Option<String>,
}

/// The longest comment of a rating, in characters.
pub const MAX_COMMENT_CHARS: usize = 500;
/// The fewest characters the reason of a bad rating says.
pub const MIN_REASON_CHARS: usize = 5;
/// The longest reason of a bad rating, in characters.
pub const MAX_REASON_CHARS: usize = 500;

/// The hall's answer to a bad rating (整改反馈).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseReply {
    /// Unix seconds.
    pub at: i64,
    /// The member of staff, as they sign.
    pub staff: String,
    pub text: String,
}

/// The follow-up a bad rating opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RatingCase {
    /// The working days the hall has to answer, from the rating; stopped once answered.
    pub deadline: Deadline,
    pub reply: Option<CaseReply>,
    /// The applicant's rating of the reply, once given.
    pub reply_score: Option<Score>,
}

/// Working days the hall has to answer a bad rating.
pub const CASE_DAYS: u16 = 15;

/// A rating, as the applicant and the hall's staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rating {
    pub id: RatingId,
    pub subject: RatingSubject,
    /// The hall that handled the matter.
    pub hall: HallCode,
    /// The item's name, for lists.
    pub item_name: String,
    pub score: Score,
    pub dimensions: Vec<DimensionScore>,
    pub comment: Option<String>,
    pub reason: Option<String>,
    /// Unix seconds.
    pub rated_at: i64,
    /// For a bad rating.
    pub case: Option<RatingCase>,
}

/// `POST /staff/ratings/{id}/reply`: the hall answers a bad rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffRatingReply {
    /// 5–1000 characters.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::consultations::message_text))]
    pub text: String,
}

/// `POST /ratings/{id}/reply-rating`: the applicant rates the hall's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReplyRating {
    pub score: Score,
}

/// `GET /staff/ratings?open=`: the hall's bad ratings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StaffRatingsQuery {
    /// Only those not answered yet.
    #[serde(default)]
    pub open: bool,
}

/// `GET /halls/{hall}/ratings`: a hall's public figures (好差评公示).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HallRatings {
    /// Ratings given.
    pub count: u32,
    /// Of them, 基本满意 or better, in per mille (满意率); 1000 when none.
    pub satisfied_permille: u16,
    /// Bad ratings.
    pub bad: u32,
    /// Bad ratings the hall has answered.
    pub answered: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_one_to_five() {
        assert!(Score::new(0).is_err());
        assert!(Score::new(6).is_err());
        assert_eq!(Score::new(5).unwrap().label(), "非常满意");
        assert!(serde_json::from_str::<Score>("7").is_err());
        assert_eq!(serde_json::from_str::<Score>("3").unwrap(), Score(3));
    }

    #[test]
    fn two_and_below_are_bad() {
        assert!(Score::new(2).unwrap().is_bad());
        assert!(Score::new(1).unwrap().is_bad());
        assert!(!Score::new(3).unwrap().is_bad());
    }
}
