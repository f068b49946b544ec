//! Where an application stands (办件状态) and the one table of how it may
//! move: every action the hall or the applicant takes is checked against it,
//! by the hall to refuse an impossible one and by the app to offer what comes
//! next.

use serde::{Deserialize, Serialize};

/// Where an application stands (办件状态).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// 已提交: received and pre-reviewed, waiting for the department to accept it.
    Submitted,
    /// 已受理: accepted; the promised time limit runs from here.
    Accepted,
    /// 审批中.
    InReview,
    /// 审批通过: approved, the result being prepared.
    Approved,
    /// 不予许可: refused after review, with a reason and its legal basis.
    Denied,
    /// 已办结: the result (or the refusal's decision) is issued.
    Completed,
    /// 不予受理: refused at acceptance, with a reason and its legal basis.
    Rejected,
    /// 待补正: the hall asked for a correction, listing every problem at once.
    AwaitingCorrection,
    /// 已暂停: suspended, e.g. for an expert review or a site inspection.
    Suspended,
    /// 已撤回: withdrawn by the applicant before acceptance.
    Withdrawn,
}

/// What the hall or the applicant does to an application, moving it on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationAction {
    /// 受理.
    Accept,
    /// 一次性告知补正: ask for a correction, every problem at once.
    RequestCorrection,
    /// 补正: the applicant hands in what the notice asked for.
    Correct,
    /// 转入审批.
    Review,
    /// 暂停 (特别程序: expert review, site inspection, hearing).
    Suspend,
    /// 恢复.
    Resume,
    /// 审批通过.
    Approve,
    /// 不予受理 before acceptance, 不予许可 after review.
    Refuse,
    /// 办结.
    Complete,
    /// 撤回: by the applicant, before acceptance.
    Withdraw,
}

/// Where an action leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    To(ApplicationStatus),
    /// Back to where the application was before the pause: reviewing again
    /// once it was accepted, waiting for acceptance otherwise.
    Back,
}

/// When a move is allowed besides its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Always,
    BeforeAcceptance,
}

/// Every move an application can make: from a status, by an action, to a
/// status. Whatever is not here is refused.
const TRANSITIONS: &[(ApplicationStatus, ApplicationAction, When, Target)] = {
    use ApplicationAction::*;
    use ApplicationStatus::*;
    use Target::*;
    use When::*;
    &[
        (Submitted, Accept, Always, To(Accepted)),
        (Submitted, RequestCorrection, Always, To(AwaitingCorrection)),
        (Submitted, Refuse, Always, To(Rejected)),
        (Submitted, Withdraw, Always, To(Withdrawn)),
        (Accepted, Review, Always, To(InReview)),
        (Accepted, RequestCorrection, Always, To(AwaitingCorrection)),
        (Accepted, Suspend, Always, To(Suspended)),
        (InReview, RequestCorrection, Always, To(AwaitingCorrection)),
        (InReview, Suspend, Always, To(Suspended)),
        (InReview, Approve, Always, To(Approved)),
        (InReview, Refuse, Always, To(Denied)),
        (AwaitingCorrection, Correct, Always, Back),
        (
            AwaitingCorrection,
            Withdraw,
            BeforeAcceptance,
            To(Withdrawn),
        ),
        (Suspended, Resume, Always, To(InReview)),
        (Approved, Complete, Always, To(Completed)),
        (Denied, Complete, Always, To(Completed)),
    ]
};

/// An action the application's status does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("办件{}，不能{}", .from.label(), .action.label())]
pub struct TransitionError {
    pub from: ApplicationStatus,
    pub action: ApplicationAction,
}

impl ApplicationStatus {
    /// The status after `action`, if this status allows it; `accepted` says
    /// whether the application was accepted before (a correction or withdrawal
    /// depends on it).
    pub fn apply(self, action: ApplicationAction, accepted: bool) -> Result<Self, TransitionError> {
        self.moves(accepted)
            .find(|(by, _)| *by == action)
            .map(|(_, to)| to)
            .ok_or(TransitionError { from: self, action })
    }

    /// The actions this status allows (with `accepted` as in [`Self::apply`]),
    /// in the table's order.
    pub fn actions(self, accepted: bool) -> impl Iterator<Item = ApplicationAction> {
        self.moves(accepted).map(|(action, _)| action)
    }

    fn moves(self, accepted: bool) -> impl Iterator<Item = (ApplicationAction, Self)> {
        TRANSITIONS
            .iter()
            .filter(move |(from, _, when, _)| *from == self && (*when == When::Always || !accepted))
            .map(move |(_, action, _, to)| {
                let to = match to {
                    Target::To(status) => *status,
                    Target::Back if accepted => ApplicationStatus::InReview,
                    Target::Back => ApplicationStatus::Submitted,
                };
                (*action, to)
            })
    }

    /// Whether nothing more can happen to the application.
    pub fn is_final(self) -> bool {
        self.actions(true).next().is_none() && self.actions(false).next().is_none()
    }

    /// Whether the application ended with a decision to hand the applicant:
    /// 已办结 (a licence, or a decision not to permit) or 不予受理.
    pub fn has_result(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Completed | ApplicationStatus::Rejected
        )
    }

    /// Whether the promised time limit stands still in this status.
    pub fn stops_the_clock(self) -> bool {
        matches!(
            self,
            ApplicationStatus::AwaitingCorrection | ApplicationStatus::Suspended
        )
    }

    /// Every status, in the order an application usually meets them.
    pub const ALL: [ApplicationStatus; 10] = {
        use ApplicationStatus::*;
        [
            Submitted,
            AwaitingCorrection,
            Accepted,
            InReview,
            Suspended,
            Approved,
            Denied,
            Completed,
            Rejected,
            Withdrawn,
        ]
    };

    /// As the hall says it.
    pub fn label(self) -> &'static str {
        match self {
            ApplicationStatus::Submitted => "已提交",
            ApplicationStatus::Accepted => "已受理",
            ApplicationStatus::InReview => "审批中",
            ApplicationStatus::Approved => "审批通过",
            ApplicationStatus::Denied => "不予许可",
            ApplicationStatus::Completed => "已办结",
            ApplicationStatus::Rejected => "不予受理",
            ApplicationStatus::AwaitingCorrection => "待补正",
            ApplicationStatus::Suspended => "已暂停",
            ApplicationStatus::Withdrawn => "已撤回",
        }
    }
}

impl ApplicationAction {
    /// Whether the applicant takes this action (the hall's staff take the rest).
    pub fn by_applicant(self) -> bool {
        matches!(
            self,
            ApplicationAction::Correct | ApplicationAction::Withdraw
        )
    }

    /// Whether the action needs a reason (and, for a refusal, its legal basis).
    pub fn needs_reason(self) -> bool {
        matches!(self, ApplicationAction::Suspend | ApplicationAction::Refuse)
    }

    /// As the hall says it.
    pub fn label(self) -> &'static str {
        match self {
            ApplicationAction::Accept => "受理",
            ApplicationAction::RequestCorrection => "一次性告知补正",
            ApplicationAction::Correct => "补正",
            ApplicationAction::Review => "转入审批",
            ApplicationAction::Suspend => "暂停",
            ApplicationAction::Resume => "恢复办理",
            ApplicationAction::Approve => "审批通过",
            ApplicationAction::Refuse => "不予受理或不予许可",
            ApplicationAction::Complete => "办结",
            ApplicationAction::Withdraw => "撤回",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ApplicationAction::*;
    use super::ApplicationStatus::*;
    use super::*;

    #[test]
    fn the_usual_path_runs_from_submission_to_completion() {
        let mut status = Submitted;
        let mut accepted = false;
        for (action, expected) in [
            (Accept, Accepted),
            (Review, InReview),
            (Approve, Approved),
            (Complete, Completed),
        ] {
            status = status.apply(action, accepted).unwrap();
            accepted |= action == Accept;
            assert_eq!(status, expected);
        }
        assert!(status.is_final());
    }

    #[test]
    fn refusing_is_not_accepting_before_acceptance_and_not_permitting_after_review() {
        assert_eq!(Submitted.apply(Refuse, false), Ok(Rejected));
        assert_eq!(InReview.apply(Refuse, true), Ok(Denied));
        assert_eq!(Denied.apply(Complete, true), Ok(Completed));
        assert!(Rejected.is_final());
        assert!(!Denied.is_final(), "the decision is still to be issued");
    }

    #[test]
    fn a_correction_returns_to_where_the_application_was() {
        assert_eq!(
            Submitted.apply(RequestCorrection, false),
            Ok(AwaitingCorrection)
        );
        assert_eq!(AwaitingCorrection.apply(Correct, false), Ok(Submitted));
        assert_eq!(
            InReview.apply(RequestCorrection, true),
            Ok(AwaitingCorrection)
        );
        assert_eq!(AwaitingCorrection.apply(Correct, true), Ok(InReview));
        assert_eq!(Suspended.apply(Resume, true), Ok(InReview));
        assert!(AwaitingCorrection.stops_the_clock() && Suspended.stops_the_clock());
    }

    #[test]
    fn withdrawing_is_only_before_acceptance() {
        assert_eq!(Submitted.apply(Withdraw, false), Ok(Withdrawn));
        assert_eq!(AwaitingCorrection.apply(Withdraw, false), Ok(Withdrawn));
        let refused = AwaitingCorrection.apply(Withdraw, true).unwrap_err();
        assert_eq!(refused.to_string(), "办件待补正，不能撤回");
        assert!(Accepted.apply(Withdraw, true).is_err());
        assert!(Withdrawn.is_final());
    }

    #[test]
    fn impossible_moves_are_refused_with_the_reason() {
        let refused = Submitted.apply(Complete, false).unwrap_err();
        assert_eq!(refused.to_string(), "办件已提交，不能办结");
        assert!(Accepted.apply(Accept, true).is_err(), "accepted once");
        assert!(Accepted.apply(Approve, true).is_err(), "reviewed first");
        assert!(
            AwaitingCorrection.apply(RequestCorrection, false).is_err(),
            "one notice at a time"
        );
        for status in ApplicationStatus::ALL.into_iter().filter(|s| s.is_final()) {
            assert!(status.actions(true).next().is_none(), "{status:?}");
        }
        assert_eq!(
            Submitted.actions(false).collect::<Vec<_>>(),
            [Accept, RequestCorrection, Refuse, Withdraw]
        );
    }

    #[test]
    fn every_status_is_listed_once() {
        let mut all = ApplicationStatus::ALL.to_vec();
        all.sort_by_key(|status| status.label());
        all.dedup();
        assert_eq!(all.len(), ApplicationStatus::ALL.len());
    }
}
