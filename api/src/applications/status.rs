//! Where an application stands (办件状态) and the one table of how it may
//! move: every action the hall or the applicant takes is checked against it.

use serde::{Deserialize, Serialize};

/// Where an application stands (办件状态).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// 已提交: received and pre-reviewed, waiting for the department.
    Submitted,
    /// 已受理.
    Accepted,
    /// 已办结.
    Completed,
    /// 不予受理.
    Rejected,
}

/// What the hall does to an application, moving it from one status to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationAction {
    /// 受理.
    Accept,
    /// 不予受理.
    Reject,
    /// 办结.
    Complete,
}

/// Every move an application can make: from a status, by an action, to a
/// status. Whatever is not here is refused.
const TRANSITIONS: &[(ApplicationStatus, ApplicationAction, ApplicationStatus)] = {
    use ApplicationAction::*;
    use ApplicationStatus::*;
    &[
        (Submitted, Accept, Accepted),
        (Submitted, Reject, Rejected),
        (Accepted, Complete, Completed),
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
    /// The status after `action`, if this status allows it.
    pub fn apply(self, action: ApplicationAction) -> Result<Self, TransitionError> {
        TRANSITIONS
            .iter()
            .find(|(from, by, _)| *from == self && *by == action)
            .map(|(_, _, to)| *to)
            .ok_or(TransitionError { from: self, action })
    }

    /// The actions this status allows, in the table's order.
    pub fn actions(self) -> impl Iterator<Item = ApplicationAction> {
        TRANSITIONS
            .iter()
            .filter(move |(from, _, _)| *from == self)
            .map(|(_, action, _)| *action)
    }

    /// Whether nothing more can happen to the application.
    pub fn is_final(self) -> bool {
        self.actions().next().is_none()
    }

    /// As the hall says it.
    pub fn label(self) -> &'static str {
        match self {
            ApplicationStatus::Submitted => "已提交",
            ApplicationStatus::Accepted => "已受理",
            ApplicationStatus::Completed => "已办结",
            ApplicationStatus::Rejected => "不予受理",
        }
    }
}

impl ApplicationAction {
    /// As the hall says it.
    pub fn label(self) -> &'static str {
        match self {
            ApplicationAction::Accept => "受理",
            ApplicationAction::Reject => "不予受理",
            ApplicationAction::Complete => "办结",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ApplicationAction::*;
    use super::ApplicationStatus::*;

    #[test]
    fn an_application_moves_only_along_the_table() {
        assert_eq!(Submitted.apply(Accept), Ok(Accepted));
        assert_eq!(Accepted.apply(Complete), Ok(Completed));
        assert_eq!(Submitted.apply(Reject), Ok(Rejected));
        let refused = Submitted.apply(Complete).unwrap_err();
        assert_eq!(refused.to_string(), "办件已提交，不能办结");
        assert!(Accepted.apply(Accept).is_err(), "accepted once");
    }

    #[test]
    fn completed_and_rejected_are_final() {
        for status in [Completed, Rejected] {
            assert!(status.is_final(), "{status:?}");
            for action in [Accept, Reject, Complete] {
                assert!(status.apply(action).is_err(), "{status:?} {action:?}");
            }
        }
        assert_eq!(Submitted.actions().collect::<Vec<_>>(), [Accept, Reject]);
    }
}
